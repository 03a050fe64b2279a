/**
 * Long lists in pages (issue 13): a theme, place, agency or cited document whose commitments do
 * not fit one page goes on at `<url>trang-<n>/`. Checks over dist/ that each such chain is whole
 * and walkable both ways, and that no list page passes the size budget. The link check
 * (links.test.ts) already resolves every pager link and `<link rel>` like any other href.
 */
import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { attributeValues, builtPages, type BuiltPage } from './dist-pages.ts';
import { COMMITMENTS_PER_PAGE } from '../../src/lib/data/paginate.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.urlPath, p]));
// A list's own URL, then trang-<n>/: theme, place, agency and cited-document pages, their lists of documents, the
// document, agency, cited-document and indicator lists, and the scorecard table in each order.
const FURTHER =
  /^(\/(?:chu-de|dia-phuong|co-quan|trich-dan)\/(?:[^/]+\/(?:van-ban\/|co-quan\/)?)?|\/(?:van-ban|chi-tieu)\/|\/co-quan\/theo-tien-do\/[^/]+\/)trang-(\d+)\/$/;
/** The pages of a document's text: `/van-ban/<doc>/` and `/van-ban/<doc>/trang-<n>/` (these are search results, each its part). */
const TEXT_PART = /^(\/van-ban\/[^/]+\/)trang-(\d+)\/$/;
/** The size budget of every page (issue 13): rows per page × the largest row, or a text's part, keep pages under it at any scale. */
const PAGE_BUDGET = 200 * 1024;

/** The href of the page's `<a rel="…">` (the pager) and of its `<link rel="…">` (the head). */
function rel(page: BuiltPage, value: 'prev' | 'next'): { anchor: string | null; link: string | null } {
  const find = (tag: string) =>
    [...page.html.matchAll(new RegExp(`<${tag}\\b[^>]*\\brel="${value}"[^>]*>`, 'g'))].map(
      (m) => attributeValues(` ${m[0]}`, 'href')[0] ?? null,
    )[0] ?? null;
  return { anchor: find('a'), link: find('link') };
}

/** Commitment links of the page's list (those in its main content, deduplicated). */
function commitmentLinks(page: BuiltPage): string[] {
  return [...new Set(attributeValues(page.html, 'href').filter((href) => href.startsWith('/cam-ket/')))];
}

/** The list's chain from page 1, following rel="next". */
function chain(first: BuiltPage): BuiltPage[] {
  const seen: BuiltPage[] = [first];
  for (let page = first; ;) {
    const next = rel(page, 'next');
    if (!next.anchor) return seen;
    const target = byPath.get(next.anchor);
    expect(target, `${page.urlPath} → ${next.anchor}`).toBeDefined();
    expect(seen).not.toContain(target);
    page = target!;
    seen.push(page);
  }
}

