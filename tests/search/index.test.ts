/**
 * The built search index (dist/pagefind): one result per commitment page plus the document
 * pages, nothing else, and a facet table entry with facets for each result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { readFragment } from '../../scripts/search/facet-table.ts';
import { decodeFacetTable, type FacetTableFile } from '../../src/scripts/search/facet-table-format.ts';
import { DIST } from '../support/static-server.ts';
import { loadCommitments } from './corpus.ts';

const bundle = path.join(DIST, 'pagefind');
const fragmentFiles = readdirSync(path.join(bundle, 'fragment'));
const urls = fragmentFiles.map((name) => {
  const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', name))).toString('utf8');
  return (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url;
});

it('indexes every commitment page as one result, and only commitment and document pages', () => {
  const commitmentUrls = urls.filter((url) => url.startsWith('/cam-ket/')).sort();
  expect(commitmentUrls).toEqual(
    loadCommitments()
      .map((c) => `/cam-ket/${c.id}/`)
      .sort(),
  );
  expect(urls.filter((url) => !url.startsWith('/cam-ket/') && !url.startsWith('/van-ban/'))).toEqual([]);
});

it('has a facet table entry naming the document and its kind for every result', () => {
  const table = decodeFacetTable(JSON.parse(readFileSync(path.join(bundle, 'khm-facets.json'), 'utf8')) as FacetTableFile);
  for (const name of fragmentFiles) {
    const fragment = readFragment(name, readFileSync(path.join(bundle, 'fragment', name)));
    const entry = table.pages[fragment.id];
    expect(entry, fragment.id).toBeDefined();
    expect(Object.keys(entry?.[1] ?? {})).toEqual(expect.arrayContaining(['document', 'documentKind']));
  }
});

it('does not publish Pagefind’s stock UIs, which the site does not use', () => {
  expect(readdirSync(bundle).filter((name) => /ui\.(js|css)$/.test(name))).toEqual([]);
});
