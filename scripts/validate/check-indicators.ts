/**
 * The staff mapping of indicators (content/indicators/): a figure may be claimed by one
 * indicator only (an error: the page could not show it under both), and a claimed figure
 * should come from the indicator's place and share its unit (warnings: usually a mistyped
 * id). Whether the ids exist is the general relation check's job.
 */
import { catalogue, report, type Diagnostic } from '../../src/diagnostics/index.ts';
import { lineOf } from '../../src/lib/content/content-file.ts';
import type { LoadedEntry } from '../../src/lib/content/load-collections.ts';
import { sameUnit } from '../../src/lib/indicators/units.ts';
import { fieldPath } from './check-schema.ts';

const byId = (entries: readonly LoadedEntry[], collection: string) =>
  new Map(entries.filter((e) => e.collection === collection).map((e) => [e.id, e]));

/** Figures claimed twice, and claimed figures from another place or in another unit. */
export function checkIndicators(entries: readonly LoadedEntry[]): Diagnostic[] {
  const documents = byId(entries, 'documents');
  const figures = { targets: byId(entries, 'targets'), results: byId(entries, 'actuals') };
  const claimedBy = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'indicators') continue;
    const place = typeof entry.data.place === 'string' ? entry.data.place : null;
    const unit = typeof entry.data.unit === 'string' ? entry.data.unit : null;
    for (const field of ['targets', 'results'] as const) {
      const ids = Array.isArray(entry.data[field]) ? (entry.data[field] as unknown[]) : [];
      ids.forEach((id, i) => {
        if (typeof id !== 'string') return;
        const where = { file: entry.source.file, line: lineOf(entry.source, [field, i]), field: fieldPath(entry, [field, i]) };
        const key = `${field}/${id}`;
        const other = claimedBy.get(key);
        if (other) diagnostics.push(report(catalogue.INDICATOR_FIGURE_CLAIMED, where, { figure: id, other }));
        else claimedBy.set(key, entry.source.file);
        const figure = figures[field].get(id);
        if (!figure || entry.data.hidden === true) return;
        const documentPlace = documents.get(String(figure.data.document))?.data.place;
        if (typeof documentPlace === 'string' && place !== null && documentPlace !== place)
          diagnostics.push(report(catalogue.INDICATOR_PLACE_MISMATCH, where, { figure: id, place: documentPlace, expected: place }));
        const figureUnit = typeof figure.data.unit === 'string' ? figure.data.unit : null;
        if (unit && figureUnit && !sameUnit(unit, figureUnit))
          diagnostics.push(report(catalogue.INDICATOR_UNIT_MISMATCH, where, { figure: id, unit: figureUnit, expected: unit }));
      });
    }
  }
  return diagnostics;
}
