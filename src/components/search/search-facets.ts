/**
 * Turns a page's facts into the Pagefind filters, metadata and sort key that
 * SearchFilters.astro writes into its HTML. Pure, so it is unit-tested.
 */
import { t, type UiKey } from '../../i18n/vi.ts';
import { META_KEYS, MISSING_SORT_DATE, SORT_KEY, type FacetKey } from '../../lib/search-constants.ts';
import type { CommitmentView } from '../../lib/data/commitment-view.ts';
import { timingYears } from '../../lib/data/timing-view.ts';

/** The kinds of page search finds: one result each. */
export type ResultKind = 'commitment' | 'document' | 'agency' | 'theme' | 'place' | 'reference';

const RESULT_TYPE: Record<ResultKind, UiKey> = {
  commitment: 'search.result.commitment',
  document: 'search.result.document',
  agency: 'search.result.agency',
  theme: 'search.result.theme',
  place: 'search.result.place',
  reference: 'search.result.reference',
};

/** What an indexed page tells the search index about itself. */
export interface SearchFacts {
  /** What the page is. */
  kind: ResultKind;
  /** Province or city name, e.g. "Cà Mau". */
  place?: string;
  /** The document as a short label ("Chương trình hành động 01/CTr-UBND"; for a commitment: its document). */
  document?: string;
  /** Document number or other short identification for the result's kicker, e.g. "01/CTr-UBND". */
  number?: string;
  /** Document kind in Vietnamese, e.g. "Kế hoạch", "Nghị quyết". */
  documentKind?: string;
  /** Lead agency display names, e.g. ["Sở Tài chính (Cà Mau)"]. */
  leadAgencies?: string[];
  /** Theme names, e.g. ["Đầu tư công"]. */
  themes?: string[];
  /** Years the page concerns beyond its date's (deadline years), e.g. ["2023", "2025"]. */
  years?: string[];
  /** Issue date in ISO form, e.g. "2023-01-06". */
  date?: string;
}

/** Filters, metadata and the sort pair for one page, as [name, value] pairs. */
export interface SearchFacetValues {
  filters: [FacetKey, string][];
  meta: [string, string][];
  sort: [string, string];
}

/** Builds the facet, meta and sort values of a page; empty and duplicate values are dropped. */
export function searchFacetValues(facts: SearchFacts): SearchFacetValues {
  const year = facts.date && /^\d{4}/.test(facts.date) ? facts.date.slice(0, 4) : undefined;
  const filters: [FacetKey, string][] = [];
  const add = (key: FacetKey, values: (string | undefined)[]) => {
    for (const value of new Set(values.map((v) => v?.trim()).filter((v): v is string => Boolean(v)))) filters.push([key, value]);
  };
  const type = t(RESULT_TYPE[facts.kind]);
  add('type', [type]);
  add('place', [facts.place]);
  add('document', [facts.document]);
  add('documentKind', [facts.documentKind]);
  add('agency', facts.leadAgencies ?? []);
  add('theme', facts.themes ?? []);
  add('year', [year, ...(facts.years ?? [])].sort());

  // The kicker of a result: what it is, then its document's number and its place ("Cam kết · 01/CTr-UBND · Cà Mau").
  const kicker = [type, facts.number, facts.place].filter(Boolean).join(' · ');
  const meta: [string, string][] = [
    [META_KEYS.resultType, type],
    [META_KEYS.kicker, kicker],
  ];
  if (facts.document) meta.push([META_KEYS.document, facts.document]);
  if (facts.date) meta.push([META_KEYS.date, facts.date]);
  if (facts.leadAgencies?.length) meta.push([META_KEYS.agencies, facts.leadAgencies.join('; ')]);

  // Pagefind drops pages without the sort key from date-sorted results, so every page gets one.
  return { filters, meta, sort: [SORT_KEY, facts.date ?? MISSING_SORT_DATE] };
}

/** The search facts of a commitment page. */
export function searchFactsOfCommitment(
  view: Pick<CommitmentView, 'document' | 'documentLabel' | 'place' | 'lead' | 'themes' | 'timing'>,
): SearchFacts {
  return {
    kind: 'commitment',
    place: view.place?.name,
    document: view.documentLabel,
    number: view.document.number ?? undefined,
    documentKind: view.document.type,
    leadAgencies: view.lead.map((a) => a.label),
    themes: view.themes.map((th) => th.name),
    years: timingYears(view.timing),
    date: view.document.issued ?? undefined,
  };
}
