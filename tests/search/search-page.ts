/**
 * Drives /tim-kiem/ in Chromium for the search tests: open a search URL, wait for
 * the results, and read them back as plain data.
 */
import type { Page } from 'playwright-core';

/** One rendered result. */
export interface ShownResult {
  /** Path of the result link, e.g. "/cam-ket/ca-mau-…/". */
  path: string;
  /** Commitment id when the result is a commitment page. */
  commitment: string | null;
  /** Texts of the highlighted words in its excerpt. */
  marks: string[];
  /** The date and agencies line. */
  facts: string;
}

/** Waits until the page has finished its current search. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
}

/** Reads the shown results. */
export async function readResults(page: Page): Promise<ShownResult[]> {
  const raw = await page.$$eval('.search-result', (items) =>
    items.map((item) => ({
      href: item.querySelector<HTMLAnchorElement>('.search-result__title a')?.href ?? '',
      marks: [...item.querySelectorAll(':scope > .search-result__excerpt mark')].map((mark) => mark.textContent ?? ''),
      facts: item.querySelector('.search-result__facts')?.textContent ?? '',
    })),
  );
  return raw.map(({ href, marks, facts }) => {
    const path = new URL(href).pathname;
    return { path, commitment: /\/cam-ket\/([^/]+)\//.exec(path)?.[1] ?? null, marks, facts };
  });
}

/** Opens `/tim-kiem/?<query string>` and returns the results once shown. */
export async function openSearch(page: Page, baseUrl: string, params: Record<string, string>): Promise<ShownResult[]> {
  await page.goto(`${baseUrl}/tim-kiem/?${new URLSearchParams(params).toString()}`);
  await waitForResults(page);
  return readResults(page);
}

/**
 * Opens the filters (folded at first: their values and counts come from the facet table, fetched
 * on opening) and waits until the facet controls are built.
 */
export async function openFilters(page: Page): Promise<void> {
  if ((await page.locator('.search-form__details').getAttribute('open')) === null) await page.click('.search-form__details > summary');
  await page.waitForSelector('#search-facets select', { state: 'attached' });
}
