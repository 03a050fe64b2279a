import { describe, expect, it } from 'vitest';
import type { FacetTable } from './facet-table-format.ts';
import { facetCounts, filterHits, mergeHits, sortByScore, sortHits, stableScore, type Hit } from './results.ts';

// Three pages: two from the 2023 programme (one led by Sở Tài chính), one undated news page.
const table: FacetTable = {
  values: { agency: ['Cục Thuế', 'Sở Tài chính'], year: ['2021', '2023'] },
  pages: {
    a: ['2023-01-06', { agency: [1], year: [1] }],
    b: ['2021-03-01', { agency: [0, 1], year: [0] }],
    c: ['', { agency: [0] }],
  },
};
const hits: Hit[] = [
  { id: 'a', score: 2 },
  { id: 'b', score: 5 },
  { id: 'c', score: 1 },
];

describe('mergeHits', () => {
  it('keeps one hit per page with its best score across spellings', () => {
    const merged = mergeHits([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [{ id: 'a', score: 4 }],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 4 },
      { id: 'b', score: 3 },
    ]);
  });
});

describe('stableScore', () => {
  it('gives the same score to float jitter of one page', () => {
    expect(stableScore(14.32896614074707)).toBe(stableScore(14.328965187072754));
  });
});

describe('filterHits', () => {
  it('keeps pages having every chosen value', () => {
    expect(filterHits(table, hits, { agency: 'Sở Tài chính', year: '2021' }).map((h) => h.id)).toEqual(['b']);
  });

  it('keeps everything when nothing is chosen, and nothing for an unknown value', () => {
    expect(filterHits(table, hits, {})).toHaveLength(3);
    expect(filterHits(table, hits, { agency: 'Sở Nội vụ' })).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts values over the hits', () => {
    const counts = facetCounts(table, hits, {});
    expect(Object.fromEntries(counts['agency'] ?? [])).toEqual({ 'Sở Tài chính': 2, 'Cục Thuế': 2 });
  });

  it('applies the other facets but not the facet’s own choice', () => {
    const counts = facetCounts(table, hits, { agency: 'Cục Thuế', year: '2023' });
    // agency counts are limited by year 2023 (only page a) …
    expect(Object.fromEntries(counts['agency'] ?? [])).toEqual({ 'Sở Tài chính': 1 });
    // … and year counts by agency Cục Thuế (pages b and c; c has no year).
    expect(Object.fromEntries(counts['year'] ?? [])).toEqual({ '2021': 1 });
  });
});

describe('sortHits', () => {
  it('orders by relevance, best score first', () => {
    expect(sortHits(table, hits, 'relevance').map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });

  it('orders equal scores by id, not by date, so the order is the same with or without the facet table', () => {
    const tied: Hit[] = [
      { id: 'c', score: 3 },
      { id: 'a', score: 3 },
      { id: 'b', score: 3 },
    ];
    expect(sortByScore(tied).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(sortHits(table, tied, 'relevance')).toEqual(sortByScore(tied));
  });

  it('orders newest first with undated pages last', () => {
    expect(sortHits(table, hits, 'newest').map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders oldest first with undated pages last', () => {
    expect(sortHits(table, hits, 'oldest').map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });
});
