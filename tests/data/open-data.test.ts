/**
 * /du-lieu/ over the built dist/: every collection as JSON and CSV, read back with real
 * parsers (JSON.parse, csv-parse, fflate's unzip); record counts equal to the pages the
 * site built for the same entries; field tables naming every column; per-document files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionNames } from '../../src/schemas/index.ts';
import { DATA_FILE_NAMES, DATA_SOURCES, BUNDLE_NAME } from '../../src/lib/open-data/files.ts';
import { DIST } from '../support/static-server.ts';
import { attributeValues, builtPages, pagesUnder } from '../site/dist-pages.ts';

const pages = builtPages();
const read = (file: string) => readFileSync(path.join(DIST, file));
const json = (name: string) => JSON.parse(read(`du-lieu/${name}.json`).toString('utf8')) as Record<string, unknown>[];
const csv = (name: string) => {
  const bytes = read(`du-lieu/${name}.csv`);
  return { bytes, rows: parseCsv(bytes, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[] };
};
/** Entity pages under a prefix, without the list's other orders ("/co-quan/theo-so-cam-ket/"). */
const entityPages = (prefix: string) =>
  pagesUnder(pages, prefix).filter((p) => /^\/[^/]+\/[^/]+\/$/.test(p.urlPath) && !/theo-(so-cam-ket|tien-do)/.test(p.urlPath));

