/** What the indicator pages show: `/chi-tieu/`, `/chi-tieu/<id>/`, and the summaries on place and document pages. */
import type { Corpus, DocumentEntry, PlaceEntry } from '../data/corpus.ts';
import { must } from '../data/lookup.ts';
import { chartDescription, chartModel, type ChartModel } from './chart.ts';
import { buildIndicators, type IndicatorSet, type OtherFigure } from './match.ts';
import type { Indicator, IndicatorResult, IndicatorTarget } from './types.ts';
import { judge, type TargetVerdict, type Verdict } from './verdict.ts';

const cache = new WeakMap<Corpus, IndicatorSet>();
/** The indicators of a corpus, built once. */
export function indicatorsOf(corpus: Corpus): IndicatorSet {
  let set = cache.get(corpus);
  if (!set) cache.set(corpus, (set = buildIndicators(corpus)));
  return set;
}

/** One line of an indicator list: the target, the latest result and the verdict on the latest target. */
export interface IndicatorRow {
  indicator: Indicator;
  /** The target whose period ends last (the one that matters now), null when there is none. */
  target: IndicatorTarget | null;
  latest: IndicatorResult | null;
  /** Verdict on `target`; null when the indicator has no target. */
  verdict: Verdict | null;
}

const periodEnd = (t: IndicatorTarget) => t.period?.match(/\d{4}/g)?.at(-1) ?? '';

function rowOf(indicator: Indicator): IndicatorRow {
  const target = [...indicator.targets].sort((a, b) => periodEnd(a).localeCompare(periodEnd(b))).at(-1) ?? null;
  return {
    indicator,
    target,
    latest: indicator.results.filter((r) => r.date !== null).at(-1) ?? indicator.results.at(-1) ?? null,
    verdict: target ? judge(target, indicator.results).verdict : null,
  };
}

/** Reported figures that are not results, with their document. */
export interface OtherFigureGroup {
  document: DocumentEntry;
  figures: OtherFigure[];
}

export interface IndicatorIndex {
  /** By place (national indicators under null); indicators with a target first. */
  places: { place: PlaceEntry | null; rows: IndicatorRow[] }[];
  /** Figures relative to a plan and counts of targets met, by document. */
  others: OtherFigureGroup[];
  counts: { indicators: number; paired: number; targets: number; results: number };
}

/** Everything `/chi-tieu/` needs. */
export function indicatorIndex(corpus: Corpus): IndicatorIndex {
  const { indicators, others } = indicatorsOf(corpus);
  const places = new Map<string, { place: PlaceEntry | null; rows: IndicatorRow[] }>();
  for (const indicator of indicators) {
    const key = indicator.place?.id ?? '';
    if (!places.has(key)) places.set(key, { place: indicator.place, rows: [] });
    places.get(key)!.rows.push(rowOf(indicator));
  }
  const byDocument = new Map<string, OtherFigure[]>();
  for (const figure of others) byDocument.set(figure.actual.document, [...(byDocument.get(figure.actual.document) ?? []), figure]);
  return {
    places: [...places.values()],
    others: [...byDocument].map(([id, figures]) => ({ document: must(corpus.documents, id, 'documents'), figures })),
    counts: {
      indicators: indicators.length,
      paired: indicators.filter((i) => i.targets.length > 0 && i.results.length > 0).length,
      targets: indicators.reduce((n, i) => n + i.targets.length, 0),
      results: indicators.reduce((n, i) => n + i.results.length, 0),
    },
  };
}

/** A target with its verdict and the document that set it. */
export interface JudgedTarget extends TargetVerdict {
  target: IndicatorTarget;
  document: DocumentEntry;
}

export interface IndicatorPage {
  indicator: Indicator;
  unit: string;
  chart: ChartModel | null;
  description: string;
  targets: JudgedTarget[];
  /** Results in date order; `baseline` when reported by a document that sets one of the targets. */
  results: { result: IndicatorResult; document: DocumentEntry; baseline: boolean }[];
  sourceFiles: string[];
}

/** Everything `/chi-tieu/<id>/` needs. */
export function indicatorPage(corpus: Corpus, id: string): IndicatorPage {
  const indicator = indicatorsOf(corpus).indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`No indicator "${id}". Check the id passed to the page.`);
  const unit = indicator.unit ?? indicator.targets[0]?.unit ?? indicator.results[0]?.unit ?? '';
  const targetDocuments = new Set(indicator.targets.map((t) => t.document));
  const mapping = corpus.indicators.get(id);
  return {
    indicator,
    unit,
    chart: chartModel(indicator),
    description: chartDescription(indicator, unit),
    targets: indicator.targets.map((target) => ({
      target,
      document: must(corpus.documents, target.document, 'documents'),
      ...judge(target, indicator.results),
    })),
    results: indicator.results.map((result) => ({
      result,
      document: must(corpus.documents, result.document, 'documents'),
      baseline: targetDocuments.has(result.document),
    })),
    sourceFiles: [
      ...(mapping ? [mapping.file] : []),
      ...new Set([...indicator.targets.map((t) => t.entry.file), ...indicator.results.map((r) => r.entry.file)]),
    ],
  };
}

/** Ids of every indicator page. */
export function indicatorIds(corpus: Corpus): string[] {
  return indicatorsOf(corpus).indicators.map((i) => i.id);
}

/** Indicator rows with a figure from document `id` (its page links them). */
export function documentIndicators(corpus: Corpus, id: string): IndicatorRow[] {
  return indicatorsOf(corpus)
    .indicators.filter((i) => i.documents.some((d) => d.id === id))
    .map(rowOf);
}

/** Indicator rows of place `id`. */
export function placeIndicators(corpus: Corpus, id: string): IndicatorRow[] {
  return indicatorsOf(corpus)
    .indicators.filter((i) => i.place?.id === id)
    .map(rowOf);
}
