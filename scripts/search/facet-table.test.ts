import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFacetTable, readFragment, readFragmentFile } from './facet-table.ts';

describe('readFragment', () => {
  it('reads id, filters and meta from a gzip fragment with the Pagefind signature', () => {
    const json = { url: '/cam-ket/a/', content: 'x', filters: { agency: ['Sở Tài chính'] }, meta: { date: '2023-01-06' } };
    const bytes = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`));
    expect(readFragment('fragment/vi_abc123.pf_fragment', bytes)).toEqual({
      id: 'vi_abc123',
      filters: { agency: ['Sở Tài chính'] },
      meta: { date: '2023-01-06' },
    });
  });

  it('refuses a file without the signature, naming it', () => {
    expect(() => readFragment('fragment/x.pf_fragment', gzipSync(Buffer.from('{}')))).toThrow(
      /fragment\/x\.pf_fragment is not a Pagefind fragment/,
    );
  });
});

describe('readFragmentFile', () => {
  const page = (agency: string) => ({ url: `/co-quan/${agency}/`, content: 'x', filters: { agency: [agency] }, meta: {} });

  it('reads a one-page fragment file as one page', () => {
    const bytes = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(page('a'))}`));
    expect(readFragmentFile('fragment/vi_abc123.pf_fragment', bytes)).toEqual([{ id: 'vi_abc123', filters: { agency: ['a'] }, meta: {} }]);
  });

  it('reads every page of a bundled fragment file (maxFragments), by the result ids it lists', () => {
    const bytes = gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ vi_1ff6ed6: page('a'), vi_2279a1b: page('b') })}`));
    expect(readFragmentFile('fragment/vi_group_02eea2d.pf_fragment', bytes)).toEqual([
      { id: 'vi_1ff6ed6', filters: { agency: ['a'] }, meta: {} },
      { id: 'vi_2279a1b', filters: { agency: ['b'] }, meta: {} },
    ]);
  });
});

describe('buildFacetTable', () => {
  const table = buildFacetTable(
    [
      { id: 'vi_2', filters: { agency: ['Sở Tài chính', 'Cục Thuế'], year: ['2023'] }, meta: { date: '2023-01-06' } },
      { id: 'vi_1', filters: { agency: ['Cục Thuế'], theme: ['Đất đai'] }, meta: {} },
    ],
    'date',
  );

  it('lists each facet value once, in Vietnamese alphabetical order', () => {
    expect(table.values).toEqual({ agency: ['Cục Thuế', 'Sở Tài chính'], theme: ['Đất đai'], year: ['2023'] });
  });

  it('points every page at its values by index and keeps its date', () => {
    expect(table.pages['vi_2']).toEqual(['2023-01-06', { agency: [0, 1], year: [0] }]);
  });

  it('writes an empty date for a page without one', () => {
    expect(table.pages['vi_1']?.[0]).toBe('');
  });
});
