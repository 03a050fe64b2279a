/**
 * Turns a page's facts into the Pagefind filters, metadata and sort key that
 * SearchFilters.astro writes into its HTML. Pure, so it is unit-tested.
 */
import { t } from '../../i18n/vi.ts';
import { META_KEYS, MISSING_SORT_DATE, SORT_KEY, type FacetKey } from '../../lib/search-constants.ts';

/** What a commitment or document page tells the search index about itself. */
export interface SearchFacts {
  /** Result type: a commitment page or a document page. */
  kind: 'commitment' | 'document';
  /** Province or city name, e.g. "Cà Mau". */
  place?: string;
  /** Title of the document (for a commitment: its source document). */
  document?: string;
  /** Document kind in Vietnamese, e.g. "Kế hoạch", "Nghị quyết". */
  documentKind?: string;
  /** Lead agency names, e.g. ["Sở Tài chính"]. */
  leadAgencies?: string[];
  /** Theme names, e.g. ["Đầu tư công"]. */
  themes?: string[];
  /** Year, e.g. "2023"; taken from `date` when absent. */
  year?: string;
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
  const year = facts.year ?? (facts.date && /^\d{4}/.test(facts.date) ? facts.date.slice(0, 4) : undefined);
  const filters: [FacetKey, string][] = [];
  const add = (key: FacetKey, values: (string | undefined)[]) => {
    for (const value of new Set(values.map((v) => v?.trim()).filter((v): v is string => Boolean(v)))) filters.push([key, value]);
  };
  add('place', [facts.place]);
  add('document', [facts.document]);
  add('documentKind', [facts.documentKind]);
  add('agency', facts.leadAgencies ?? []);
  add('theme', facts.themes ?? []);
  add('year', [year]);

  const meta: [string, string][] = [
    [META_KEYS.resultType, t(facts.kind === 'commitment' ? 'search.result.commitment' : 'search.result.document')],
  ];
  if (facts.document) meta.push([META_KEYS.document, facts.document]);
  if (facts.date) meta.push([META_KEYS.date, facts.date]);
  if (facts.leadAgencies?.length) meta.push([META_KEYS.agencies, facts.leadAgencies.join('; ')]);

  // Pagefind drops pages without the sort key from date-sorted results, so every page gets one.
  return { filters, meta, sort: [SORT_KEY, facts.date ?? MISSING_SORT_DATE] };
}