describe('open data files', () => {
  it('offers every collection of the registry, and the indicator pairing, as JSON and CSV', () => {
    expect(DATA_SOURCES).toEqual(expect.arrayContaining(collectionNames(COLLECTIONS)));
    const page = pages.find((p) => p.urlPath === '/du-lieu/')!.html;
    for (const source of DATA_SOURCES) {
      const name = DATA_FILE_NAMES[source];
      expect(page).toContain(`href="/du-lieu/${name}.json"`);
      expect(page).toContain(`href="/du-lieu/${name}.csv"`);
      expect(Array.isArray(json(name))).toBe(true);
    }
  });

  it('writes CSV in UTF-8 with a BOM and CRLF, that a CSV parser reads back to the JSON records', () => {
    for (const source of DATA_SOURCES) {
      const name = DATA_FILE_NAMES[source];
      const { bytes, rows } = csv(name);
      expect([...bytes.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').split('\n')[0]!.endsWith('\r'), name).toBe(true);
      const records = json(name);
      const expected = source === 'texts' ? records.reduce((n, r) => n + (r.blocks as unknown[]).length, 0) : records.length;
      expect(rows.length, name).toBe(expected);
      if (source !== 'texts' && records.length > 0 && 'id' in records[0]!) expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    }
    // Vietnamese text and commas inside a field survive the round trip.
    const commitments = json('cam-ket');
    const { rows } = csv('cam-ket');
    expect(rows[0]!.text).toBe(commitments[0]!.text);
    expect(rows.some((r) => r.text!.includes(','))).toBe(true);
  });

  it.each([
    ['documents', '/van-ban/'],
    ['commitments', '/cam-ket/'],
    ['agencies', '/co-quan/'],
    ['themes', '/chu-de/'],
    ['places', '/dia-phuong/'],
    ['references', '/trich-dan/'],
  ] as const)('has as many %s as the site has pages under %s, with the same ids', (collection, prefix) => {
    const ids = json(DATA_FILE_NAMES[collection]).map((r) => r.id as string);
    const pageIds = entityPages(prefix).map((p) => p.urlPath.split('/')[2]!);
    expect(ids.sort()).toEqual(pageIds.sort());
  });

  it('has as many targets as the documents list, and the pairing has the rows the indicator pages show', () => {
    const targetRows = pagesUnder(pages, '/van-ban/').flatMap((p) =>
      attributeValues(p.html, 'id').filter((id) => id.startsWith('chi-tieu-') && id !== 'chi-tieu-'),
    );
    expect(new Set(targetRows).size).toBe(json('chi-tieu').length);
    const indicatorPages = entityPages('/chi-tieu/');
    const pairs = json('chi-so');
    expect(new Set(pairs.map((r) => r.indicator)).size).toBe(indicatorPages.length);
    const shown = indicatorPages.flatMap((p) => attributeValues(p.html, 'id').filter((id) => /^(chi-tieu|so-lieu)-/.test(id)));
    expect(shown.length).toBe(pairs.length);
    // A target is a target and a result a result: no figure plays both roles.
    const targetIds = new Set(json('chi-tieu').map((r) => r.id));
    const actualIds = new Set(json('ket-qua').map((r) => r.id));
    expect(pairs.filter((r) => (r.role === 'target' ? !targetIds.has(r.figure) : !actualIds.has(r.figure)))).toEqual([]);
    expect(json('ket-qua').every((r) => ['result', 'versus-plan', 'score', 'goal'].includes(r.figure_kind as string))).toBe(true);
  });

  it('lists every CSV column in the field table of its file', () => {
    const page = pages.find((p) => p.urlPath === '/du-lieu/')!.html;
    for (const source of DATA_SOURCES) {
      const name = DATA_FILE_NAMES[source];
      const section = page.slice(page.indexOf(`id="tep-${name}"`), page.indexOf('</li>', page.indexOf(`id="tep-${name}"`)));
      const documented = new Set([...section.matchAll(/<code[^>]*>([^<]+)<\/code>/g)].map((m) => m[1]!.replace(/^blocks\[\]\./, '')));
      const columns = Object.keys(csv(name).rows[0] ?? {});
      const undocumented = columns.filter((c) => !documented.has(c) && !['block'].includes(c));
      expect(undocumented, name).toEqual([]);
    }
  });

  it('bundles every file in one zip with the same bytes', () => {
    const zip = unzipSync(new Uint8Array(read(`du-lieu/${BUNDLE_NAME}`)));
    for (const source of DATA_SOURCES) {
      const name = DATA_FILE_NAMES[source];
      expect(strFromU8(zip[`${name}.json`]!)).toBe(read(`du-lieu/${name}.json`).toString('utf8'));
      expect(Buffer.from(zip[`${name}.csv`]!).equals(read(`du-lieu/${name}.csv`))).toBe(true);
    }
    expect(strFromU8(zip['DOC-TOI.txt']!)).toContain('CC BY 4.0');
  });

  it("links every document page to its own data and its source text, which match the document's commitments and source file", () => {
    for (const page of pagesUnder(pages, '/van-ban/').filter((p) => /^\/van-ban\/[^/]+\/$/.test(p.urlPath))) {
      const id = page.urlPath.split('/')[2]!;
      const hrefs = attributeValues(page.html, 'href');
      expect(hrefs).toContain(`/du-lieu/van-ban/${id}.json`);
      expect(hrefs).toContain(`/du-lieu/van-ban/${id}.csv`);
      const data = JSON.parse(read(`du-lieu/van-ban/${id}.json`).toString('utf8')) as {
        document: { id: string; source: { file: string } };
        commitments: unknown[];
      };
      expect(data.document.id).toBe(id);
      // A long text's commitments are highlighted over its parts (`/van-ban/<id>/trang-<n>/`).
      const parts = [page, ...pages.filter((p) => p.urlPath.startsWith(`${page.urlPath}trang-`))];
      const linked = parts.flatMap((part) => attributeValues(part.html, 'href').filter((h) => h.startsWith('/cam-ket/')));
      expect(data.commitments.length).toBe(new Set(linked).size);
      const source = hrefs.find((h) => h.startsWith('/du-lieu/nguon/'));
      if (source) expect(read(source.slice(1)).equals(readFileSync(data.document.source.file))).toBe(true);
    }
  });

  it('says under which licence the data may be reused', () => {
    expect(pages.find((p) => p.urlPath === '/du-lieu/')!.html).toContain('CC BY 4.0');
  });
});
