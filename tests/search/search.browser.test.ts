/**
 * Search in headless Chromium against the built index (dist/ is built by the global setup).
 * Expected results are derived from the content YAML, never hard-coded ids.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BLOCK_END } from '../../scripts/search/prepare-html.ts';
import { slugify } from '../../src/lib/slug.ts';
import { describeWithBrowser } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { commitmentsMentioning, loadCommitments, loadCorpus, lower } from './corpus.ts';
import { agencyLabels } from '../../src/lib/data/lookup.ts';
import { openSearch, type ShownResult } from './search-page.ts';

const commitments = loadCommitments();

/** The first `n` commitment results. */
function topCommitments(results: ShownResult[], n: number): string[] {
  return results.flatMap((r) => (r.commitment ? [r.commitment] : [])).slice(0, n);
}

/** Number in the status line ("Tìm thấy 12 kết quả …"). */
async function statusCount(page: Page): Promise<number> {
  return Number((await page.locator('#search-status').innerText()).match(/\d[\d.]*/)?.[0]?.replace(/\./g, '') ?? NaN);
}

/** Folds for comparing highlighted words: no tones, đ → d (as slugify does). */
const fold = (text: string) => slugify(text);

// What a journalist types, and the Vietnamese it means. Expectations come from the content.
const QUERIES = [
  { typed: 'so tai chinh', means: 'Sở Tài chính' },
  { typed: 'dau tu cong', means: 'đầu tư công' },
  { typed: 'ngan hang nha nuoc', means: 'Ngân hàng Nhà nước' },
];

