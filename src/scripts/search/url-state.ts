/**
 * The search state in the URL, so a shared link or back/forward reproduces a search:
 * `/tim-kiem/?q=dau+tu+cong&co-quan=so-tai-chinh&nam=2023&sap-xep=moi-nhat`.
 * Facet values travel as ASCII slugs (readable, no percent-encoded Vietnamese) and are
 * mapped back to the display values listed in the facet table.
 */
import { slugify } from '../../lib/slug.ts';
import { QUERY_PARAM, SEARCH_FACETS, SORT_PARAM, SORT_VALUES } from '../../lib/search-constants.ts';
import type { Selection, SortOrder } from './results.ts';
import { normalizeQuery } from './vietnamese.ts';

/** Everything that decides a search's results. */
export interface SearchState {
  /** Normalized query text; may be empty (then facets alone list pages). */
  query: string;
  /** Facet name → chosen display value. */
  selection: Selection;
  /** Sort order; `relevance` is the default and is left out of the URL. */
  order: SortOrder;
}

/** A value written with its province ("Sở Tài chính (Cà Mau)"), the name alone ("Sở Tài chính"). */
const QUALIFIED = /^(.+?) \([^()]+\)$/u;

/**
 * The value of a facet that a URL slug names: the value with that slug; else — links shared
 * before agency names carried their province (`co-quan=so-tai-chinh`) — the one value whose name
 * without its province has that slug. Several such values (two provinces' Sở Tài chính) are
 * not guessed between: the slug is ignored.
 */
function valueOfSlug(slug: string, candidates: readonly string[]): string | undefined {
  const wanted = slugify(slug, 200);
  const exact = candidates.find((candidate) => slugify(candidate, 200) === wanted);
  if (exact !== undefined) return exact;
  const unqualified = candidates.filter((candidate) => {
    const name = QUALIFIED.exec(candidate)?.[1];
    return name !== undefined && slugify(name, 200) === wanted;
  });
  return unqualified.length === 1 ? unqualified[0] : undefined;
}

/** Reads the state from URL parameters; slugs that match no known value of their facet are ignored. */
export function readUrlState(params: URLSearchParams, values: Record<string, string[]>): SearchState {
  const selection: Selection = {};
  for (const facet of SEARCH_FACETS) {
    const slug = params.get(facet.param);
    if (!slug) continue;
    const value = valueOfSlug(slug, values[facet.key] ?? []);
    if (value !== undefined) selection[facet.key] = value;
  }
  const sortParam = params.get(SORT_PARAM);
  const order = (Object.keys(SORT_VALUES) as SortOrder[]).find((key) => SORT_VALUES[key] === sortParam) ?? 'relevance';
  return { query: normalizeQuery(params.get(QUERY_PARAM) ?? ''), selection, order };
}

/** Writes the state as a query string ("?q=…&co-quan=…"), or "" for an empty search. Stable parameter order. */
export function writeUrlState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(QUERY_PARAM, state.query);
  for (const facet of SEARCH_FACETS) {
    const value = state.selection[facet.key];
    if (value) params.set(facet.param, slugify(value, 200));
  }
  if (state.order !== 'relevance') params.set(SORT_PARAM, SORT_VALUES[state.order]);
  const text = params.toString();
  return text ? `?${text}` : '';
}
