/**
 * The search page as a reader uses it: facets with counts, sort, state in the URL
 * (shared links, back/forward), keyboard, no JavaScript, and a 360 px phone screen.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithBrowser } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { loadCommitments, loadCorpus } from './corpus.ts';
import { openFilters, openSearch, readResults, waitForResults } from './search-page.ts';
import { slugify } from '../../src/lib/slug.ts';
import { agencyLabels } from '../../src/lib/data/lookup.ts';

const commitments = loadCommitments();
const QUERY = 'so tai chinh';
// The agency the query names (by its name's slug) that leads commitments, and its facet value: its display name.
const corpus = loadCorpus();
const agencyId = [...corpus.agencies.values()].find(
  (a) => slugify(a.name) === slugify(QUERY) && commitments.some((c) => c.leadIds.includes(a.id)),
)?.id;
const agency = agencyId ? agencyLabels(corpus).get(agencyId) : undefined;
const ledByAgency = new Set(commitments.filter((c) => agencyId && c.leadIds.includes(agencyId)).map((c) => c.id));

/** Number in the status line ("Tìm thấy 12 kết quả …"). */
async function statusCount(page: Page): Promise<number> {
  return Number((await page.locator('#search-status').innerText()).match(/\d[\d.]*/)?.[0]?.replace(/\./g, '') ?? NaN);
}

/** Number in an option label ("2023 (4)"). */
function optionCount(label: string): number {
  return Number(/\((\d+)\)$/.exec(label)?.[1] ?? NaN);
}

