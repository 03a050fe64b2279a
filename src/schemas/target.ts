import { z } from 'astro/zod';
import { IsoDate, NonEmptyText, type RefFactory } from './fields.ts';

/** Builds the schema of a numeric target ("chỉ tiêu") set by a document. */
export function makeTargetSchema(ref: RefFactory) {
  return z.object({
    /** Document that sets the target. */
    document: ref('documents'),
    /** What is measured, e.g. "Tốc độ tăng trưởng kinh tế bình quân". */
    label: NonEmptyText,
    /** Lower bound (or the single value), as a JS number: "6,3" → 6.3. */
    low: z.number().nullable(),
    /** Upper bound of a range ("6,3 - 6,7" → 6.7); equals `low` for a single value. */
    high: z.number().nullable(),
    /** Unit as written, normalised lightly, e.g. "%/năm", "triệu đồng/người", "USD". */
    unit: z.string().nullable(),
    /** Period the target covers, e.g. "2020-2025" or "2023". */
    period: z.string().nullable(),
    /** Direction: reach at least (`min`), at most (`max`), or `about`. */
    comparator: z.enum(['min', 'max', 'about']).default('about'),
    /** Sentence the target came from, verbatim. */
    sentence: NonEmptyText,
    /** Section it appears in. */
    section: ref('sections').nullable().default(null),
    /** Position in document order. */
    order: z.number().int().min(0),
  });
}
export type Target = z.output<ReturnType<typeof makeTargetSchema>>;

/** Builds the schema of a reported actual figure ("tăng 6,96%", "đạt 13/15 chỉ tiêu"). */
export function makeActualSchema(ref: RefFactory) {
  return z.object({
    /** Document (news or report) that reports the figure. */
    document: ref('documents'),
    /** What is measured, e.g. "Tốc độ tăng trưởng GRDP". */
    label: NonEmptyText,
    /** Reported value as a JS number: "6,96" → 6.96. */
    value: z.number(),
    /** Unit, e.g. "%", "tỷ đồng", "chỉ tiêu". */
    unit: z.string().nullable(),
    /** Date or end of the period the figure describes, e.g. "2024-06-30". */
    as_of: IsoDate.nullable(),
    /** Sentence the figure came from, verbatim. */
    sentence: NonEmptyText,
    /** Target this figure reports on, when matched. */
    target: ref('targets').nullable().default(null),
    /** Position in document order. */
    order: z.number().int().min(0),
  });
}
export type Actual = z.output<ReturnType<typeof makeActualSchema>>;
