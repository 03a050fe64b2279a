import { z } from 'astro/zod';
import { IsoDate, NfcText, NonEmptyText, SourceRef, type RefFactory } from './fields.ts';

/** Implementation status values; `chua-cap-nhat` ("chưa cập nhật") is the default. */
export const COMMITMENT_STATUSES = ['chua-cap-nhat', 'dang-thuc-hien', 'hoan-thanh', 'cham-tien-do', 'khong-thuc-hien'] as const;

/** One dated status change, written by staff. */
export const StatusEntrySchema = z.object({
  /** Date of the change, e.g. "2024-07-05". */
  date: IsoDate,
  /** New status. */
  status: z.enum(COMMITMENT_STATUSES),
  /** What happened, in Vietnamese, e.g. "Đã ban hành Kế hoạch số 12/KH-UBND". */
  note: NfcText.default(''),
  /** Where the information comes from: a web address (https://…) or a document, e.g. "Báo cáo số 120/BC-UBND". */
  source: SourceRef.optional(),
});

/** A deadline found in the text, with its original phrase. */
export const DeadlineSchema = z.object({
  /** The date the phrase resolves to, e.g. "2023-01-31". */
  date: IsoDate,
  /** The phrase as written, e.g. "trước ngày 31/01/2023". */
  phrase: NonEmptyText,
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
