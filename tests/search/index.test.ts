/**
 * The built search index (dist/pagefind): one result per commitment, document, agency, theme,
 * place and cited-document page, nothing else; a facet table entry for each result; commitments
 * indexed by their own text, not by interface labels or their document's full title.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { readFragment } from '../../scripts/search/facet-table.ts';
import { decodeFacetTable, type FacetTableFile } from '../../src/scripts/search/facet-table-format.ts';
import { DIST } from '../support/static-server.ts';
import { loadCommitments, loadCorpus } from './corpus.ts';

const bundle = path.join(DIST, 'pagefind');
const fragmentFiles = readdirSync(path.join(bundle, 'fragment'));
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}
const fragments = fragmentFiles.map((name) => {
  const text = gunzipSync(readFileSync(path.join(bundle, 'fragment', name))).toString('utf8');
  return JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
});
const urls = fragments.map((f) => f.url);
const corpus = loadCorpus();

it('indexes every commitment, document (each part of a long text), agency, theme, place and cited document as one result each, and nothing else', () => {
  // A long text goes on at /van-ban/<id>/trang-<n>/: each part is a result, so a phrase of part 3 leads to part 3.
  const parts = (id: string) =>
    readdirSync(path.join(DIST, 'van-ban', id))
      .filter((name) => /^trang-\d+$/.test(name))
      .map((name) => `/van-ban/${id}/${name}/`);
  const expected = [
    ...loadCommitments().map((c) => `/cam-ket/${c.id}/`),
    ...[...corpus.documents.keys()].flatMap((id) => [`/van-ban/${id}/`, ...parts(id)]),
    ...[...corpus.agencies.keys()].map((id) => `/co-quan/${id}/`),
    ...[...corpus.themes.keys()].map((id) => `/chu-de/${id}/`),
    ...[...corpus.places.keys()].map((id) => `/dia-phuong/${id}/`),
    ...[...corpus.references.keys()].map((id) => `/trich-dan/${id}/`),
  ].sort();
  expect([...urls].sort()).toEqual(expected);
});

it('indexes a commitment by its own words, not by interface labels or its document’s full title', () => {
  const titles = [...corpus.documents.values()].map((d) => d.title).filter((title) => title.length > 60);
  const commitmentFragments = fragments.filter((f) => f.url.startsWith('/cam-ket/'));
  expect(commitmentFragments.length).toBeGreaterThan(0);
  for (const fragment of commitmentFragments) {
    for (const label of ['Cơ quan chủ trì', 'Xem trong toàn văn', 'Tình trạng', 'Trích dẫn', 'Chưa cập nhật']) {
      expect(fragment.content, `${fragment.url} indexes "${label}"`).not.toContain(label);
    }
    for (const title of titles) {
      expect(fragment.content, fragment.url).not.toContain(title.slice(0, 60));
      for (const value of Object.values(fragment.meta)) expect(value, fragment.url).not.toContain(title);
    }
  }
});

it('indexes where a commitment belongs: its agencies and place are in its searchable text', () => {
  const c = loadCommitments().find((x) => x.lead.length > 0)!;
  const fragment = fragments.find((f) => f.url === `/cam-ket/${c.id}/`)!;
  for (const name of c.lead) expect(fragment.content).toContain(name);
  const place = corpus.places.get(corpus.documents.get(corpus.commitments.get(c.id)!.document)!.place ?? '');
  if (place) expect(fragment.content).toContain(place.name);
  // The short kicker: type, document number, place.
  expect(fragment.meta['kicker']).toMatch(/^Cam kết( · [^·]+)*$/);
});

it('has a facet table entry for every result, with the document and its kind for commitments and documents', () => {
  const table = decodeFacetTable(JSON.parse(readFileSync(path.join(bundle, 'khm-facets.json'), 'utf8')) as FacetTableFile);
  for (const name of fragmentFiles) {
    const fragment = readFragment(name, readFileSync(path.join(bundle, 'fragment', name)));
    const entry = table.pages[fragment.id];
    expect(entry, fragment.id).toBeDefined();
    const url = fragments[fragmentFiles.indexOf(name)]!.url;
    const facets = Object.keys(entry?.[1] ?? {});
    expect(facets).toContain('type');
    if (/^\/(cam-ket|van-ban)\//.test(url)) expect(facets).toEqual(expect.arrayContaining(['document', 'documentKind']));
  }
  // Document facet labels are short (type and number), never whole titles.
  for (const label of table.values['document'] ?? []) expect(label.length, label).toBeLessThanOrEqual(80);
});

it('does not publish Pagefind’s stock UIs, which the site does not use', () => {
  expect(readdirSync(bundle).filter((name) => /ui\.(js|css)$/.test(name))).toEqual([]);
});