describeWithBrowser('search page in Chromium', () => {
  const site = useSiteInBrowser();

  it('filters by lead agency and year with counts that match the results, in the URL, with back/forward', async () => {
    expect(agency, `no lead agency named like "${QUERY}" in the content`).toBeDefined();
    const page = await site.browser.newPage();
    const unfiltered = await openSearch(page, site.url, { q: QUERY });

    await openFilters(page);
    await page.selectOption('#facet-co-quan', agency ?? '');
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('co-quan')).toBe(slugify(agency ?? ''));
    const byAgency = await readResults(page);
    for (const result of byAgency) expect(ledByAgency).toContain(result.commitment);
    await expect(statusCount(page)).resolves.toBe(ledByAgency.size);

    // Pick the first year that has results; its count must equal the results after choosing it.
    const years = await page.$$eval('#facet-nam option:not([value=""]):not(:disabled)', (options) =>
      options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })),
    );
    const year = years[0];
    expect(year).toBeDefined();
    await page.selectOption('#facet-nam', year?.value ?? '');
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('nam')).toBe(year?.value);
    await expect(statusCount(page)).resolves.toBe(optionCount(year?.label ?? ''));
    const byYear = await readResults(page);
    for (const result of byYear) expect(result.facts).toContain(year?.value);

    // A shared link reproduces the same results in a fresh page.
    const shared = await site.browser.newPage();
    await shared.goto(page.url());
    await waitForResults(shared);
    expect((await readResults(shared)).map((r) => r.path)).toEqual(byYear.map((r) => r.path));
    await expect(shared.inputValue('#search-q')).resolves.toBe(QUERY);
    await expect(shared.inputValue('#facet-nam')).resolves.toBe(year?.value);

    // Back removes the year, back again the agency; forward restores them.
    await page.goBack();
    await waitForResults(page);
    await expect(page.inputValue('#facet-nam')).resolves.toBe('');
    expect((await readResults(page)).map((r) => r.path)).toEqual(byAgency.map((r) => r.path));
    await page.goBack();
    await waitForResults(page);
    await expect(page.inputValue('#facet-co-quan')).resolves.toBe('');
    expect((await readResults(page)).map((r) => r.path)).toEqual(unfiltered.map((r) => r.path));
    await page.goForward();
    await page.goForward();
    await waitForResults(page);
    await expect(page.inputValue('#facet-nam')).resolves.toBe(year?.value);
  });

  it('fetches the facet table only when the filters are opened, then counts the results shown', async () => {
    const page = await site.browser.newPage();
    const tables: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/khm-facets')) tables.push(request.url());
    });
    const results = await openSearch(page, site.url, { q: QUERY });
    expect(results.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(tables).toEqual([]);
    await expect(page.locator('.search-form__details').getAttribute('open')).resolves.toBeNull();

    await openFilters(page);
    expect(tables).toHaveLength(1);
    // The type counts add up to the results found (every page has one result type).
    const typeCounts = await page.$$eval('#facet-loai-ket-qua option:not([value=""])', (options) =>
      options.map((option) => option.textContent ?? ''),
    );
    const sum = typeCounts.map(optionCount).reduce((a, b) => a + b, 0);
    await expect(statusCount(page)).resolves.toBe(sum);
    // Folding and opening again does not fetch it again.
    await page.click('.search-form__details > summary');
    await page.click('.search-form__details > summary');
    expect(tables).toHaveLength(1);
  });

  it('opens the filters and fetches the table first when the URL chooses a facet', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, site.url, { q: QUERY, 'co-quan': slugify(agency ?? '') });
    await expect(page.locator('.search-form__details').getAttribute('open')).resolves.toBe('');
    await expect(page.inputValue('#facet-co-quan')).resolves.toBe(agency);
    for (const result of await readResults(page)) expect(ledByAgency).toContain(result.commitment);
  });

  it('lists matching sections under document results only, never page headings under a commitment', async () => {
    const page = await site.browser.newPage();
    // "ngan hang nha nuoc" also matches the "Tình trạng … Chưa cập nhật" heading of every commitment page (prefix "nha").
    await openSearch(page, site.url, { q: 'ngan hang nha nuoc' });
    const shown = await page.$$eval('.search-result', (items) =>
      items.map((item) => ({
        href: item.querySelector<HTMLAnchorElement>('.search-result__title a')?.getAttribute('href') ?? '',
        sections: item.querySelectorAll('.search-result__sections li').length,
      })),
    );
    const commitmentResults = shown.filter((r) => r.href.includes('/cam-ket/'));
    expect(commitmentResults.length).toBeGreaterThan(0);
    for (const result of commitmentResults) expect(result, result.href).toMatchObject({ sections: 0 });
  });

  it('clears every filter with one button, keeping the query', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, site.url, { q: QUERY, 'co-quan': slugify(agency ?? '') });
    await expect(page.inputValue('#facet-co-quan')).resolves.toBe(agency);
    await page.click('#search-clear');
    await waitForResults(page);
    expect(new URL(page.url()).search).toBe('?q=so+tai+chinh');
    await expect(page.inputValue('#facet-co-quan')).resolves.toBe('');
  });

  it('sorts by date, newest first, and keeps the order in the URL', async () => {
    const page = await site.browser.newPage();
    await openSearch(page, site.url, { q: 'tài chính' });
    await openFilters(page);
    await page.selectOption('#search-sort', 'newest');
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('sap-xep')).toBe('moi-nhat');
    const dates = await page.$$eval('.search-result__facts time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('updates the results and the URL while typing', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/tim-kiem/`);
    await waitForResults(page);
    await page.fill('#search-q', 'ngan sach');
    await page.waitForURL(/\?q=ngan\+sach/);
    await waitForResults(page);
    expect((await readResults(page)).length).toBeGreaterThan(0);
  });

  it('moves through results with the arrow keys and shows where focus is', async () => {
    const page = await site.browser.newPage();
    const results = await openSearch(page, site.url, { q: QUERY });
    expect(results.length).toBeGreaterThan(1);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.id);
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(results[0]?.path);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe(results[1]?.path);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(focused()).resolves.toBe('search-q');
  });

  it('reaches the search page from the header box on another page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.fill('#site-search', QUERY);
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=so\+tai\+chinh/);
    await waitForResults(page);
    expect((await readResults(page)).length).toBeGreaterThan(0);
  });

  it('without JavaScript, explains why and points to the browse pages instead of a form that cannot search', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    // Where the header box of any other page sends a reader.
    await page.goto(`${site.url}/tim-kiem/?q=dau+tu`);
    await expect(page.locator('.search-noscript').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-form').isVisible()).resolves.toBe(false);
    const links = await page.locator('.search-noscript a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/dia-phuong/', '/co-quan/', '/chu-de/']));
    await page.locator('.search-noscript a[href="/dia-phuong/"]').click();
    await page.waitForURL(/\/dia-phuong\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Địa phương');
    await page.close();
  });

  it('reaches the first result in two Tab presses through the "skip to results" link', async () => {
    const page = await site.browser.newPage();
    const results = await openSearch(page, site.url, { q: QUERY });
    expect(results.length).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Bỏ qua, đến kết quả tìm kiếm');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(results[0]?.path);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious axe-core violations with results and open filters (%s scheme)',
    async (colorScheme) => {
      const page = await site.browser.newPage({ colorScheme, viewport: { width: 1024, height: 900 } });
      await openSearch(page, site.url, { q: QUERY });
      await openFilters(page);
      await expect(page.locator('.search-form__details').getAttribute('open')).resolves.toBe('');
      await page.addScriptTag({ path: path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js') });
      const violations = (await page.evaluate(
        '(async () => (await axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => ({ id: v.id, impact: v.impact, example: v.nodes[0] && v.nodes[0].html.slice(0, 160) })))()',
      )) as { id: string; impact: string }[];
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    },
  );

  it('fits a 360 px wide phone screen without sideways scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await openSearch(page, site.url, { q: QUERY });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
});
