/**
 * The converter's measured accuracy (written by `npm run accuracy`, shown on /gioi-thieu/):
 * precision, recall and F1 per field against hand-checked gold documents.
 */
import { z } from 'astro/zod';
import { IsoDate } from '../../schemas/fields.ts';
import measured from './converter-accuracy.json' with { type: 'json' };

/** One field's score: precision, recall, F1, and the counts they come from. */
const FieldScore = z.object({ p: z.number(), r: z.number(), f: z.number(), tp: z.number(), got: z.number(), gold: z.number() });

/** What `npm run accuracy` writes. */
export const AccuracySchema = z.object({
  /** Day of the measurement. */
  measured: IsoDate,
  /** Commit of the converter that was measured. */
  commit: z.string(),
  /** Number of gold documents. */
  documents: z.number().int(),
  /** Mean of the per-document scores, and the worst one. */
  mean: z.number(),
  worst: z.number(),
  /** Scores by field (meta, tasks, lead, partners, deadlines, recurring, targets, actuals, references, who_what). */
  fields: z.record(z.string(), FieldScore),
});
export type Accuracy = z.output<typeof AccuracySchema>;

/** The fields the about page explains, in the order a reader meets them. */
export const ACCURACY_FIELDS = ['meta', 'tasks', 'lead', 'partners', 'deadlines', 'recurring', 'targets', 'actuals', 'references'] as const;

/** The committed measurement, checked. */
export function converterAccuracy(): Accuracy {
  return AccuracySchema.parse(measured);
}
