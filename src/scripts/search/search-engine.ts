/**
 * Runs a search state against the Pagefind index in the browser.
 *   1. split the query into words and add the đ spelling of d-words (vietnamese.ts);
 *   2. probe each spelling alone and drop those Pagefind only "finds" through its
 *      shorter-word fallback ("duoc" → "dự"), so the real "được" hits stay on top;
 *   3. search every remaining combination and merge the hits by page;
 *   4. filter, count and sort with the facet table (results.ts).
 */
import type { FacetTable } from '../../../scripts/search/facet-table.ts';
import { facetCounts, filterHits, mergeHits, sortHits, type Hit } from './results.ts';
import type { SearchState } from './url-state.ts';
import { classifyMatch, combineWords, queryWords } from './vietnamese.ts';

/** What Pagefind's `result.data()` gives (the fields this UI uses). */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** One Pagefind result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

/** The part of Pagefind's JS API (pagefind.js) this UI uses. */
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null) => Promise<{ results: PagefindResult[] }>;
}

/** Outcome of one search: ordered hits, their loadable results, and facet counts. */
export interface SearchOutcome {
  hits: Hit[];
  results: Map<string, PagefindResult>;
  counts: Record<string, Map<string, number>>;
}

/** The search engine of one page: the loaded index plus a per-word probe cache. */
export interface SearchEngine {
  table: FacetTable;
  run: (state: SearchState) => Promise<SearchOutcome>;
}

/** A word worth probing: letters and digits only (Pagefind splits anything else into several terms). */
const PROBEABLE = /^[\p{L}\p{N}]+$/u;

/** Loads pagefind.js and the facet table from `base` (the site's base URL, ending in "/"). */
export async function loadSearchEngine(base: string): Promise<SearchEngine> {
  const bundle = `${base}pagefind/`;
  const [pagefind, table] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>,
    fetch(`${bundle}khm-facets.json`).then((response) => {
      if (!response.ok) throw new Error(`facet table: HTTP ${response.status}`);
      return response.json() as Promise<FacetTable>;
    }),
  ]);
  await pagefind.options({ baseUrl: base, excerptLength: 30 });
  await pagefind.init();
  const probes = new Map<string, Promise<boolean>>();

  /** True when some indexed word really starts with `word` (not just Pagefind's fallback). */
  const occurs = (word: string): Promise<boolean> => {
    const key = word.toLowerCase();
    let probe = probes.get(key);
    if (!probe) {
      probe = (async () => {
        const first = (await pagefind.search(word)).results[0];
        if (!first) return false;
        if (!PROBEABLE.test(word)) return true;
        const data = await first.data();
        const location = data.locations[0];
        if (location === undefined) return true;
        const matched = data.content.split(/\s+/)[location] ?? '';
        return classifyMatch(word, matched) === 'real';
      })();
      probes.set(key, probe);
    }
    return probe;
  };

  const run = async (state: SearchState): Promise<SearchOutcome> => {
    const results = new Map<string, PagefindResult>();
    const lists: Hit[][] = [];
    if (state.query) {
      const words = await Promise.all(
        queryWords(state.query).map(async (options) => {
          const kept = await Promise.all(options.map(async (option) => ((await occurs(option)) ? option : null)));
          return kept.filter((option): option is string => option !== null);
        }),
      );
      // Every word must occur (Pagefind ANDs words), so one word with no spelling left means no results.
      const queries = words.some((options) => options.length === 0) ? [] : combineWords(words);
      for (const { results: found } of await Promise.all(queries.map((query) => pagefind.search(query)))) {
        for (const result of found) {
          const known = results.get(result.id);
          if (!known || result.score > known.score) results.set(result.id, result);
        }
        lists.push(found.map(({ id, score }) => ({ id, score })));
      }
    } else {
      const { results: all } = await pagefind.search(null);
      for (const result of all) results.set(result.id, result);
      lists.push(all.map(({ id }) => ({ id, score: 0 })));
    }
    const merged = mergeHits(lists);
    const hits = sortHits(table, filterHits(table, merged, state.selection), state.order);
    return { hits, results, counts: facetCounts(table, merged, state.selection) };
  };

  return { table, run };
}
