/**
 * The open-data files of `/du-lieu/`: one JSON and one CSV per collection of the registry
 * (the type makes a new collection a compile error until it has a file name), the indicator
 * pairing, one zip of everything, and per document its own JSON and CSV.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import type { UiKey } from '../../i18n/vi.ts';
import { collectionNames, COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { Corpus } from '../data/corpus.ts';
import { fieldTable, type FieldRow } from './field-table.ts';
import { csvRowsOf, indicatorFigures, recordsOf, type Cell, type DataRecord } from './records.ts';

/** What a file holds: a registry collection, or the indicator pairing the site derives. */
export type DataSource = CollectionName | 'indicator-figures';

/** File name (without extension) of each source, in Vietnamese like the site's URLs. */
export const DATA_FILE_NAMES: Record<DataSource, string> = {
  documents: 'van-ban',
  texts: 'toan-van',
  sections: 'muc',
  commitments: 'cam-ket',
  targets: 'chi-tieu',
  actuals: 'ket-qua',
  'indicator-figures': 'chi-so',
  agencies: 'co-quan',
  references: 'trich-dan',
  places: 'dia-phuong',
  themes: 'chu-de',
  indicators: 'doi-chieu-chi-so',
};

/** Every source, registry order, the pairing after the reported figures. */
export const DATA_SOURCES: DataSource[] = [...collectionNames(COLLECTIONS), 'indicator-figures'];

/** Name of the zip holding every file. */
export const BUNDLE_NAME = 'ke-hoach-mo.zip';

/** The JSON records of a source. */
export function recordsFor(corpus: Corpus, source: DataSource, today: string): DataRecord[] {
  return source === 'indicator-figures' ? indicatorFigures(corpus) : recordsOf(corpus, source, today);
}

/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (Excel otherwise reads
 * Vietnamese as Windows-1252), CRLF line ends and RFC 4180 quoting, by csv-stringify.
 */
export function toCsv(rows: readonly Record<string, Cell>[], columns: readonly string[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => row[c] ?? '')),
    { bom: true, header: true, columns: [...columns], record_delimiter: 'windows', cast: { boolean: (v) => (v ? 'true' : 'false') } },
  );
}

/** Columns of a CSV: those of the field table that occur, in its order, then any others met. */
export function csvColumns(fields: readonly FieldRow[], rows: readonly Record<string, Cell>[], source: DataSource): string[] {
  const present = new Set(rows.flatMap((r) => Object.keys(r)));
  const lead = source === 'texts' ? ['id', 'document', 'block'] : [];
  const ordered = [...lead, ...fields.map((f) => (source === 'texts' ? f.name.replace(/^blocks\[\]\./, '') : f.name))];
  const columns = [...new Set(ordered)].filter((c) => present.has(c));
  return [...columns, ...[...present].filter((c) => !columns.includes(c))];
}

/** Pretty JSON with a final newline. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** One source's two files and what the page says about them. */
export interface DataFile {
  source: DataSource;
  name: string;
  title: UiKey;
  json: string;
  csv: string;
  /** Entries in the JSON file. */
  count: number;
  /** Rows in the CSV file (texts: one per block). */
  csvRows: number;
  fields: FieldRow[];
}

/** Every file of `/du-lieu/`. */
export function dataFiles(corpus: Corpus, today: string): DataFile[] {
  return DATA_SOURCES.map((source) => {
    const records = recordsFor(corpus, source, today);
    const rows = csvRowsOf(source, records);
    const fields = fieldTable(source);
    return {
      source,
      name: DATA_FILE_NAMES[source],
      title: `data.file.${source}` as UiKey,
      json: toJson(records),
      csv: toCsv(rows, csvColumns(fields, rows, source)),
      count: records.length,
      csvRows: rows.length,
      fields,
    };
  });
}

/** The zip of every file, with the licence note; fixed file times so the same data gives the same bytes. */
export function bundle(files: readonly DataFile[], readme: string): Uint8Array {
  const mtime = new Date('2020-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = { 'DOC-TOI.txt': [strToU8(readme), { mtime }] };
  for (const file of files) {
    entries[`${file.name}.json`] = [strToU8(file.json), { mtime }];
    entries[`${file.name}.csv`] = [strToU8(file.csv), { mtime }];
  }
  return zipSync(entries, { level: 9 });
}

/** Collections that hold one list per document, as they appear in a document's own JSON. */
const PER_DOCUMENT: CollectionName[] = ['sections', 'commitments', 'targets', 'actuals'];

/** A document's own data: its metadata, text, sections, commitments, targets and reported figures. */
export function documentData(corpus: Corpus, id: string, today: string): { json: string; csv: string } {
  const own = (source: CollectionName) => recordsByDocument(corpus, source, today).get(id) ?? [];
  const data = Object.fromEntries([
    ['document', own('documents')[0]],
    ['text', own('texts')[0] ?? null],
    ...PER_DOCUMENT.map((c) => [c, own(c)]),
  ]);
  const commitments = csvRowsOf('commitments', own('commitments'));
  return { json: toJson(data), csv: toCsv(commitments, csvColumns(fieldTable('commitments'), commitments, 'commitments')) };
}

const byDocumentCache = new WeakMap<Corpus, Map<string, Map<string, DataRecord[]>>>();

/**
 * The records of `source` under each document they belong to (`document`, or for a document
 * and its text their own id), built once per corpus, collection and date: each document's data
 * file used to derive every record of the corpus and then keep its own, once per document.
 */
function recordsByDocument(corpus: Corpus, source: CollectionName, today: string): Map<string, DataRecord[]> {
  const cache = byDocumentCache.get(corpus) ?? new Map<string, Map<string, DataRecord[]>>();
  byDocumentCache.set(corpus, cache);
  const key = `${source} ${today}`;
  let lists = cache.get(key);
  if (!lists) {
    lists = new Map();
    for (const record of recordsOf(corpus, source, today)) {
      for (const owner of new Set([record.document, record.id])) {
        if (typeof owner !== 'string') continue;
        const list = lists.get(owner);
        if (list) list.push(record);
        else lists.set(owner, [record]);
      }
    }
    cache.set(key, lists);
  }
  return lists;
}

/** True when the source text of a document is in the repository (and so published under /du-lieu/nguon/). */
export function hasSourceText(file: string): boolean {
  return existsSync(path.resolve(file));
}
