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
const PAGED = /^\/(?:(?:chu-de|dia-phuong|co-quan|trich-dan)\/[^/]+\/|van-ban\/|co-quan\/)$/;
// A list's own URL, then trang-<n>/: theme, place, agency and cited-document pages, and the document and agency lists.
const FURTHER = /^(\/(?:chu-de|dia-phuong|co-quan|trich-dan)\/(?:[^/]+\/)?|\/van-ban\/)trang-(\d+)\/$/;

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

  it('keep every list page (theme, place, agency, cited document, the document and agency lists, and their further pages) under 200 KB of HTML', () => {
    // A size check, not a timing: the same build gives the same bytes. Document pages are verbatim texts, outside this budget.
    const lists = pages.filter((p) => PAGED.test(p.urlPath) || FURTHER.test(p.urlPath));
    expect(lists.length).toBeGreaterThan(10);
    const over = lists.filter((p) => statSync(p.file).size > 200 * 1024).map((p) => `${p.urlPath} ${statSync(p.file).size} B`);
    expect(over).toEqual([]);
  });
});
