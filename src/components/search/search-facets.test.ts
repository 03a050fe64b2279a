import { describe, expect, it } from 'vitest';
import { searchFacetValues } from './search-facets.ts';

describe('searchFacetValues', () => {
  it('writes one filter per value, with the year taken from the date', () => {
    const values = searchFacetValues({
      kind: 'commitment',
      place: 'Cà Mau',
      document: 'Chương trình hành động 01/CTr-UBND',
      documentKind: 'Chương trình hành động',
      leadAgencies: ['Sở Tài chính', 'Cục Thuế tỉnh'],
      themes: ['Tài chính - ngân sách'],
      date: '2023-01-19',
    });
    expect(values.filters).toEqual([
      ['place', 'Cà Mau'],
      ['document', 'Chương trình hành động 01/CTr-UBND'],
      ['documentKind', 'Chương trình hành động'],
      ['agency', 'Sở Tài chính'],
      ['agency', 'Cục Thuế tỉnh'],
      ['theme', 'Tài chính - ngân sách'],
      ['year', '2023'],
    ]);
    expect(values.sort).toEqual(['date', '2023-01-19']);
    expect(values.meta).toContainEqual(['agencies', 'Sở Tài chính; Cục Thuế tỉnh']);
    expect(values.meta).toContainEqual(['resultType', 'Cam kết']);
  });

  it('drops empty and repeated values', () => {
    const values = searchFacetValues({ kind: 'document', leadAgencies: ['Sở Tư pháp', ' ', 'Sở Tư pháp'], themes: [] });
    expect(values.filters).toEqual([['agency', 'Sở Tư pháp']]);
  });

  it('gives an undated page a sort date that sorts last, so date sorting keeps it', () => {
    const values = searchFacetValues({ kind: 'document' });
    expect(values.sort).toEqual(['date', '0000-00-00']);
    expect(values.filters.find(([key]) => key === 'year')).toBeUndefined();
    expect(values.meta).toEqual([['resultType', 'Văn bản']]);
  });
});
