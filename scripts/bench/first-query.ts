/**
 * What a reader's first search costs: for queries of one to six syllables, typed with and
 * without diacritics, a cold browser (new context, empty cache, a 1280 × 800 px window: the widest layout, the
 * one that shows the most)
 * opens `/tim-kiem/?q=…`, waits for the results, then for the network to be idle.
 *
 * What is counted ("first-query download"): every response the browser received for that
 * visit, from the navigation until the network is idle after the results are shown (so files
 * fetched after the results, such as the facet table when the filters are open, count too).
 * Bytes are the bytes a static host such as GitHub Pages sends: text files (HTML, CSS, JS,
 * JSON, SVG, XML) gzipped at level 6, every other file as it is (Pagefind's index, fragment
 * and WASM files are gzip files already). Responses are split in two:
 *   - page: what any page of the site costs (the HTML of /tim-kiem/, its CSS, the site's JS);
 *   - query: what the search itself caused, everything under /pagefind/ (Pagefind's runtime,
 *     its meta file, index chunks, fragments, and the facet table) — the part the archive's
 *     size can make grow. The budget of issue 13 (≤ 300 KB, ≤ 6 requests for two syllables)
 *     is reported against both.
 * Latency is from navigation to the results being shown.
 */
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startStaticServer } from '../../tests/support/static-server.ts';

/** Queries by syllable count, as typed with diacritics; each is also run without them. */
export const QUERIES = ['thuế', 'tài chính', 'đầu tư công', 'ngân hàng nhà nước', 'chuyển đổi số quốc gia', 'sở kế hoạch và đầu tư'];

/** Vietnamese as typed without diacritics: tones and marks dropped, đ as d. */
export const withoutDiacritics = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** Kinds of file a first query downloads, for the breakdown. */
export type FileKind = 'page' | 'runtime' | 'meta' | 'index' | 'filter' | 'fragment' | 'facets' | 'other';

/** One downloaded file. */
export interface Download {
  path: string;
  kind: FileKind;
  /** Bytes as a static host sends them (see the module comment). */
  bytes: number;
}

/** Totals of a set of downloads. */
export interface DownloadTotals {
  requests: number;
  bytes: number;
}

export interface QueryCost {
  query: string;
  syllables: number;
  /** Everything the visit downloaded. */
  requests: number;
  bytes: number;
  /** The part under /pagefind/: what the search caused. */
  query_requests: number;
  query_bytes: number;
  /** Totals per kind of file. */
  byKind: Partial<Record<FileKind, DownloadTotals>>;
  milliseconds: number;
  results: string;
}

/** Content types a static host compresses. */
const COMPRESSED_TYPES = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;

/** Bytes a host sends for a body of this content type: gzipped text, everything else as is. */
export function sentBytes(body: Uint8Array, contentType: string): number {
  return COMPRESSED_TYPES.test(contentType) ? gzipSync(body, { level: 6 }).length : body.length;
}

/** What a downloaded path is, by its place in the Pagefind bundle (anything outside it is the page's). */
export function fileKind(path: string): FileKind {
  const inBundle = /\/pagefind\/(.*)$/.exec(path)?.[1];
  if (inBundle === undefined) return 'page';
  if (inBundle === 'khm-facets.json' || inBundle.startsWith('khm-facets')) return 'facets';
  if (inBundle.startsWith('fragment/')) return 'fragment';
  if (inBundle.startsWith('index/')) return 'index';
  if (inBundle.startsWith('filter/')) return 'filter';
  if (inBundle.endsWith('.pf_meta')) return 'meta';
  if (/^(pagefind[\w-]*\.js|wasm\.[\w-]+\.pagefind)$/.test(inBundle)) return 'runtime';
  return 'other';
}

/** Adds up downloads: all of them, the query's part, and per kind. */
export function totals(downloads: Download[]): Pick<QueryCost, 'requests' | 'bytes' | 'query_requests' | 'query_bytes' | 'byKind'> {
  const byKind: QueryCost['byKind'] = {};
  let [requests, bytes, queryRequests, queryBytes] = [0, 0, 0, 0];
  for (const download of downloads) {
    requests += 1;
    bytes += download.bytes;
    if (download.kind !== 'page') {
      queryRequests += 1;
      queryBytes += download.bytes;
    }
    const kind = (byKind[download.kind] ??= { requests: 0, bytes: 0 });
    kind.requests += 1;
    kind.bytes += download.bytes;
  }
  return { requests, bytes, query_requests: queryRequests, query_bytes: queryBytes, byKind };
}

/** Runs every query against the site in `dist` (served on a free local port). */
export async function firstQueries(dist: string): Promise<QueryCost[]> {
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  const costs: QueryCost[] = [];
  try {
    for (const typed of QUERIES.flatMap((q) => [q, withoutDiacritics(q)])) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const pending: Promise<Download | null>[] = [];
      const record = async (response: Response): Promise<Download | null> => {
        const body = await response.body().catch(() => null);
        if (!body) return null;
        const path = new URL(response.url()).pathname;
        return { path, kind: fileKind(path), bytes: sentBytes(body, response.headers()['content-type'] ?? '') };
      };
      page.on('response', (response) => pending.push(record(response)));
      const start = Date.now();
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(typed)}`);
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
      const milliseconds = Date.now() - start;
      await page.waitForLoadState('networkidle');
      const downloads = (await Promise.all(pending)).filter((download): download is Download => download !== null);
      costs.push({
        query: typed,
        syllables: typed.split(/\s+/).length,
        ...totals(downloads),
        milliseconds,
        results: await page.locator('#search-status').innerText(),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return costs;
}

/** One line per query, for the bench's report. */
export function formatCosts(costs: QueryCost[]): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const kinds: FileKind[] = ['page', 'runtime', 'meta', 'index', 'filter', 'fragment', 'facets', 'other'];
  const lines = [
    `| first query | syllables | all: requests, bytes | query (/pagefind/): requests, bytes | ${kinds.join(' | ')} | time | results |`,
    `|---|---|---|---|${kinds.map(() => '---|').join('')}---|---|`,
  ];
  for (const q of costs) {
    const parts = kinds.map((kind) => {
      const part = q.byKind[kind];
      return part ? `${part.requests}, ${kb(part.bytes)}` : '—';
    });
    lines.push(
      `| ${q.query} | ${q.syllables} | ${q.requests}, ${kb(q.bytes)} | ${q.query_requests}, ${kb(q.query_bytes)} | ${parts.join(' | ')} | ${q.milliseconds} ms | ${q.results} |`,
    );
  }
  return lines;
}

// `npm exec -- node scripts/bench/first-query.ts <dist>`: the first-query measure alone, over a built site.
if (import.meta.main) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node scripts/bench/first-query.ts <built dist/ folder>');
  console.log(formatCosts(await firstQueries(dist)).join('\n'));
}
