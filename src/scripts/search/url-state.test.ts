import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState, type SearchState } from './url-state.ts';

const values = { agency: ['Sở Tài chính', 'Ngân hàng Nhà nước chi nhánh tỉnh'], theme: ['Đầu tư công'], year: ['2023'] };

describe('writeUrlState', () => {
  it('writes the query and facet slugs with Vietnamese parameter names', () => {
    const state: SearchState = { query: 'đầu tư công', selection: { agency: 'Sở Tài chính', year: '2023' }, order: 'newest' };
    expect(writeUrlState(state)).toBe('?q=%C4%91%E1%BA%A7u+t%C6%B0+c%C3%B4ng&co-quan=so-tai-chinh&nam=2023&sap-xep=moi-nhat');
  });

  it('leaves out the default order and empty parts', () => {
    expect(writeUrlState({ query: '', selection: {}, order: 'relevance' })).toBe('');
  });
});

describe('readUrlState', () => {
  it('maps slugs back to the display values of the facet table', () => {
    const state = readUrlState(new URLSearchParams('q=dau+tu+cong&chu-de=dau-tu-cong&co-quan=so-tai-chinh'), values);
    expect(state).toEqual({ query: 'dau tu cong', selection: { theme: 'Đầu tư công', agency: 'Sở Tài chính' }, order: 'relevance' });
  });

  it('reads a link shared before agency names carried their province, when one province has that name', () => {
    const provinces = { agency: ['Sở Tài chính (Cà Mau)', 'Sở Y tế (Cà Mau)', 'Sở Y tế (Hậu Giang)'] };
    expect(readUrlState(new URLSearchParams('co-quan=so-tai-chinh'), provinces).selection).toEqual({ agency: 'Sở Tài chính (Cà Mau)' });
    expect(readUrlState(new URLSearchParams('co-quan=so-tai-chinh-ca-mau'), provinces).selection).toEqual({
      agency: 'Sở Tài chính (Cà Mau)',
    });
    expect(readUrlState(new URLSearchParams('co-quan=so-y-te'), provinces).selection, 'two provinces: no guess').toEqual({});
  });

  it('ignores unknown slugs and sort values', () => {
    const state = readUrlState(new URLSearchParams('co-quan=so-khong-co&sap-xep=ngau-nhien'), values);
    expect(state).toEqual({ query: '', selection: {}, order: 'relevance' });
  });

  it('round-trips a state through the URL', () => {
    const state: SearchState = { query: 'ngân hàng', selection: { agency: 'Ngân hàng Nhà nước chi nhánh tỉnh' }, order: 'oldest' };
    expect(readUrlState(new URLSearchParams(writeUrlState(state)), values)).toEqual(state);
  });

  it('normalizes an NFD query from the URL to NFC', () => {
    const state = readUrlState(new URLSearchParams({ q: 'Sở Tài chính'.normalize('NFD') }), values);
    expect(state.query).toBe('Sở Tài chính');
  });
});
