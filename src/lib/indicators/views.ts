/** What the indicator pages show: `/chi-tieu/`, `/chi-tieu/<id>/`, and the summaries on place and document pages. */
import type { Corpus, DocumentEntry, PlaceEntry } from '../data/corpus.ts';
import { must } from '../data/lookup.ts';
import { chartDescription, chartModel, type ChartModel } from './chart.ts';
import { buildIndicators, type IndicatorSet, type OtherFigure } from './match.ts';
import type { Indicator, IndicatorResult, IndicatorTarget } from './types.ts';
import { judge, periodRange, type TargetVerdict, type Verdict } from './verdict.ts';
import { pageNumbers, pageOf, type Pager } from '../data/paginate.ts';

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

/**
 * Targets and results per page of `/chi-tieu/<id>/` (a result is ≈ 0.9 KB of HTML with its
 * sentence): an indicator that every year's plan and report names gathers figures as the
 * archive grows, so its tables go on at `…/trang-<n>/`.
 */
export const INDICATOR_ROWS_PER_PAGE = 60;

/** The chart draws the latest this many dated results and targets: beyond them a static SVG grows with the archive and stops being readable on a phone. */
export const CHART_LIMIT = 40;

export interface IndicatorPage {
  indicator: Indicator;
  /** Which page of the indicator's tables this is; the chart is on page 1. */
  pager: Pager;
  unit: string;
  chart: ChartModel | null;
  description: string;
  targets: JudgedTarget[];
  /** Results in date order; `baseline` when reported by a document that sets one of the targets. */
  results: { result: IndicatorResult; document: DocumentEntry; baseline: boolean }[];
  sourceFiles: string[];
}

/** The latest `limit` items by `date` (undated ones last), kept in their original order. */
function latest<T>(items: readonly T[], dateOf: (item: T) => string | null, limit: number): T[] {
  if (items.length <= limit) return [...items];
  const keep = new Set(
    items
      .map((item, index) => ({ index, date: dateOf(item) ?? '' }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.index - b.index)
      .slice(0, limit)
      .map((x) => x.index),
  );
  return items.filter((_, index) => keep.has(index));
}

/** Everything page `page` of `/chi-tieu/<id>/` needs. */
export function indicatorPage(corpus: Corpus, id: string, page = 1): IndicatorPage {
  const indicator = indicatorsOf(corpus).indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`No indicator "${id}". Check the id passed to the page.`);
  const unit = indicator.unit ?? indicator.targets[0]?.unit ?? indicator.results[0]?.unit ?? '';
  const targetDocuments = new Set(indicator.targets.map((t) => t.document));
  const mapping = corpus.indicators.get(id);
  // Both tables are cut at the same page size; the pager (and its bounds check) follows the longer one.
  const longer: readonly unknown[] = indicator.targets.length >= indicator.results.length ? indicator.targets : indicator.results;
  const { pager } = pageOf(longer, page, INDICATOR_ROWS_PER_PAGE);
  const onPage = <T>(items: readonly T[]) => items.slice((page - 1) * INDICATOR_ROWS_PER_PAGE, page * INDICATOR_ROWS_PER_PAGE);
  const targets = onPage(indicator.targets);
  const results = onPage(indicator.results);
  const charted = {
    ...indicator,
    targets: latest(indicator.targets, (t) => periodRange(t.period)?.end ?? null, CHART_LIMIT),
    results: latest(indicator.results, (r) => r.date, CHART_LIMIT),
  };
  return {
    indicator,
    pager,
    unit,
    chart: page === 1 ? chartModel(charted) : null,
    description: chartDescription(charted, unit),
    targets: targets.map((target) => ({
      target,
      document: must(corpus.documents, target.document, 'documents'),
      ...judge(target, indicator.results),
    })),
    results: results.map((result) => ({
      result,
      document: must(corpus.documents, result.document, 'documents'),
      baseline: targetDocuments.has(result.document),
    })),
    sourceFiles: [
      ...(mapping ? [mapping.file] : []),
      ...new Set([...targets.map((t) => t.entry.file), ...results.map((r) => r.entry.file)]),
    ],
  };
}

/** Paths of every indicator page: its id and page number. */
export function indicatorPaths(corpus: Corpus): { id: string; page: number }[] {
  return indicatorsOf(corpus).indicators.flatMap((indicator) =>
    pageNumbers(Math.max(indicator.targets.length, indicator.results.length), INDICATOR_ROWS_PER_PAGE).map((page) => ({
      id: indicator.id,
      page,
    })),
  );
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
