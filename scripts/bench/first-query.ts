/**
 * What a reader's first search costs: for queries of one to six syllables, typed with and
 * without diacritics, a cold browser (new context, empty cache) opens `/tim-kiem/?q=…` and
 * waits for the results. Bytes and requests are what the browser downloaded; latency is from
 * navigation to the results being shown.
 */
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

export interface QueryCost {
  query: string;
  syllables: number;
  requests: number;
  bytes: number;
  milliseconds: number;
  results: string;
}

/** Runs every query against the site in `dist` (served on a free local port). */
export async function firstQueries(dist: string): Promise<QueryCost[]> {
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  const costs: QueryCost[] = [];
  try {
    for (const typed of QUERIES.flatMap((q) => [q, withoutDiacritics(q)])) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let requests = 0;
      let bytes = 0;
      page.on('requestfinished', (request) => {
        requests++;
        void request.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize));
      });
      const start = Date.now();
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(typed)}`);
      await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
      const milliseconds = Date.now() - start;
      await page.waitForLoadState('networkidle');
      costs.push({
        query: typed,
        syllables: typed.split(/\s+/).length,
        requests,
        bytes,
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