describeWithBrowser('search in Chromium', () => {
  const site = useSiteInBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });

  it('has commitments to search (the content was built)', () => {
    expect(commitments.length).toBeGreaterThan(0);
  });

  it.each(QUERIES)('puts commitments about "$means" first for "$typed", with and without diacritics', async ({ typed, means }) => {
    const expected = commitmentsMentioning(commitments, means);
    expect(expected.size, `no commitment mentions ${means}`).toBeGreaterThan(0);
    const k = Math.min(expected.size, 3);
    for (const query of [typed, means]) {
      const results = await openSearch(page, site.url, { q: query });
      const first = results.find((r) => r.commitment !== null);
      expect(first?.commitment, `first commitment for "${query}"`).toSatisfy((id: string | null) => id !== null && expected.has(id));
      for (const id of topCommitments(results, k)) expect(expected, `top commitments for "${query}"`).toContain(id);
      // The highlighted words are the meant words, đ included.
      const meantWords = new Set(means.split(' ').map(fold));
      expect(first?.marks.some((mark) => meantWords.has(fold(mark)))).toBe(true);
    }
  });

  it('returns an agency’s own page first when the query is its name, typed with or without diacritics', async () => {
    // The three agencies that lead most commitments, by the name the site shows (with the province where it is ambiguous).
    const corpus = loadCorpus();
    const labels = agencyLabels(corpus);
    const busiest = [...corpus.agencies.values()]
      .map((a) => ({ id: a.id, label: labels.get(a.id) ?? a.name, leads: commitments.filter((c) => c.leadIds.includes(a.id)).length }))
      .filter((a) => a.leads > 0 && [...labels.values()].filter((label) => label === a.label).length === 1)
      .sort((a, b) => b.leads - a.leads)
      .slice(0, 3);
    expect(busiest.length).toBeGreaterThan(0);
    for (const agency of busiest) {
      for (const query of [agency.label, slugify(agency.label).replace(/-/g, ' ')]) {
        const results = await openSearch(page, site.url, { q: query });
        expect(results[0]?.path, `first result for "${query}"`).toBe(`/co-quan/${agency.id}/`);
      }
    }
  });

  it('finds every commitment of an agency merged in 2025 by its successor’s name', async () => {
    // From the content: merged or renamed agencies that lead commitments, busiest first.
    const corpus = loadCorpus();
    const labels = agencyLabels(corpus);
    const merged = [...corpus.agencies.values()]
      .filter((a) => a.successor && a.successor.change !== 'functions-moved')
      .map((a) => ({ agency: a, led: commitments.filter((c) => c.leadIds.includes(a.id)).length }))
      .filter((row) => row.led > 0)
      .sort((a, b) => b.led - a.led)
      .slice(0, 3);
    expect(merged.length, 'merged agencies that lead commitments').toBeGreaterThan(0);
    for (const { agency, led } of merged) {
      const successor = agency.successor!.name;
      for (const query of [successor, slugify(successor).replace(/-/g, ' ')]) {
        // The new name, narrowed to the old body's commitments: every one of them is found.
        const results = await openSearch(page, site.url, { q: query, 'co-quan': slugify(labels.get(agency.id)!) });
        expect(results.length, `"${query}" finds commitments of ${agency.name}`).toBeGreaterThan(0);
        await expect(statusCount(page), `"${query}" → ${agency.id}`).resolves.toBe(led);
      }
    }
  });

  it('finds the commitments of a province merged in 2025 by the name of the province it became', async () => {
    const corpus = loadCorpus();
    const merged = [...corpus.places.values()].filter((p) => p.successor && slugify(p.successor.full_name) !== slugify(p.full_name));
    const cases = merged
      .map((place) => {
        const docs = new Set([...corpus.documents.values()].filter((d) => d.place === place.id).map((d) => d.id));
        return { place, count: [...corpus.commitments.values()].filter((c) => docs.has(c.document)).length };
      })
      .filter((row) => row.count > 0);
    expect(cases.length, 'a merged province with commitments').toBeGreaterThan(0);
    for (const { place, count } of cases.slice(0, 2)) {
      const query = slugify(place.successor!.name).replace(/-/g, ' ');
      await openSearch(page, site.url, { q: query, 'dia-phuong': slugify(place.name), 'loai-ket-qua': 'cam-ket' });
      await expect(statusCount(page), `"${query}" → commitments of ${place.name}`).resolves.toBe(count);
    }
  });

  it('finds a province’s commitments by the province’s name and their words ("hau giang nong thon moi")', async () => {
    const corpus = loadCorpus();
    // A place and a three-word phrase of one of its commitments, from the content.
    const found = [...corpus.places.values()].flatMap((place) => {
      const docs = new Set([...corpus.documents.values()].filter((d) => d.place === place.id).map((d) => d.id));
      const own = commitments.filter((c) => docs.has(corpus.commitments.get(c.id)!.document));
      const withPhrase = own.filter((c) => lower(c.text).includes('nông thôn mới'));
      return withPhrase.length > 0 ? [{ place, ids: new Set(own.map((c) => c.id)) }] : [];
    })[0];
    expect(found, 'a place with a commitment about "nông thôn mới"').toBeDefined();
    const results = await openSearch(page, site.url, { q: `${slugify(found!.place.name).replace(/-/g, ' ')} nong thon moi` });
    const shown = topCommitments(results, 5);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of shown) expect(found!.ids, `top commitments are ${found!.place.name}'s`).toContain(id);
  });

  it('loses no result to the missing đ: "dau tu cong" finds at least what "đầu tư công" finds', async () => {
    const withPhrase = commitments.filter((c) => lower(c.text).includes('đầu tư công')).length;
    await openSearch(page, site.url, { q: 'đầu tư công' });
    const exact = await statusCount(page);
    await openSearch(page, site.url, { q: 'dau tu cong' });
    const plain = await statusCount(page);
    expect(exact).toBeGreaterThanOrEqual(withPhrase);
    expect(plain).toBeGreaterThanOrEqual(exact);
  });

  it('finds "được" for "duoc" without Pagefind’s "dự" fallback hits', async () => {
    const exact = await openSearch(page, site.url, { q: 'được' });
    const exactCount = await statusCount(page);
    const plain = await openSearch(page, site.url, { q: 'duoc' });
    expect(exact.length).toBeGreaterThan(0);
    // At least every "được" page (more only if some text really has the letters "duoc").
    await expect(statusCount(page)).resolves.toBeGreaterThanOrEqual(exactCount);
    for (const result of plain) for (const mark of result.marks) expect(fold(mark)).toMatch(/^duoc/);
  });

  it('treats a query typed in NFD like the same query in NFC', async () => {
    const nfc = await openSearch(page, site.url, { q: 'Sở Tài chính' });
    const nfd = await openSearch(page, site.url, { q: 'Sở Tài chính'.normalize('NFD') });
    expect(nfd.map((r) => r.path)).toEqual(nfc.map((r) => r.path));
    await expect(page.inputValue('#search-q')).resolves.toBe('Sở Tài chính');
  });

  it.each(['sở', 'số'])('ranks pages with "%s" spelled exactly above pages with other tones', async (word) => {
    const results = await openSearch(page, site.url, { q: word });
    expect(results.length).toBeGreaterThan(1);
    // For each of the first results, does its indexed text (blocks kept apart, as the index does) have the exact word?
    const paths = results.slice(0, 10).map((r) => r.path);
    const exact: boolean[] = await page.evaluate(
      `Promise.all(${JSON.stringify(paths)}.map(async (path) => {
        const html = (await (await fetch(path)).text()).replace(new RegExp(${JSON.stringify(BLOCK_END.source)}, 'gi'), '$& ');
        const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
        body?.querySelectorAll('[data-pagefind-ignore]').forEach((node) => node.remove());
        const words = (body?.textContent ?? '').normalize('NFC').toLowerCase().split(/[^\\p{L}\\p{N}]+/u);
        return words.includes(${JSON.stringify(word)});
      }))`,
    );
    expect(exact[0]).toBe(true);
    // No page without the exact spelling comes before one with it.
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
  });

  it('announces the number of results in a live region', async () => {
    const results = await openSearch(page, site.url, { q: 'so tai chinh' });
    const status = page.locator('#search-status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    const count = Number((await status.innerText()).match(/\d+/)?.[0]);
    expect(count).toBeGreaterThanOrEqual(results.length);
    expect(count).toBeGreaterThan(0);
  });
});
