/**
 * The records of the open-data files, from the same corpus the pages are built from: every
 * collection as stored (relations as ids), commitments with the names of their agencies and
 * themes and their derived state, reported figures with what kind of figure they are, and
 * the indicator pairing. CSV rows are the same records flattened.
 */
import { t, type UiKey } from '../../i18n/vi.ts';
import { IndicatorFigureSchema, type CollectionName, type IndicatorFigure } from '../../schemas/index.ts';
import type { Corpus } from '../data/corpus.ts';
import { pick } from '../data/lookup.ts';
import { classifyActual } from '../indicators/classify.ts';
import { indicatorsOf } from '../indicators/views.ts';
import { judge } from '../indicators/verdict.ts';
import { deriveStatus } from '../status/derive.ts';

/** A record of a file: JSON values. */
export type DataRecord = Record<string, unknown>;

/** Columns the site adds to a collection's own fields (name → description key in vi.ts). */
export const ADDED_COLUMNS: Partial<Record<CollectionName, Record<string, UiKey>>> = {
  commitments: {
    lead_names: 'data.field.leadNames',
    partner_names: 'data.field.partnerNames',
    theme_names: 'data.field.themeNames',
    due: 'data.field.due',
    state: 'data.field.state',
    state_label: 'data.field.stateLabel',
  },
  actuals: { figure_kind: 'data.field.figureKind' },
};

const names = <T extends { name: string }>(map: Map<string, T>, ids: readonly string[]) => pick(map, ids).map((e) => e.name);

/** The records of `collection`, in corpus order; `today` (ISO) derives the commitments' states. */
export function recordsOf(corpus: Corpus, collection: CollectionName, today: string): DataRecord[] {
  const entries = [...(corpus[collection] as Map<string, { file: string } & DataRecord>).values()];
  return entries.map(({ file: _file, ...entry }) => {
    if (collection === 'commitments') {
      const c = corpus.commitments.get(entry.id as string)!;
      const status = deriveStatus(c, today);
      return {
        ...entry,
        lead_names: names(corpus.agencies, c.lead),
        partner_names: names(corpus.agencies, c.partners),
        theme_names: names(corpus.themes, c.themes),
        due: status.due,
        state: status.state,
        state_label: t(`state.${status.state}`),
      };
    }
    if (collection === 'actuals') return { ...entry, figure_kind: classifyActual(corpus, corpus.actuals.get(entry.id as string)!) };
    return entry;
  });
}

/** The indicator pairing, one row per target or result, checked against its schema. */
export function indicatorFigures(corpus: Corpus): IndicatorFigure[] {
  return indicatorsOf(corpus).indicators.flatMap((indicator) => {
    const base = { indicator: indicator.id, indicator_name: indicator.name, place: indicator.place?.id ?? null };
    return [
      ...indicator.targets.map((target) => ({
        ...base,
        role: 'target' as const,
        figure: target.id,
        document: target.document,
        value: target.low,
        high: target.high,
        unit: target.unit,
        when: target.period,
        comparator: target.comparator,
        verdict: t(`verdict.${judge(target, indicator.results).verdict}`),
        sentence: target.sentence,
      })),
      ...indicator.results.map((result) => ({
        ...base,
        role: 'result' as const,
        figure: result.id,
        document: result.document,
        value: result.value,
        high: null,
        unit: result.unit,
        when: result.date,
        comparator: null,
        verdict: null,
        sentence: result.sentence,
      })),
    ].map((row) => IndicatorFigureSchema.parse(row));
  });
}

/** A cell of a CSV row. */
export type Cell = string | number | boolean | null;

/**
 * One record as CSV cells: nested fields become dotted columns ("source.url"), lists of
 * plain values are joined with "; ", and lists of groups (deadlines, history) are written as
 * JSON in one cell, so no information is lost and a spreadsheet still has one row per entry.
 */
export function flatten(record: DataRecord, prefix = '', out: Record<string, Cell> = {}): Record<string, Cell> {
  for (const [key, value] of Object.entries(record)) {
    const name = `${prefix}${key}`;
    if (Array.isArray(value)) {
      out[name] = value.every((v) => v === null || typeof v !== 'object')
        ? value.join('; ')
        : value.length > 0
          ? JSON.stringify(value)
          : '';
    } else if (value !== null && typeof value === 'object') {
      flatten(value as DataRecord, `${name}.`, out);
    } else {
      out[name] = (value ?? null) as Cell;
    }
  }
  return out;
}

/** The CSV rows of a collection: texts give one row per block (the document's text in reading order), others one per entry. */
export function csvRowsOf(collection: CollectionName | 'indicator-figures', records: readonly DataRecord[]): Record<string, Cell>[] {
  if (collection === 'texts') {
    return records.flatMap((text) =>
      (text.blocks as DataRecord[]).map((block, index) => flatten({ id: text.id, document: text.document, block: index, ...block })),
    );
  }
  return records.map((r) => flatten(r));
}
