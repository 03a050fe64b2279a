import { z } from 'astro/zod';
import { IsoDate, NonEmptyText, type RefFactory } from './fields.ts';

/** Builds the schema of a cited legal document (e.g. "Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ"). */
export function makeReferenceSchema(ref: RefFactory) {
  return z.object({
    /** Document number as written, e.g. "01/NQ-CP", "31-CTr/TU", "768/QĐ-TTg". */
    number: NonEmptyText,
    /** Document type in Vietnamese, e.g. "Nghị quyết", "Quyết định", "Chương trình". */
    type: z.string().nullable().default(null),
    /** Issuing body as written or inferred from the number suffix, e.g. "Chính phủ". */
    issuer: z.string().nullable().default(null),
    /** Date of the cited document when stated. */
    date: IsoDate.nullable().default(null),
    /** Title or subject when stated, e.g. "về kế hoạch phát triển kinh tế - xã hội năm 2023". */
    title: z.string().nullable().default(null),
    /** The document in this corpus with that number, when we publish it. */
    document: ref('documents').nullable().default(null),
  });
}
export type Reference = z.output<ReturnType<typeof makeReferenceSchema>>;
