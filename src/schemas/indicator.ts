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
