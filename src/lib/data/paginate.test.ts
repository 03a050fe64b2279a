import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.ts';
import { readCorpusDir } from './read-corpus.ts';
import { fixtureCorpus } from './test-corpus.ts';
import { corpusIndex, listOf } from './corpus-index.ts';
import { byMainTheme } from './lookup.ts';
import { COMMITMENTS_PER_PAGE, pageCount, pageNumbers, pageOf, pageOfGroups, pageParam, pageSegment } from './paginate.ts';
import { agenciesByKind, agencyListPage, agencyPages, agencyRows, agencyView, DEADLINES_SHOWN, type AgencyRow } from './agency-view.ts';
import { AGENCIES_PER_PAGE } from './paginate.ts';
import { placePages, placeView, referencePages, referenceView, themePages, themeView } from './topic-views.ts';

// The converted seeds: several places, themes and agencies have more than one page of commitments.
const corpus = buildCorpus(readCorpusDir('content'));
const TODAY = '2026-01-01';

describe('pages of a list', () => {
  it.each([
    [0, 1],
    [1, 1],
    [100, 1],
    [101, 2],
    [250, 3],
  ])('%i items fill %i page(s) of 100', (total, pages) => {
    expect(pageCount(total, 100)).toBe(pages);
    expect(pageNumbers(total, 100)).toHaveLength(pages);
  });

  it('slices a page and says which items it shows', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(pageOf(items, 3, 100)).toEqual({ items: items.slice(200), pager: { page: 3, pages: 3, from: 201, to: 250, total: 250 } });
    expect(pageOf([], 1, 100).pager).toEqual({ page: 1, pages: 1, from: 0, to: 0, total: 0 });
    expect(() => pageOf(items, 4, 100)).toThrow(/Page 4 does not exist/);
  });

  it('reads trang-<n> from the route, page 1 being the bare URL, and writes it back', () => {
    expect(pageParam(undefined)).toBe(1);
    expect(pageParam('trang-12')).toBe(12);
    for (const wrong of ['trang-1', 'trang-0', 'trang-02', 'page-2', '2']) expect(() => pageParam(wrong)).toThrow(/not a page/);
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(7)).toBe('trang-7');
    expect(pageParam(pageSegment(7))).toBe(7);
  });
});

/** Commitment ids of every page of a view, in page order. */
function allPages(pages: number, idsOfPage: (page: number) => string[]): string[][] {
  return Array.from({ length: pages }, (_, i) => idsOfPage(i + 1));
}

describe('paginated views', () => {
  const index = corpusIndex(corpus);

  it('cut the longest lists of the seeds into pages of at most COMMITMENTS_PER_PAGE', () => {
    const longest = Math.max(...[...corpus.places.keys()].map((id) => listOf(index.commitmentsOfPlace, id).length));
    expect(longest).toBeGreaterThan(COMMITMENTS_PER_PAGE);
  });

  it('list every commitment of a place once over its pages, in the order of the single list by main theme', () => {
    for (const id of corpus.places.keys()) {
      const pages = allPages(placePages(corpus, id), (page) =>
        placeView(corpus, id, TODAY, page).groups.flatMap((g) => g.items.map((item) => item.commitment.id)),
      );
      for (const page of pages) expect(page.length).toBeLessThanOrEqual(COMMITMENTS_PER_PAGE);
      const single = byMainTheme(
        corpus,
        listOf(index.commitmentsOfPlace, id).map((commitment) => ({ commitment })),
      ).flatMap((g) => g.items.map((item) => item.commitment.id));
      expect(pages.flat(), id).toEqual(single);
      expect(placeView(corpus, id, TODAY, pages.length).pager).toMatchObject({
        page: pages.length,
        pages: pages.length,
        total: single.length,
      });
    }
  });

  it('list every commitment of a theme once over its pages, by place then document', () => {
    for (const id of corpus.themes.keys()) {
      const count = themePages(corpus, id);
      const pages = allPages(count, (page) =>
        themeView(corpus, id, page).places.flatMap((p) => p.documents.flatMap((d) => d.commitments.map((s) => s.commitment.id))),
      );
      const all = pages.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(new Set(all)).toEqual(new Set(listOf(index.commitmentsOfTheme, id).map((c) => c.id)));
      // A place's documents come together: once a page moves on to another place, it never comes back.
      const places = all.map((cid) => corpus.documents.get(corpus.commitments.get(cid)!.document)!.place);
      const runs = places.filter((place, i) => i === 0 || place !== places[i - 1]);
      expect(new Set(runs).size, id).toBe(runs.length);
      // The agencies table is on page 1 only.
      if (count > 1) expect(themeView(corpus, id, 2).agencies).toEqual([]);
    }
  });

  it("list an agency's own commitments, leads first within each theme, then the inherited ones, once over its pages", () => {
    for (const id of corpus.agencies.keys()) {
      const count = agencyPages(corpus, id);
      const views = Array.from({ length: count }, (_, i) => agencyView(corpus, id, TODAY, i + 1));
      const own = views.flatMap((v) => v.groups.flatMap((g) => g.items.map((item) => item.commitment.id)));
      const inherited = views.flatMap((v) => v.inherited.flatMap((g) => g.items.map((item) => item.commitment.id)));
      expect(new Set(own)).toEqual(new Set([...views[0]!.leads, ...views[0]!.supports].map((c) => c.id)));
      expect(own).toHaveLength(views[0]!.leads.length + views[0]!.supports.length);
      expect(own.length + inherited.length).toBe(views[0]!.pager.total);
    }
  });

  it("show an agency's next and latest past deadlines, at most DEADLINES_SHOWN of each, and count the rest", () => {
    // The fixture plus 30 dated commitments of one agency, half before the date below and half after.
    const base = [...fixtureCorpus().commitments.values()].find((c) => c.lead.length > 0)!;
    const busy = fixtureCorpus({
      commitments: Array.from({ length: 30 }, (_, i) => ({
        id: `${base.document}--them--${i}`,
        data: {
          ...base,
          id: undefined,
          order: 9000 + i,
          deadlines: [{ date: `${2022 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-15`, phrase: 'trước ngày 15' }],
        },
      })),
    });
    const views = [...busy.agencies.keys()].map((id) => agencyView(busy, id, '2023-01-01'));
    const busiest = views.reduce((a, b) => (b.deadlines.length > a.deadlines.length ? b : a));
    expect(busiest.upcoming.length).toBeGreaterThan(DEADLINES_SHOWN);
    expect(busiest.past.length).toBeGreaterThan(DEADLINES_SHOWN);
    for (const view of views) {
      expect(view.shown.upcoming).toEqual(view.upcoming.slice(0, DEADLINES_SHOWN));
      expect(view.shown.past).toEqual(view.past.slice(0, DEADLINES_SHOWN));
      expect(view.shown.more).toBe(view.deadlines.length - view.shown.upcoming.length - view.shown.past.length);
    }
  });

  it('list the commitments citing a reference once over its pages, in corpus order', () => {
    for (const id of corpus.references.keys()) {
      const pages = allPages(referencePages(corpus, id), (page) =>
        referenceView(corpus, id, page).citedBy.flatMap((g) => g.commitments.map((s) => s.commitment.id)),
      );
      expect(pages.flat()).toEqual(listOf(index.commitmentsCiting, id).map((c) => c.id));
    }
  });
});