describe('pages of long lists', () => {
  const further = pages.filter((p) => FURTHER.test(p.urlPath));

  it('exist at the seeds’ scale (so the checks below check something)', () => {
    expect(further.length).toBeGreaterThan(0);
  });

  it('form, from each list’s own URL, one chain trang-2, trang-3, … that rel="prev" walks back, with "Trang i / n" on each', () => {
    const lists = new Set(further.map((p) => FURTHER.exec(p.urlPath)![1]!));
    for (const listUrl of lists) {
      const first = byPath.get(listUrl)!;
      const walked = chain(first);
      const count = further.filter((p) => p.urlPath.startsWith(listUrl) && FURTHER.test(p.urlPath)).length + 1;
      expect(walked.map((p) => p.urlPath)).toEqual([listUrl, ...Array.from({ length: count - 1 }, (_, i) => `${listUrl}trang-${i + 2}/`)]);
      walked.forEach((page, i) => {
        expect(page.html, page.urlPath).toContain(`Trang ${i + 1} / ${count}`);
        expect(rel(page, 'prev').anchor).toBe(i === 0 ? null : walked[i - 1]!.urlPath);
        expect(rel(page, 'prev').link).toBe(i === 0 ? null : walked[i - 1]!.urlPath);
        expect(rel(page, 'next').link).toBe(i === count - 1 ? null : walked[i + 1]!.urlPath);
      });
    }
  });

  it('list each commitment once over a list’s pages, at most COMMITMENTS_PER_PAGE per page', () => {
    const lists = new Set(further.map((p) => FURTHER.exec(p.urlPath)![1]!));
    for (const listUrl of lists) {
      // Page 1 also links commitments outside the list (deadlines); the further pages hold the list only.
      const rest = chain(byPath.get(listUrl)!).slice(1).map(commitmentLinks);
      for (const links of rest) expect(links.length).toBeLessThanOrEqual(COMMITMENTS_PER_PAGE);
      const all = rest.flat();
      expect(new Set(all).size, listUrl).toBe(all.length);
    }
  });

  it('are not search results of their own (only page 1 carries data-pagefind-body)', () => {
    for (const page of further) expect(page.html, page.urlPath).not.toContain('data-pagefind-body');
  });

  it('keep every page of the site — lists, document texts, everything — under 200 KB of HTML', () => {
    // A size check, not a timing: the same build gives the same bytes.
    expect(pages.length).toBeGreaterThan(100);
    const over = pages.filter((p) => statSync(p.file).size > PAGE_BUDGET).map((p) => `${p.urlPath} ${statSync(p.file).size} B`);
    expect(over).toEqual([]);
  });
});

describe('pages of a long document text', () => {
  const parts = pages.filter((p) => TEXT_PART.test(p.urlPath));
  const ids = (html: string) => new Set(attributeValues(html, 'id'));

  it('exist at the seeds’ scale: a long text is cut, and each part is its own search result under 200 KB', () => {
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      expect(part.html, part.urlPath).toContain('data-pagefind-body');
      expect(statSync(part.file).size, part.urlPath).toBeLessThanOrEqual(PAGE_BUDGET);
    }
  });

  it('form one chain from the document’s own URL, with "Trang i / n" and rel="prev"/"next" on each', () => {
    for (const docUrl of new Set(parts.map((p) => TEXT_PART.exec(p.urlPath)![1]!))) {
      const walked = chain(byPath.get(docUrl)!);
      const count = parts.filter((p) => p.urlPath.startsWith(docUrl)).length + 1;
      expect(walked.map((p) => p.urlPath)).toEqual([docUrl, ...Array.from({ length: count - 1 }, (_, i) => `${docUrl}trang-${i + 2}/`)]);
      walked.forEach((page, i) => expect(page.html, page.urlPath).toContain(`Trang ${i + 1} / ${count}`));
    }
  });

  it('hold each section heading and highlighted commitment on one page only, and page 1 names every anchor moved to a later page', () => {
    for (const docUrl of new Set(parts.map((p) => TEXT_PART.exec(p.urlPath)![1]!))) {
      const walked = chain(byPath.get(docUrl)!);
      // Ids of the text itself: section headings inside the text and commitment boxes.
      const textIds = walked.map((page) => {
        const start = page.html.indexOf('id="toan-van"');
        const text = page.html.slice(start, page.html.indexOf('<nav class="pager"', start));
        return [...text.matchAll(/<(?:h[2-6]|div class="commitment"|p class="commitment-meta") id="([^"]+)"/g)].map((m) => m[1]!);
      });
      const all = textIds.flat();
      expect(new Set(all).size, docUrl).toBe(all.length);
      // Page 1 lists, per later page, the anchors on it (for links made before the text was cut).
      const moved = new Map(
        [...walked[0]!.html.matchAll(/data-moved-to="([^"]+)" data-anchors="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.split(' ').sort()]),
      );
      const expected = new Map(walked.slice(1).map((page, i) => [page.urlPath, [...textIds[i + 1]!].sort()]));
      for (const [url, anchors] of expected) if (anchors.length === 0) expected.delete(url);
      expect(moved, docUrl).toEqual(expected);
      for (const [i, page] of walked.entries()) for (const id of textIds[i]!) expect(ids(page.html).has(id)).toBe(true);
    }
  });
});
