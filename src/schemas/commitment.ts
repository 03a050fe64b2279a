import { z } from 'astro/zod';
import { IsoDate, NfcText, NonEmptyText, SourceRef, type RefFactory } from './fields.ts';

/**
 * Implementation status values, as staff record them; `chua-cap-nhat` ("chưa cập nhật") is
 * the default. `da-dieu-chinh` ("Đã điều chỉnh": the task was modified by a later decision)
 * and `khong-tiep-tuc` ("Không tiếp tục": dropped) are set by staff only; `khong-thuc-hien`
 * is the older word for `khong-tiep-tuc` and reads the same. What a page shows ("Hoàn thành
 * đúng hạn", "Quá hạn" …) is derived from this, the history and the timing at build time
 * (src/lib/status/), never written here.
 */
export const COMMITMENT_STATUSES = [
  'chua-cap-nhat',
  'dang-thuc-hien',
  'hoan-thanh',
  'cham-tien-do',
  'khong-thuc-hien',
  'da-dieu-chinh',
  'khong-tiep-tuc',
] as const;
/** One of {@link COMMITMENT_STATUSES}. */
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** One dated status change, written by staff. */
export const StatusEntrySchema = z.object({
  /** Date of the change, e.g. "2024-07-05". */
  date: IsoDate,
  /** New status. */
  status: z.enum(COMMITMENT_STATUSES),
  /** What happened, in Vietnamese, e.g. "Đã ban hành Kế hoạch số 12/KH-UBND". */
  note: NfcText.default(''),
  /**
   * Where the information comes from: a web address (https://…) or a document, e.g. "Báo cáo số 120/BC-UBND".
   * Required by `npm run check` for every `hoan-thanh` entry: a task is only shown as done on a source.
   */
  source: SourceRef.optional(),
});

/** A deadline found in the text, with its original phrase. */
export const DeadlineSchema = z.object({
  /** The date the phrase resolves to, e.g. "2023-01-31". */
  date: IsoDate,
  /** The phrase as written, e.g. "trước ngày 31/01/2023". */
  phrase: NonEmptyText,
});

/** When a task is due or recurs, with the phrase as written ("trước ngày 15/12/2025", "hằng năm"). */
export const TimingSchema = z.object({
  /** The phrase as written. */
  text: NonEmptyText,
  /** by a limit, in a period, from a start, during a span, or recurring. */
  kind: z.enum(['by', 'in', 'from', 'during', 'recurring']),
  /** The limit (by) or the first day (in, from, during). */
  date: IsoDate.optional(),
  /** The last day of the period (in, during). */
  end: IsoDate.optional(),
  /** How often a recurring task comes back. */
  recurrence: z.enum(['yearly', 'quarterly', 'monthly', 'weekly', 'continuous']).optional(),
});

/** Builds the schema of a commitment: one actionable item of a plan. */
export function makeCommitmentSchema(ref: RefFactory) {
  return z.object({
    /** Document the commitment comes from. */
    document: ref('documents'),
    /** Section (id in the sections collection) the item sits in. */
    section: ref('sections').nullable().default(null),
    /** The item's text, verbatim from the source (NFC). */
    text: NonEmptyText,
    /** Agencies that lead ("chủ trì") the task. */
    lead: z.array(ref('agencies')).default([]),
    /** Agencies that support ("phối hợp") the task. */
    partners: z.array(ref('agencies')).default([]),
    /** Deadlines stated in the item or its group heading. */
    deadlines: z.array(DeadlineSchema).default([]),
    /** Every time statement of the task: limits, periods, starts and recurrences. */
    timing: z.array(TimingSchema).default([]),
    /** Themes, at least one. */
    themes: z.array(ref('themes')).min(1, { error: 'needs at least one theme' }),
    /** Targets of the same document this item works toward. */
    targets: z.array(ref('targets')).default([]),
    /** Cited legal documents. */
    references: z.array(ref('references')).default([]),
    /** Current status; staff edit this, the converter never does. */
    status: z.enum(COMMITMENT_STATUSES).default('chua-cap-nhat'),
    /** Dated status history, newest last; staff edit this. */
    status_history: z.array(StatusEntrySchema).default([]),
    /** Position in document order, from 0. */
    order: z.number().int().min(0),
    /** Line of the item in the source file (1-based). */
    line: z.number().int().min(1),
    /** Index of the block of the document's text (content/texts/) that holds the item; null when added by hand. */
    block: z.number().int().min(0).nullable().default(null),
  });
}
export type Commitment = z.output<ReturnType<typeof makeCommitmentSchema>>;
