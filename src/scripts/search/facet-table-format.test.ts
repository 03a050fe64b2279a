import { describe, expect, it } from 'vitest';
import { decodeFacetTable, encodeFacetTable, type FacetTable } from './facet-table-format.ts';

const table: FacetTable = {
  values: { agency: ['Cục Thuế', 'Sở Tài chính'], year: ['2023'] },
  pages: {
    vi_a: ['2023-01-19', { agency: [0, 1], year: [0] }],
    vi_b: ['', { agency: [1] }],
  },
};

describe('facet table file form', () => {
  it('lists values by position, single values as plain numbers', () => {
    expect(encodeFacetTable(table)).toEqual({
      facets: ['agency', 'year'],
      values: [['Cục Thuế', 'Sở Tài chính'], ['2023']],
      dates: ['2023-01-19'],
      pages: [
        ['vi_a', 0, [0, 1], 0],
        ['vi_b', -1, 1, []],
      ],
    });
  });

  it('reads back exactly the table it was written from', () => {
    expect(decodeFacetTable(encodeFacetTable(table))).toEqual(table);
  });
});
