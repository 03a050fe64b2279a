import { z } from 'astro/zod';
import { NonEmptyText, type RefFactory } from './fields.ts';

/**
 * Builds the schema of an indicator mapping (`content/indicators/<id>.yaml`, written by staff):
 * the correction of what the automatic pairing of targets with results gets wrong. An entry
 * *claims* the targets and results it lists: they form this indicator, under this name, and
 * the automatic match never puts them anywhere else. A `hidden` entry claims figures that are
 * not indicator values at all (e.g. "vượt 14% kế hoạch"), so /chi-tieu/ leaves them out.
 */
export function makeIndicatorSchema(ref: RefFactory) {
  return z.object({
    /** Name shown for the indicator, e.g. "Tốc độ tăng trưởng kinh tế (GRDP)". */
    name: NonEmptyText,
    /** Province or city the figures are about; null for national indicators. */
    place: ref('places').nullable().default(null),
    /** Unit shown on the chart and in the table, e.g. "%"; null to use the unit of the figures. */
    unit: z.string().nullable().default(null),
    /** Targets (ids in content/targets/) that belong to this indicator. */
    targets: z.array(ref('targets')).default([]),
    /** Reported results (ids in content/actuals/) that belong to this indicator. */
    results: z.array(ref('actuals')).default([]),
    /** True: the listed figures are not indicator values and are left out of /chi-tieu/. */
    hidden: z.boolean().default(false),
    /** Why the mapping is needed, for the next person who reads it. */
    note: z.string().default(''),
  });
}
export type IndicatorMapping = z.output<ReturnType<typeof makeIndicatorSchema>>;

/**
 * One row of the open-data file of indicators (`/du-lieu/chi-so.csv`): a target or a result
 * with the indicator the site paired it with. Not a collection: the pairing is derived at
 * build time (src/lib/indicators/); this schema fixes the file's shape and its field table.
 */
export const IndicatorFigureSchema = z.object({
  /** Indicator id, as in `/chi-tieu/<id>/`. */
  indicator: NonEmptyText,
  /** Indicator name as the site shows it. */
  indicator_name: NonEmptyText,
  /** Place id, empty for national indicators. */
  place: z.string().nullable(),
  /** `target` (set by a plan) or `result` (reported later); never both. */
  role: z.enum(['target', 'result']),
  /** Id of the target (content/targets/) or the result (content/actuals/). */
  figure: NonEmptyText,
  /** Document the figure comes from. */
  document: NonEmptyText,
  /** Target: lower bound or single value; result: the reported value. */
  value: z.number().nullable(),
  /** Target: upper bound of a range (equal to `value` for one value); empty for results. */
  high: z.number().nullable(),
  /** Unit as written, e.g. "%". */
  unit: z.string().nullable(),
  /** Target: its period ("2020-2025"); result: the date it describes (YYYY-MM-DD). */
  when: z.string().nullable(),
  /** Target: `min` (≥), `max` (≤) or `about`; empty for results. */
  comparator: z.string().nullable(),
  /** Target: "Đạt", "Chưa đạt" or "Chưa có số liệu"; empty for results. */
  verdict: z.string().nullable(),
  /** The source sentence, verbatim. */
  sentence: NonEmptyText,
});
export type IndicatorFigure = z.output<typeof IndicatorFigureSchema>;
