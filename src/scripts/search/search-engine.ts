/**
 * Runs a search state against the Pagefind index in the browser.
 *   1. split the query into words and add the đ spelling of d-words (vietnamese.ts);
 *   2. search every combination of spellings, and drop the combinations Pagefind only
 *      "finds" through its shorter-word fallback ("duoc" → "dự"): a combination is kept when
 *      its best hit contains every one of its words, so the real "được" hits stay on top.
 *      That best hit is usually one of the results shown, so the check costs no extra
 *      download (probing each spelling alone cost a fragment per word);
 *   3. merge the hits of the kept combinations by page;
 *   4. for relevance order, re-rank the hits shown first: pages the query names (an agency,
 *      a theme, a place, a cited document) first, then by phrase and whole-word matches
 *      (rerank.ts); each re-ranked hit costs its fragment, so only the first page of results is;
 *   5. only when a facet is chosen or the order is by date, filter and sort with the facet
 *      table (results.ts). The table lists every page, so it grows with the archive: it is
 *      fetched when it is needed (a facet or date order in the URL, or the reader opening the
 *      filters, whose counts come from it), not for every first query.
 */
import { decodeFacetTable, type FacetTable, type FacetTableFile } from './facet-table-format.ts';
import { META_KEYS } from '../../lib/search-constants.ts';
import { t } from '../../i18n/vi.ts';
import { bestSpelling, compareQuality, matchQuality, namesPage } from './rerank.ts';
import { filterHits, mergeHits, sortByScore, sortHits, type Hit } from './results.ts';
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

/** Outcome of one search: ordered hits, and every hit of the query before facets (for counts). */
export interface SearchOutcome {
  hits: Hit[];
  matches: Hit[];
}

/** The search engine of one page: the loaded index, searches, and page data by result id. */
export interface SearchEngine {
  /** The facet table, fetched once on first call (see step 5 above). */
  facets: () => Promise<FacetTable>;
  run: (state: SearchState) => Promise<SearchOutcome>;
  /** Data (URL, excerpt, meta) of a hit of the latest search. */
  load: (id: string) => Promise<PagefindData>;
}

/** Results shown at first and added by each "more" click. */
export const PAGE_SIZE = 20;

/**
 * How many of the best hits are re-ranked: the first page of results, whose fragments are
 * downloaded to be shown anyway (re-ranking 40 cost 20 more fragment downloads per query).
 */
export const RERANK_DEPTH = PAGE_SIZE;

/** True when a search needs the facet table: a facet is chosen, or results are sorted by date. */
export function needsFacetTable(state: Pick<SearchState, 'selection' | 'order'>): boolean {
  return state.order !== 'relevance' || Object.values(state.selection).some(Boolean);
}

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

/** Loads pagefind.js from `base` (the site's base URL, ending in "/"); the facet table is fetched on demand. */
export async function loadSearchEngine(base: string): Promise<SearchEngine> {
  const bundle = `${base}pagefind/`;
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
  // noWorker: Pagefind's web worker is one more download (pagefind-worker.js) for searches that take milliseconds here.
  await pagefind.options({ baseUrl: base, excerptLength: 30, ranking: RANKING, noWorker: true });
  await pagefind.init();
  let table: Promise<FacetTable> | null = null;
  const facets = () =>
    (table ??= fetch(`${bundle}khm-facets.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`facet table: HTTP ${response.status}`);
        return response.json() as Promise<FacetTableFile>;
      })
      .then(decodeFacetTable)
      .catch((error: unknown) => {
        table = null; // a later call may try again (offline for a moment)
        throw error;
      }));
  // Page data of the latest search; each run keeps its own until it is the latest that finished.
  let latestLoad: (id: string) => Promise<PagefindData> = () => Promise.reject(new Error('search: nothing searched yet'));
  let started = 0;

  const run = async (state: SearchState): Promise<SearchOutcome> => {
    const runNumber = ++started;
    const found: Found = new Map();
    const spelling = new Map<string, number>();
    const lists: Hit[][] = [];
    const tableNeeded = needsFacetTable(state) ? facets() : null;
    if (state.query) {
      const queries = combineWords(queryWords(state.query));
      const responses = await Promise.all(queries.map((query) => pagefind.search(query)));
      // Step 2: keep a combination when its best hit has every one of its words.
      const kept = await Promise.all(
        responses.map(async ({ results }, i) => {
          const first = results[0];
          if (!first) return false;
          const words = (queries[i] ?? '').split(' ').filter((word) => PROBEABLE.test(word));
          if (words.length === 0) return true;
          const { content } = await first.data();
          return words.every((word) => occursIn(word, content));
        }),
      );
      responses.forEach(({ results }, i) => {
        if (!kept[i]) return;
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
    const matches = mergeHits(lists);
    const facetTable = tableNeeded ? await tableNeeded : null;
    let hits = facetTable ? sortHits(facetTable, filterHits(facetTable, matches, state.selection), state.order) : sortByScore(matches);
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
    return { hits, matches };
  };

  return { facets, run, load: (id) => latestLoad(id) };
}
