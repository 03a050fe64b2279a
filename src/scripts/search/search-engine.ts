/**
 * Runs a search state against the Pagefind index in the browser.
 *   1. split the query into words and add the đ spelling of d-words (vietnamese.ts);
 *   2. probe each spelling alone and drop those Pagefind only "finds" through its
 *      shorter-word fallback ("duoc" → "dự"), so the real "được" hits stay on top;
 *   3. search every remaining combination and merge the hits by page;
 *   4. filter, count and sort with the facet table (results.ts);
 *   5. for relevance order, re-rank the best hits: pages the query names (an agency, a theme, a
 *      place, a cited document) first, then by phrase and whole-word matches (rerank.ts).
 */
import { decodeFacetTable, type FacetTable, type FacetTableFile } from './facet-table-format.ts';
import { META_KEYS } from '../../lib/search-constants.ts';
import { t } from '../../i18n/vi.ts';
import { bestSpelling, compareQuality, matchQuality, namesPage } from './rerank.ts';
import { facetCounts, filterHits, mergeHits, sortHits, type Hit } from './results.ts';
import type { SearchState } from './url-state.ts';
import { combineWords, occursIn, queryWords } from './vietnamese.ts';

/** What Pagefind's `result.data()` gives (the fields this UI uses). */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  sub_results: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
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

/** Outcome of one search: ordered hits and facet counts. */
export interface SearchOutcome {
  hits: Hit[];
  counts: Record<string, Map<string, number>>;
}

/** The search engine of one page: the loaded index, searches, and page data by result id. */
export interface SearchEngine {
  table: FacetTable;
  run: (state: SearchState) => Promise<SearchOutcome>;
  /** Data (URL, excerpt, meta) of a hit of the latest search. */
  load: (id: string) => Promise<PagefindData>;
}

/** How many of the best hits are re-ranked; each costs one fragment download, and the first 20 are shown anyway. */
const RERANK_DEPTH = 40;

/**
 * Pagefind ranking: favour words of the typed length (Vietnamese words are whole syllables,
 * so "so" should find "sở" before "sớm") and exact diacritics. Defaults are 1.0 and 0.8.
 */
const RANKING = { termSimilarity: 8 };

/** A word worth probing: letters and digits only (Pagefind splits anything else into several terms). */
const PROBEABLE = /^[\p{L}\p{N}]+$/u;

/** Result types of pages about one named thing; they come first when the query spells out their name. */
const NAMED_PAGE_TYPES: ReadonlySet<string> = new Set(
  (['search.result.agency', 'search.result.theme', 'search.result.place', 'search.result.reference'] as const).map((key) => t(key)),
);

/** One page's results, one per query spelling that found it, best Pagefind score first. */
type Found = Map<string, { query: string; result: PagefindResult }[]>;

/**
 * Loads page data by result id, once per id. `spelling` picks which spelling's result to
 * show (its excerpt highlights that spelling's words); by default the best-scored one.
 */
function loaderOf(found: Found, spelling: Map<string, number>): (id: string) => Promise<PagefindData> {
  const loaded = new Map<string, Promise<PagefindData>>();
  return (id) => {
    let data = loaded.get(id);
    if (!data) {
      const entries = found.get(id);
      const entry = entries?.[spelling.get(id) ?? 0] ?? entries?.[0];
      if (!entry) return Promise.reject(new Error(`search: no result ${id}`));
      data = entry.result.data();
      loaded.set(id, data);
    }
    return data;
  };
}

/** Loads pagefind.js and the facet table from `base` (the site's base URL, ending in "/"). */
export async function loadSearchEngine(base: string): Promise<SearchEngine> {
  const bundle = `${base}pagefind/`;
  const [pagefind, table] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindApi>,
    fetch(`${bundle}khm-facets.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`facet table: HTTP ${response.status}`);
        return response.json() as Promise<FacetTableFile>;
      })
      .then(decodeFacetTable),
  ]);
  await pagefind.options({ baseUrl: base, excerptLength: 30, ranking: RANKING });
  await pagefind.init();
  const probes = new Map<string, Promise<boolean>>();
  // Page data of the latest search; each run keeps its own until it is the latest that finished.
  let latestLoad: (id: string) => Promise<PagefindData> = () => Promise.reject(new Error('search: nothing searched yet'));
  let started = 0;

  /** True when some indexed word really starts with `word` (not just Pagefind's fallback). */
  const occurs = (word: string): Promise<boolean> => {
    const key = word.toLowerCase();
    let probe = probes.get(key);
    if (!probe) {
      probe = (async () => {
        const first = (await pagefind.search(word)).results[0];
        if (!first) return false;
        if (!PROBEABLE.test(word)) return true;
        return occursIn(word, (await first.data()).content);
      })();
      probes.set(key, probe);
    }
    return probe;
  };

  const run = async (state: SearchState): Promise<SearchOutcome> => {
    const runNumber = ++started;
    const found: Found = new Map();
    const spelling = new Map<string, number>();
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
      const responses = await Promise.all(queries.map((query) => pagefind.search(query)));
      responses.forEach(({ results }, i) => {
        for (const result of results) {
          const entries = found.get(result.id) ?? [];
          entries.push({ query: queries[i] ?? '', result });
          found.set(
            result.id,
            entries.sort((a, b) => b.result.score - a.result.score),
          );
        }
        lists.push(results.map(({ id, score }) => ({ id, score })));
      });
    } else {
      const { results: all } = await pagefind.search(null);
      for (const result of all) found.set(result.id, [{ query: '', result }]);
      lists.push(all.map(({ id }) => ({ id, score: 0 })));
    }
    const merged = mergeHits(lists);
    let hits = sortHits(table, filterHits(table, merged, state.selection), state.order);
    const load = loaderOf(found, spelling);
    if (state.query && state.order === 'relevance') {
      const top = hits.slice(0, RERANK_DEPTH);
      const pages = await Promise.all(top.map((hit) => load(hit.id)));
      const contents = pages.map((data) => data.content);
      const named = pages.map(
        (data) => NAMED_PAGE_TYPES.has(data.meta[META_KEYS.resultType] ?? '') && namesPage(state.query, data.meta['title'] ?? ''),
      );
      const ranked = top.map((hit, i) => ({ hit, named: named[i] ? 1 : 0, quality: matchQuality(state.query, contents[i] ?? ''), i }));
      ranked.sort((a, b) => b.named - a.named || compareQuality(a.quality, b.quality) || a.i - b.i);
      hits = [...ranked.map((entry) => entry.hit), ...hits.slice(RERANK_DEPTH)];
      // Show each page through the spelling it really contains ("đầu tư công", not "dầu").
      top.forEach((hit, i) => {
        const entries = found.get(hit.id) ?? [];
        if (entries.length > 1)
          spelling.set(
            hit.id,
            bestSpelling(
              entries.map((entry) => entry.query),
              contents[i] ?? '',
            ),
          );
      });
    }
    if (runNumber === started) latestLoad = loaderOf(found, spelling);
    return { hits, counts: facetCounts(table, merged, state.selection) };
  };

  return { table, run, load: (id) => latestLoad(id) };
}
