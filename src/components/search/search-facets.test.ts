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
      ['type', 'Cam kết'],
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

  it('writes a short kicker from the type, the document number and the place', () => {
    const values = searchFacetValues({ kind: 'commitment', number: '01/CTr-UBND', place: 'Cà Mau' });
    expect(values.meta).toContainEqual(['kicker', 'Cam kết · 01/CTr-UBND · Cà Mau']);
    expect(searchFacetValues({ kind: 'agency', place: 'Cà Mau' }).meta).toContainEqual(['kicker', 'Cơ quan · Cà Mau']);
  });

  it('takes years from the date and from the deadlines, once each, in order', () => {
    const values = searchFacetValues({ kind: 'commitment', date: '2023-01-19', years: ['2025', '2023', '2024'] });
    expect(values.filters.filter(([key]) => key === 'year').map(([, year]) => year)).toEqual(['2023', '2024', '2025']);
  });

  it('drops empty and repeated values', () => {
    const values = searchFacetValues({ kind: 'document', leadAgencies: ['Sở Tư pháp', ' ', 'Sở Tư pháp'], themes: [] });
    expect(values.filters).toEqual([
      ['type', 'Văn bản'],
      ['agency', 'Sở Tư pháp'],
    ]);
  });

  it('gives an undated page a sort date that sorts last, so date sorting keeps it', () => {
    const values = searchFacetValues({ kind: 'document' });
    expect(values.sort).toEqual(['date', '0000-00-00']);
    expect(values.filters.find(([key]) => key === 'year')).toBeUndefined();
    expect(values.meta).toEqual([
      ['resultType', 'Văn bản'],
      ['kicker', 'Văn bản'],
    ]);
  });
});
