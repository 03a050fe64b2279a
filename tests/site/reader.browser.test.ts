/**
 * What a new reader does on a phone (360 px), in Chromium against the built site: pick a province
 * from the home page, find their way through the longest document with its folding contents, see
 * who leads a commitment, by when, and the citation button on the first screen, and tap targets of
 * 24 px or more on every page kind. Expectations come from the content that was built.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithBrowser } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { loadCorpus } from '../search/corpus.ts';
import { builtPages, pagesUnder } from './dist-pages.ts';
import { atLineStart, sectionNumber, taskTitle } from '../../src/lib/text.ts';
import { TOC_UNFOLDED_UP_TO } from '../../src/lib/data/document-view.ts';

const corpus = loadCorpus();
const PHONE = { width: 360, height: 640 };

/** True when the element is entirely within the current viewport. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      // One pixel of slack: scrolling to an anchor can stop a fraction of a pixel off.
      return r.height > 0 && r.top >= -1 && r.bottom <= window.innerHeight + 1;
    });
}

/** The document with the longest text (most blocks), which the issue calls "131 phone screens". */
function longestDocument(): string {
  return [...corpus.texts.values()].sort((a, b) => b.blocks.length - a.blocks.length)[0]!.id;
}

describeWithBrowser('a reader on a phone', () => {
  const site = useSiteInBrowser();
  const phone = async (javaScriptEnabled = true) => site.browser.newPage({ viewport: PHONE, javaScriptEnabled });

  it('picks their province on the home page and sees its commitments with lead, timing and status', async () => {
    const page = await phone();
    await page.goto(`${site.url}/`);
    const picker = page.locator('section[aria-labelledby="dia-phuong"]');
    // Every place of the site is offered, under the province it belongs to since 2025.
    const offered = await picker.locator('a.place').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(offered.sort()).toEqual([...corpus.places.keys()].map((id) => `/dia-phuong/${id}/`).sort());
    for (const place of corpus.places.values()) {
      if (place.successor && place.successor.full_name !== place.full_name) {
        const card = picker.locator('li.province', { has: page.locator(`a.place[href="/dia-phuong/${place.id}/"]`) });
        await expect(card.innerText()).resolves.toContain(atLineStart(place.successor.full_name));
      }
    }
    // The place with the most commitments: tap it.
    const counts = [...corpus.places.values()].map((place) => {
      const docs = new Set([...corpus.documents.values()].filter((d) => d.place === place.id).map((d) => d.id));
      return { place, commitments: [...corpus.commitments.values()].filter((c) => docs.has(c.document)) };
    });
    const { place, commitments } = counts.sort((a, b) => b.commitments.length - a.commitments.length)[0]!;
    await picker.locator(`a.place[href="/dia-phuong/${place.id}/"]`).click();
    await page.waitForURL(`**/dia-phuong/${place.id}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(atLineStart(place.full_name));
    // Its commitments are all listed, each once, folded by theme, over the pages of the list ("Trang sau →").
    const listed: (string | null)[] = [];
    for (;;) {
      listed.push(
        ...(await page
          .locator('section[aria-labelledby="cam-ket"] .card > a.text')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')))),
      );
      const next = page.locator('nav.pager a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForLoadState();
    }
    expect(listed.sort()).toEqual(commitments.map((c) => `/cam-ket/${c.id}/`).sort());
    await page.goto(`${site.url}/dia-phuong/${place.id}/`);
    const group = page.locator('section[aria-labelledby="cam-ket"] details.group').first();
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    const card = group.locator('.card').first();
    await expect(card.isVisible()).resolves.toBe(true);
    await expect(card.innerText()).resolves.toMatch(/Thời hạn: .+/);
    await expect(card.locator('.status').count()).resolves.toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it('folds and uses the contents of the longest document at 360 px, without JavaScript', async () => {
    const id = longestDocument();
    const sections = [...corpus.sections.values()].filter((s) => s.document === id);
    expect(sections.length, 'the longest document has sections').toBeGreaterThan(3);
    const folded = sections.length > TOC_UNFOLDED_UP_TO;
    const page = await phone(false);
    await page.goto(`${site.url}/van-ban/${id}/`);

    // The contents list every section at every level, each with its number as written.
    const entries = page.locator('#muc-luc ~ .toc li');
    await expect(entries.count()).resolves.toBe(sections.length);
    for (const section of sections.filter((s) => s.label)) {
      await expect(page.locator(`#muc-luc-${section.anchor} > a .number`).textContent()).resolves.toBe(sectionNumber(section.label));
    }
    // Folded (long contents): only the top level shows, each part with subsections behind a toggle.
    const top = sections.filter((s) => s.parent === null);
    const visible = await entries.evaluateAll((lis) => lis.filter((li) => li.checkVisibility()).length);
    expect(visible).toBe(folded ? top.length : sections.length);

    // Deep in the text, the floating "Mục lục" link is on screen and leads to the contents.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(onScreen(page, '.toc-jump')).resolves.toBe(true);
    await page.locator('.toc-jump').click();
    await expect(onScreen(page, '#muc-luc')).resolves.toBe(true);

    // Unfold a part, go to its first subsection, and come back to its entry from the end of that section.
    const parent = top.find((s) => sections.some((child) => child.parent === s.id))!;
    const child = sections.find((s) => s.parent === parent.id)!;
    const toggle = page.locator(`#muc-luc-${parent.anchor} > details`);
    if ((await toggle.getAttribute('open')) === null) await toggle.locator('> summary').click();
    const childLink = page.locator(`#muc-luc-${child.anchor} > a`);
    await expect(childLink.isVisible()).resolves.toBe(true);
    await childLink.click();
    await expect(onScreen(page, `[id="${child.anchor}"]`)).resolves.toBe(true);
    const back = page.locator(`.back-to-toc a[href="#muc-luc-${child.anchor}"]`);
    await expect(back.count()).resolves.toBe(1);
    await back.click();
    await expect(onScreen(page, `#muc-luc-${child.anchor} > a`)).resolves.toBe(true);

    // The summaries are linked from the top of the page.
    const outline = await page.locator('nav.outline a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(outline).toEqual(expect.arrayContaining(['#muc-luc', '#toan-van', '#co-quan']));
    for (const href of outline) await expect(page.locator(href!).count()).resolves.toBe(1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });

  it('shows who leads a commitment, by when, and the citation button on the first phone screen', async () => {
    // The hardest cases: the longest titles and the most lead agencies.
    const hardest = [...corpus.commitments.values()]
      .sort((a, b) => taskTitle(b.text).length + 40 * b.lead.length - (taskTitle(a.text).length + 40 * a.lead.length))
      .slice(0, 8);
    const page = await phone();
    for (const c of hardest) {
      await page.goto(`${site.url}/cam-ket/${c.id}/`);
      const h1 = await page.locator('h1').innerText();
      expect(h1.length, `short title of ${c.id}`).toBeLessThanOrEqual(121);
      expect(c.text.replace(/\s+/g, ' ')).toContain(h1.replace(/…$/, '').replace(/\s+/g, ' '));
      await expect(onScreen(page, '.key-facts > div:nth-child(1) dd'), `lead of ${c.id}`).resolves.toBe(true);
      await expect(onScreen(page, '.key-facts > div:nth-child(3) .status'), `status of ${c.id}`).resolves.toBe(true);
      await expect(onScreen(page, '.key-facts > div:nth-child(2) dd'), `timing of ${c.id}`).resolves.toBe(true);
      await expect(onScreen(page, 'a.button[href="#trich-dan"]'), `citation button of ${c.id}`).resolves.toBe(true);
      // The first lead agency is named on the first screen; every one of them on the page.
      if (c.lead[0]) await expect(onScreen(page, `.key-facts a[href="/co-quan/${c.lead[0]}/"]`)).resolves.toBe(true);
      for (const id of c.lead) {
        await expect(page.locator(`:is(.key-facts, .details) a[href="/co-quan/${id}/"]`).count()).resolves.toBeGreaterThan(0);
      }
    }
    // The button leads to the citation, which quotes the text in full.
    await page.locator('a.button[href="#trich-dan"]').click();
    await expect(onScreen(page, '#trich-dan')).resolves.toBe(true);
    await expect(page.locator('#citation-text').innerText()).resolves.toContain(hardest.at(-1)!.text.slice(0, 80));
    await page.close();
  });

  const KINDS = Object.entries({
    home: '/',
    document: `/van-ban/${longestDocument()}/`,
    commitment: pagesUnder(builtPages(), '/cam-ket/')[0]?.urlPath,
    agencies: '/co-quan/',
    agency: `/co-quan/${[...corpus.agencies.values()].find((a) => [...corpus.commitments.values()].some((c) => c.lead.includes(a.id)))?.id}/`,
    themes: '/chu-de/',
    theme: `/chu-de/${[...corpus.themes.keys()][0]}/`,
    place: `/dia-phuong/${[...corpus.places.keys()][0]}/`,
    reference: `/trich-dan/${[...corpus.references.keys()][0]}/`,
    search: '/tim-kiem/?q=so+tai+chinh',
    notFound: '/khong-co-trang-nay/',
  }).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

  it.each(KINDS)('gives every control a tap target of 24 × 24 px or more, except links inside sentences: %s', async (_kind, urlPath) => {
    const page = await phone();
    await page.goto(`${site.url}${urlPath}`);
    if (urlPath.startsWith('/tim-kiem/')) await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    // Open every fold, so folded controls are measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const small = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type="hidden"]), select')) {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
        if (el.closest('.visually-hidden')) continue;
        if (box.width >= 24 && box.height >= 24) continue;
        // WCAG 2.5.8 exception: a target in a sentence, its size set by the line of text around it.
        if (style.display === 'inline') {
          const block = el.parentElement?.closest('p, li, dd, dt, td, th, blockquote, h1, h2, h3, h4, h5, h6, caption, div');
          const own = (el.textContent ?? '').trim().length;
          const around = (block?.textContent ?? '').trim().length;
          if (around - own >= 3) continue;
        }
        found.push(`${el.outerHTML.slice(0, 100)} (${Math.round(box.width)}×${Math.round(box.height)})`);
      }
      return found;
    });
    await page.close();
    expect(small).toEqual([]);
  });
});
