import { expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithBrowser } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { DIST } from '../support/static-server.ts';
import { builtPages, pagesUnder } from './dist-pages.ts';

const pages = builtPages();
const first = (prefix: string) => pagesUnder(pages, prefix)[0]?.urlPath;
const distHtml = (urlPath: string) => {
  const file = path.join(DIST, urlPath, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
};
/** One page of each kind, chosen from what was built. */
const SAMPLES = Object.entries({
  home: '/',
  documents: '/van-ban/',
  document: first('/van-ban/'),
  commitment: first('/cam-ket/'),
  agencies: '/co-quan/',
  agenciesByWorkload: '/co-quan/theo-so-cam-ket/',
  agency: pagesUnder(pages, '/co-quan/').find((p) => p.html.includes('class="commitments"'))?.urlPath,
  themes: '/chu-de/',
  theme: first('/chu-de/'),
  places: '/dia-phuong/',
  place: first('/dia-phuong/'),
  references: '/trich-dan/',
  reference: first('/trich-dan/'),
  figures: '/chi-tieu/',
  search: '/tim-kiem/?q=so+tai+chinh',
  notFound: '/khong-co-trang-nay/',
}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

const SCREENSHOT_DIR = process.env.KHM_SCREENSHOTS;

describeWithBrowser('the site in Chromium', () => {
  const site = useSiteInBrowser();

  const open = async (urlPath: string, width = 1280): Promise<Page> => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.url}${urlPath}`);
    return page;
  };
  const h1 = (page: Page) => page.locator('h1').innerText();

  it('walks home → place → document → commitment → agency → theme, seeing what each step promises', async () => {
    const page = await open('/');
    expect(await h1(page)).toBe('Kế hoạch mở');

    // Choose, from the built pages, a place → document → commitment chain whose commitment has a lead agency.
    const hrefsIn = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);
    const leadCommitment = (docHref: string) =>
      hrefsIn(distHtml(docHref), /class="commitment-link" href="([^"]+)"/g).find((href) =>
        /<dl class="key-facts[^"]*"[^>]*>\s*<div[^>]*>\s*<dt[^>]*>[^<]*<\/dt>\s*<dd[^>]*>\s*<ul class="agency-list/.test(distHtml(href)),
      );
    const docWithLead = (placeHref: string) =>
      hrefsIn(distHtml(placeHref), /href="(\/van-ban\/[^"#]+\/)"/g).find((href) => leadCommitment(href) !== undefined);
    const placeHrefs = await page
      .locator('section[aria-labelledby="dia-phuong"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const placeHref = placeHrefs.find((href) => docWithLead(href) !== undefined);
    expect(placeHref, 'a place with a document whose commitment has a lead agency').toBeDefined();
    const docHref = docWithLead(placeHref!)!;
    const commitmentHref = leadCommitment(docHref)!;

    // Home → the place.
    const placeLink = page.locator(`section[aria-labelledby="dia-phuong"] a[href="${placeHref}"]`);
    const placeName = await placeLink.locator('.name').innerText();
    await placeLink.click();
    expect(await h1(page)).toBe(placeName);
    await expect(page.getByRole('heading', { name: 'Văn bản theo thời gian' }).isVisible()).resolves.toBe(true);

    // Place → the document, from its timeline.
    const docLink = page.locator(`section[aria-labelledby="thoi-gian"] a[href="${docHref}"]`);
    const docTitle = await docLink.innerText();
    await docLink.click();
    expect(await h1(page)).toBe(docTitle);
    await expect(page.getByRole('heading', { name: 'Toàn văn' }).isVisible()).resolves.toBe(true);

    // Document → the highlighted commitment, whose box says who leads it and by when.
    const commitmentBox = page.locator('.commitment', { has: page.locator(`a[href="${commitmentHref}"]`) });
    const boxMeta = await commitmentBox.locator('.commitment-meta').first().innerText();
    expect(boxMeta).toMatch(/Chủ trì: .+Thời hạn: .+/s);
    const textInDocument = (await commitmentBox.innerText()).trim();
    await page.locator(`.commitment-link[href="${commitmentHref}"]`).click();
    expect(page.url()).toBe(`${site.url}${commitmentHref}`);
    // The full quote is the blockquote, or the heading itself when the text is as short as a title.
    const verbatim = await page.locator('.verbatim').first().innerText();
    // The commitment page quotes the same words the document shows (the document may add its numbering).
    expect(textInDocument.replace(/\s+/g, ' ')).toContain(verbatim.replace(/\s+/g, ' ').slice(0, 60));
    await expect(page.locator('nav.breadcrumbs [aria-current="page"]').innerText()).resolves.toBe('Cam kết');
    await expect(page.locator('nav.breadcrumbs ol a').nth(2).getAttribute('href')).resolves.toBe(docHref);
    await expect(page.locator('#citation-text').innerText()).resolves.toContain(verbatim.trim().replace(/[.…]$/, ''));
    const themes = await page.locator('.details .tags a').allInnerTexts();

    // Commitment → its (first) lead agency.
    const agencyLink = page.locator('.key-facts a.agency').first();
    const agencyName = await agencyLink.innerText();
    await agencyLink.click();
    expect(await h1(page)).toBe(agencyName);
    await expect(page.locator(`a[href="${commitmentHref}"]`).count()).resolves.toBeGreaterThan(0);

    // Agency → the commitment's main theme: open its theme group, which lists it and links the theme page.
    const group = page.locator('details.group', { has: page.locator(`a[href="${commitmentHref}"]`) });
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    await expect(group.locator(`a[href="${commitmentHref}"]`).isVisible()).resolves.toBe(true);
    await group.locator('.theme-link a').click();
    expect(await h1(page)).toBe(themes[0]);
    await expect(page.locator(`a[href="${commitmentHref}"]`).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('shows the citation as selectable text without JavaScript, and a copy button with it', async () => {
    const href = first('/cam-ket/')!;
    const noJs = await site.browser.newPage({ javaScriptEnabled: false });
    await noJs.goto(`${site.url}${href}`);
    await expect(noJs.locator('#citation-text').isVisible()).resolves.toBe(true);
    await expect(noJs.locator('button[data-copy-target]').isVisible()).resolves.toBe(false);
    await noJs.close();
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const withJs = await context.newPage();
    await withJs.goto(`${site.url}${href}`);
    await withJs.locator('button[data-copy-target]').click();
    // The clipboard write is asynchronous: wait for the label to change rather than timing it.
    await expect.poll(() => withJs.locator('button[data-copy-target]').innerText()).toBe('Đã sao chép');
    const copied = (await withJs.evaluate('navigator.clipboard.readText()')) as string;
    expect(copied).toBe(await withJs.locator('#citation-text').innerText());
    await context.close();
  });

  it('filters the agency list by kind through plain anchors (no JavaScript needed)', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/co-quan/`);
    const link = page.locator('nav.list-nav ul a').first();
    const target = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    expect(page.url().endsWith(`#${target}`)).toBe(true);
    await expect(page.locator(`#${target} h2`).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('narrows the agency list by name as you type, accents optional', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/co-quan/theo-so-cam-ket/`);
    const rows = page.locator('table.agencies tbody tr');
    const total = await rows.count();
    const name = await rows.first().locator('a').innerText();
    const folded = name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    await page.fill('#agency-filter-input', folded);
    const visible = await rows.evaluateAll((trs) =>
      trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.querySelector('a')?.textContent),
    );
    expect(visible).toContain(name);
    expect(visible.length).toBeLessThanOrEqual(total);
    await page.fill('#agency-filter-input', 'zzzz không có cơ quan này');
    await expect(rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).length)).resolves.toBe(0);
    await page.close();
  });

  it.each(SAMPLES)('fits a 360 px screen without horizontal scrolling: %s', async (_kind, urlPath) => {
    const page = await open(urlPath, 360);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (SCREENSHOT_DIR) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${_kind}-360.png`), fullPage: true });
      const wide = await open(urlPath, 1280);
      await wide.screenshot({ path: path.join(SCREENSHOT_DIR, `${_kind}-1280.png`), fullPage: false });
      await wide.close();
    }
    await page.close();
    expect(width).toBeLessThanOrEqual(360);
  });

  it.each(SAMPLES.flatMap(([kind, urlPath]) => [360, 1280].map((width) => [kind, width, urlPath] as const)))(
    'has no serious or critical axe-core violations: %s at %i px',
    async (_kind, width, urlPath) => {
      const page = await open(urlPath, width);
      // The search page fills its results after loading; check them too.
      if (urlPath.startsWith('/tim-kiem/')) await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
      await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
      const violations = (await page.evaluate(
        '(async () => (await axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, example: v.nodes[0] && v.nodes[0].html.slice(0, 160) })))()',
      )) as { id: string; impact: string }[];
      await page.close();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    },
  );
});

describeWithBrowser('dark scheme and print', () => {
  const site = useSiteInBrowser();

  const KINDS = SAMPLES.filter(([kind]) => ['home', 'document', 'commitment', 'agency'].includes(kind));

  it.each(KINDS)('keeps contrast in the dark scheme (axe color-contrast): %s', async (_kind, urlPath) => {
    const page = await site.browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${site.url}${urlPath}`);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') });
    const violations = (await page.evaluate(
      '(async () => (await axe.run(document, { runOnly: ["color-contrast"] })).violations.map((v) => ({ id: v.id, example: v.nodes[0] && v.nodes[0].html.slice(0, 160) })))()',
    )) as unknown[];
    await page.close();
    expect(violations).toEqual([]);
  });

  it.each(KINDS.filter(([kind]) => kind === 'document' || kind === 'commitment'))(
    'prints the text without navigation: %s',
    async (_kind, urlPath) => {
      const page = await site.browser.newPage();
      await page.goto(`${site.url}${urlPath}`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header.site-header').isVisible()).resolves.toBe(false);
      await expect(page.locator('nav.breadcrumbs').isVisible()).resolves.toBe(false);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      await page.close();
    },
  );
});