describe('pages of the agency list', () => {
  // The seeds' agencies, repeated into a list long enough for several pages.
  const seedRows = agencyRows(corpus);
  const rows: AgencyRow[] = Array.from({ length: Math.ceil((AGENCIES_PER_PAGE * 2.5) / seedRows.length) }, (_, n) =>
    seedRows.map((row) => ({ ...row, agency: { ...row.agency, id: `${row.agency.id}-${n}` } })),
  ).flat();
  const byKind = agenciesByKind(rows);

  it('hold every row once, in the by-kind order, at most AGENCIES_PER_PAGE a page', () => {
    const first = agencyListPage(byKind, 1);
    expect(first.pager.pages).toBe(pageCount(rows.length, AGENCIES_PER_PAGE));
    const pages = Array.from({ length: first.pager.pages }, (_, i) => agencyListPage(byKind, i + 1).groups.flatMap((g) => g.rows));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(AGENCIES_PER_PAGE);
    expect(pages.flat().map((r) => r.agency.id)).toEqual(byKind.flatMap((g) => g.rows.map((r) => r.agency.id)));
  });

  it('link each kind to the page its first agency is on, with the whole kind’s count', () => {
    const { kinds, pager } = agencyListPage(byKind, 1);
    expect(kinds.map((k) => k.kind)).toEqual(byKind.map((g) => g.kind));
    for (const { kind, count, page } of kinds) {
      expect(count).toBe(byKind.find((g) => g.kind === kind)!.rows.length);
      const on = agencyListPage(byKind, page).groups.find((g) => g.kind === kind);
      expect(on, kind).toBeDefined();
      if (page > 1) expect(agencyListPage(byKind, page - 1).groups.at(-1)?.kind).not.toBe(kind);
      expect(page).toBeLessThanOrEqual(pager.pages);
    }
  });
});

describe('pages of a grouped list', () => {
  const groups = [
    { name: 'a', rows: [1, 2, 3] },
    { name: 'b', rows: [4, 5] },
    { name: 'c', rows: [6, 7, 8, 9] },
  ];
  const page = (n: number) =>
    pageOfGroups(
      groups,
      (g) => g.rows,
      (g, rows) => ({ ...g, rows }),
      n,
      4,
    );

  it('cuts the rows as one list and shows each page’s rows under their groups, a cut group on both pages', () => {
    expect(page(1).groups).toEqual([
      { name: 'a', rows: [1, 2, 3] },
      { name: 'b', rows: [4] },
    ]);
    expect(page(2).groups).toEqual([
      { name: 'b', rows: [5] },
      { name: 'c', rows: [6, 7, 8] },
    ]);
    expect(page(3).groups).toEqual([{ name: 'c', rows: [9] }]);
    expect(page(3).pager).toMatchObject({ page: 3, pages: 3, from: 9, to: 9, total: 9 });
  });

  it('has a page 1 when there is nothing to show', () => {
    expect(
      pageOfGroups(
        [],
        () => [],
        (g) => g,
        1,
        4,
      ),
    ).toEqual({ groups: [], pager: { page: 1, pages: 1, from: 0, to: 0, total: 0 } });
  });
});
