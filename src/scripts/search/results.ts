/**
 * Pure result handling over the facet table: merge the hits of several Pagefind
 * searches, keep those matching the chosen facets, count facet values, sort.
 * Counting here (not in Pagefind) keeps counts exact when a query was expanded
 * into several searches (see vietnamese.ts).
 */
import type { FacetTable } from './facet-table-format.ts';

/** One matching page: Pagefind result id and its relevance score. */
export interface Hit {
  id: string;
  score: number;
}

/** Chosen facet values: facet name → display value (one per facet). */
export type Selection = Record<string, string | undefined>;

/** Sort orders offered to the reader. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/**
 * Pagefind's scores jitter in the last float digits from one search to the next
 * (14.328966 then 14.328965 for the same page and query), which would swap near-equal
 * pages and make a shared link or back/forward show another order. Two decimals keep
 * the ranking and make it repeatable; exact ties fall back to date and id.
 */
export function stableScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** Merges hit lists by id, keeping each page's best (stabilized) score; a page may match several spellings. */
export function mergeHits(lists: Hit[][]): Hit[] {
  const best = new Map<string, number>();
  for (const list of lists) {
    for (const hit of list) best.set(hit.id, Math.max(best.get(hit.id) ?? -Infinity, stableScore(hit.score)));
  }
  return [...best].map(([id, score]) => ({ id, score }));
}

/** True when page `id` has every chosen facet value, ignoring facet `except`. */
export function matchesSelection(table: FacetTable, id: string, selection: Selection, except?: string): boolean {
  const facets = table.pages[id]?.[1] ?? {};
  return Object.entries(selection).every(([facet, value]) => {
    if (value === undefined || facet === except) return true;
    const index = table.values[facet]?.indexOf(value) ?? -1;
    return index >= 0 && (facets[facet] ?? []).includes(index);
  });
}

/** Keeps the hits whose pages have every chosen facet value. */
export function filterHits(table: FacetTable, hits: Hit[], selection: Selection): Hit[] {
  return hits.filter((hit) => matchesSelection(table, hit.id, selection));
}

/**
 * Counts, per facet and value, the hits a reader would get by choosing that value
 * while keeping the other facets as chosen (so a facet's own choice does not hide its siblings).
 */
export function facetCounts(table: FacetTable, hits: Hit[], selection: Selection): Record<string, Map<string, number>> {
  const counts: Record<string, Map<string, number>> = {};
  for (const [facet, values] of Object.entries(table.values)) {
    const perValue = new Map<string, number>();
    for (const hit of hits) {
      if (!matchesSelection(table, hit.id, selection, facet)) continue;
      for (const index of table.pages[hit.id]?.[1][facet] ?? []) {
        const value = values[index];
        if (value !== undefined) perValue.set(value, (perValue.get(value) ?? 0) + 1);
      }
    }
    counts[facet] = perValue;
  }
  return counts;
}

/**
 * Relevance order: best score first, ties by id. It needs no facet table (no dates), so a
 * query gives the same order whether or not the table has been fetched yet.
 */
export function sortByScore(hits: Hit[]): Hit[] {
  return [...hits].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Sorts hits: by score (see {@link sortByScore}), or by date with undated pages last (ties: higher score first). */
export function sortHits(table: FacetTable, hits: Hit[], order: SortOrder): Hit[] {
  if (order === 'relevance') return sortByScore(hits);
  const date = (hit: Hit) => table.pages[hit.id]?.[0] ?? '';
  const byDate = (a: Hit, b: Hit) => {
    const [da, db] = [date(a), date(b)];
    if (da === db) return 0;
    if (!da || !db) return da ? -1 : 1;
    return order === 'oldest' ? da.localeCompare(db) : db.localeCompare(da);
  };
  return [...hits].sort((a, b) => byDate(a, b) || b.score - a.score || a.id.localeCompare(b.id));
}
