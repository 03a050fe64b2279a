/**
 * The open-data building blocks: field tables generated from the schemas (every field, each
 * with a description, so a new field without a comment fails here), CSV that a real parser
 * reads back exactly, and records that carry the names and states the pages show.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionNames, slugRef } from '../../schemas/index.ts';
import { buildCorpus } from '../data/corpus.ts';
import { readCorpusDir } from '../data/read-corpus.ts';
import { docsOfSource } from './field-docs.ts';
import { fieldTable } from './field-table.ts';
import { DATA_SOURCES, documentData, toCsv } from './files.ts';
import { flatten, recordsOf } from './records.ts';

const seeds = buildCorpus(readCorpusDir('content'));

describe('field tables', () => {
  it.each(DATA_SOURCES)('describes every field of %s, generated from its schema', (source) => {
    const rows = fieldTable(source);
    expect(rows.filter((r) => !r.description).map((r) => r.name)).toEqual([]);
    if (source !== 'indicator-figures') {
      const top = rows.filter((r) => !r.name.includes('.')).map((r) => r.name);
      expect(top).toEqual(expect.arrayContaining(['id', ...Object.keys(COLLECTIONS[source].schema(slugRef).shape)]));
    }
  });

  it('reads field comments from schema source, nested groups and lists included', () => {
    const docs = docsOfSource(
      "import { z } from 'astro/zod';\nexport const X = z.object({\n  /** The name. */\n  name: z.string(),\n  /** Where. */\n  source: z.object({\n    /** The file. */\n    file: z.string(),\n  }),\n  items: z.array(\n    z.object({\n      /** One value. */\n      value: z.number(),\n    }),\n  ),\n});\n",
    );
    expect(Object.fromEntries(docs.get('X')!)).toEqual({
      name: 'The name.',
      source: 'Where.',
      'source.file': 'The file.',
      items: '',
      'items[].value': 'One value.',
    });
  });

  it('types fields in words: ids, dates, lists, choices, empty allowed', () => {
    const rows = Object.fromEntries(fieldTable('commitments').map((r) => [r.name, r]));
    expect(rows.lead!.type).toBe('danh sách mã (id)');
    expect(rows.section!.type).toBe('mã (id), có thể trống');
    expect(rows['deadlines[].date']!.type).toBe('ngày YYYY-MM-DD');
    expect(rows.status!.type).toMatch(/^một trong: chua-cap-nhat, dang-thuc-hien, hoan-thanh/);
    expect(rows.text!.required).toBe(true);
    expect(rows.state_label!.added).toBe(true);
  });
});

describe('CSV', () => {
  it('round-trips quotes, commas, line breaks and Vietnamese through csv-parse, with a BOM and CRLF', () => {
    const rows = [{ id: 'a', text: 'Sở "Tài chính", Cục Thuế\nphối hợp', n: 6.96, ok: true, empty: null }];
    const out = toCsv(rows, ['id', 'text', 'n', 'ok', 'empty']);
    expect(out.startsWith('\uFEFFid,text,n,ok,empty\r\n')).toBe(true);
    expect(parseCsv(out, { bom: true, columns: true })).toEqual([
      { id: 'a', text: 'Sở "Tài chính", Cục Thuế\nphối hợp', n: '6.96', ok: 'true', empty: '' },
    ]);
  });

  it('flattens nested fields into dotted columns and lists into one cell', () => {
    expect(
      flatten({ id: 'x', source: { file: 'a.txt', url: 'https://a.vn' }, themes: ['a', 'b'], deadlines: [{ date: '2024-01-01' }] }),
    ).toEqual({
      id: 'x',
      'source.file': 'a.txt',
      'source.url': 'https://a.vn',
      themes: 'a; b',
      deadlines: '[{"date":"2024-01-01"}]',
    });
  });
});

describe('records', () => {
  it('gives commitments the names of their lead and partner agencies and their derived state', () => {
    const records = recordsOf(seeds, 'commitments', '2026-12-01');
    expect(records).toHaveLength(seeds.commitments.size);
    const withLead = records.find((r) => (r.lead as string[]).length > 0)!;
    expect(withLead.lead_names).toEqual((withLead.lead as string[]).map((id) => seeds.agencies.get(id)!.name));
    expect(typeof withLead.state_label).toBe('string');
    expect(records.every((r) => !('file' in r))).toBe(true);
  });

  it("gives each document its own data: metadata, text and every per-document collection's entries", () => {
    const id = 'ca-mau-2023-01-ctr-01-ubnd';
    const data = JSON.parse(documentData(seeds, id, '2026-12-01').json) as Record<string, { document?: string }[]>;
    expect(data.commitments).toHaveLength([...seeds.commitments.values()].filter((c) => c.document === id).length);
    expect(data.targets!.every((t) => t.document === id)).toBe(true);
  });

  it('covers every collection of the registry', () => {
    expect(DATA_SOURCES).toEqual(expect.arrayContaining(collectionNames(COLLECTIONS)));
  });
});
