/**
 * The pages of issue 14 in Chromium at 360 and 1280 px: no serious or critical axe-core
 * violation, no sideways scrolling on a phone, contrast in the dark scheme, the chart as an
 * image with a title, and the scorecard table sorted by plain links without JavaScript.
 * With KHM_SCREENSHOTS=<dir>, each page is also saved at both widths to be looked at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithBrowser } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { builtPages, pagesUnder } from '../site/dist-pages.ts';

const pages = builtPages();
const indicatorPages = pagesUnder(pages, '/chi-tieu/').filter((p) => /^\/chi-tieu\/[^/]+\/$/.test(p.urlPath));
// An indicator with both a target and a result (a band or line and a dot), and one with a target only.
const paired = indicatorPages.find((p) => /class="(band|threshold)"/.test(p.html) && /<circle[^>]*class="result"/.test(p.html));
const targetOnly = indicatorPages.find((p) => p.html.includes('class="missing"'));
const agency = pagesUnder(pages, '/co-quan/').find((p) => p.html.includes('id="tien-do"'));
const SAMPLES = Object.entries({
  indicators: '/chi-tieu/',
  indicatorPaired: paired?.urlPath,
  indicatorTargetOnly: targetOnly?.urlPath,
  openData: '/du-lieu/',
  changes: '/thay-doi/',
  about: '/gioi-thieu/',
  scorecards: '/co-quan/theo-tien-do/',
  agencyScorecard: agency?.urlPath,
}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
const WIDTHS = [360, 1280] as const;
const CASES = SAMPLES.flatMap(([kind, urlPath]) => WIDTHS.map((width) => [kind, urlPath, width] as const));
const SCREENSHOT_DIR = process.env.KHM_SCREENSHOTS;

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const serious = async (page: Page, options = '{ resultTypes: ["violations"] }') => {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(
    `(async () => (await axe.run(document, ${options})).violations.map((v) => ({ id: v.id, impact: v.impact, example: v.nodes[0] && v.nodes[0].html.slice(0, 160) })))()`,
  )) as { id: string; impact: string }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
};

describeWithBrowser('the open data, indicator, progress and about pages in Chromium', () => {
  const site = useSiteInBrowser();
  const open = async (urlPath: string, width: number, options: { colorScheme?: 'dark'; javaScriptEnabled?: boolean } = {}) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 }, ...options });
    await page.goto(`${site.url}${urlPath}`);
    return page;
  };

  it('found every kind of page to check', () => {
    expect(SAMPLES.map(([kind]) => kind)).toEqual([
      'indicators',
      'indicatorPaired',
      'indicatorTargetOnly',
      'openData',
      'changes',
      'about',
      'scorecards',
      'agencyScorecard',
    ]);
  });

  it.each(CASES)('has no serious or critical axe-core violations and fits the screen: %s (%s) at %d px', async (kind, urlPath, width) => {
    const page = await open(urlPath, width);
    if (SCREENSHOT_DIR) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${kind}-${width}.png`), fullPage: true });
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const violations = await serious(page);
    await page.close();
    expect(violations).toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });

  it.each(SAMPLES.filter(([kind]) => kind.startsWith('indicator')))('keeps contrast in the dark scheme: %s', async (_kind, urlPath) => {
    const page = await open(urlPath, 1280, { colorScheme: 'dark' });
    const violations = await serious(page, '{ runOnly: ["color-contrast"] }');
    await page.close();
    expect(violations).toEqual([]);
  });

  it('draws the chart as an image with a title and a description, without any script, readable at 360 px', async () => {
    const page = await open(paired!.urlPath, 360, { javaScriptEnabled: false });
    const svg = page.locator('figure.chart svg[role="img"]');
    await expect(svg.isVisible()).resolves.toBe(true);
    await expect(page.locator('figure.chart svg title').textContent()).resolves.toBeTruthy();
    await expect(page.locator('figure.chart svg desc').textContent()).resolves.toMatch(/Chỉ tiêu|Kết quả/);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // Chart text stays at least 11 px on a phone.
    const fontSize = await page
      .locator('figure.chart svg text')
      .first()
      .evaluate((el) => (el as SVGTextElement).getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(11);
    await page.close();
  });

  it('sorts the scorecard table through its column links without JavaScript', async () => {
    const page = await open('/co-quan/theo-tien-do/', 1280, { javaScriptEnabled: false });
    await expect(page.locator('th[aria-sort]').count()).resolves.toBe(1);
    await page.locator('thead a', { hasText: 'Cơ quan' }).click();
    expect(page.url()).toBe(`${site.url}/co-quan/theo-tien-do/ten/`);
    const names = await page.locator('tbody th[scope="row"]').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi', { sensitivity: 'base', numeric: true })));
    await expect(page.locator('th[aria-sort="ascending"]').innerText()).resolves.toContain('Cơ quan');
    await page.close();
  });
});
