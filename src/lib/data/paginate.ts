/**
 * Pages of a long list. A theme, place, agency or cited document lists every commitment under
 * it, which grows with the archive (a theme page was 1.3 MB at 8,400 commitments); each such
 * list is cut into pages of a fixed number of items, in the order the page shows them, so no
 * page grows past a few hundred KB whatever the archive's size. Page 1 keeps the page's URL;
 * the others are `<url>trang-<n>/` (see `pageUrl` in src/lib/urls.ts).
 */

/** Commitments per page on theme, place, agency and cited-document pages (≈ 1 KB of HTML each). */
export const COMMITMENTS_PER_PAGE = 100;

/** Rows per page of the agency lists (≈ 0.3 KB of HTML each, so ≈ 130 KB a page). */
export const AGENCIES_PER_PAGE = 400;

/** Documents per page of `/van-ban/` (≈ 0.5 KB of HTML each). */
export const DOCUMENTS_PER_PAGE = 200;

/** Rows per page of `/trich-dan/` (≈ 0.4 KB of HTML each). */
export const REFERENCES_PER_PAGE = 200;

/** Rows per page of the scorecard table `/co-quan/theo-tien-do/` in each order (≈ 0.55 KB of HTML each). */
export const SCORECARD_ROWS_PER_PAGE = 200;

/** Indicator rows per page of `/chi-tieu/` (≈ 0.8 KB of HTML each). */
export const INDICATORS_PER_PAGE = 100;

/** Where a page is among the pages of its list (1-based), and which items it shows. */
export type Pager = {
  page: number;
  pages: number;
  /** Position of its first and last item in the whole list (1-based; 0 and 0 for an empty list). */
  from: number;
  to: number;
  /** Items in the whole list. */
  total: number;
};

/** How many pages `total` items fill, `size` per page; an empty list still has its page 1. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page numbers 1…n of a list of `total` items, for getStaticPaths. */
export function pageNumbers(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) }, (_, i) => i + 1);
}

/** The items of page `page` (1-based) and its pager; a page past the end is a programmer error. */
export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; pager: Pager } {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`Page ${page} does not exist: the list has ${pages} page(s).`);
  const slice = items.slice((page - 1) * size, page * size);
  const from = slice.length > 0 ? (page - 1) * size + 1 : 0;
  return { items: slice, pager: { page, pages, from, to: from === 0 ? 0 : from + slice.length - 1, total: items.length } };
}

/**
 * The page number in a `[...page]` route parameter: undefined for page 1 (the list's own URL),
 * `trang-<n>` for the others. Anything else is not a page of the list.
 */
export function pageParam(param: string | undefined): number {
  if (param === undefined || param === '') return 1;
  const match = /^trang-([1-9]\d*)$/.exec(param);
  if (!match || match[1] === '1') throw new Error(`"${param}" is not a page of a list (expected trang-2, trang-3, …).`);
  return Number(match[1]);
}

/** The route parameter of page `page`: undefined for page 1, else `trang-<n>`. */
export const pageSegment = (page: number): string | undefined => (page === 1 ? undefined : `trang-${page}`);

/**
 * Page `page` of a list shown in groups (rows under place headings, figures under their
 * document): the rows are cut into pages as one list, `size` per page, and each page shows its
 * rows under their groups' heads; a group cut by a page's end is shown on both pages.
 */
export function pageOfGroups<G, T>(
  groups: readonly G[],
  rowsOf: (group: G) => readonly T[],
  withRows: (group: G, rows: T[]) => G,
  page: number,
  size: number,
): { groups: G[]; pager: Pager } {
  const flat = groups.flatMap((group, g) => rowsOf(group).map((row) => ({ g, row })));
  const { items, pager } = pageOf(flat, page, size);
  const out: G[] = [];
  let last = -1;
  let rows: T[] = [];
  const flush = () => last >= 0 && out.push(withRows(groups[last]!, rows));
  for (const { g, row } of items) {
    if (g !== last) {
      flush();
      last = g;
      rows = [];
    }
    rows.push(row);
  }
  flush();
  return { groups: out, pager };
}
