/**
 * Reads a content tree into entries, following the collection registry: which folder each
 * collection lives in and whether a file holds one entry or a list. The validator, the
 * converter's registry loading, the unit-test reader and the Astro loader all go through
 * here, so the layout is declared once (src/schemas/collections.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogue, report, type Diagnostic } from '../../diagnostics/index.ts';
import { COLLECTIONS, collectionNames, type CollectionSpec, type Registry } from '../../schemas/collections.ts';
import { lineOf, readContentFile, type ContentFile } from './content-file.ts';

/** One entry of a collection, pointing back into its file. */
export interface LoadedEntry {
  collection: string;
  id: string;
  /** Raw data without `id`. */
  data: Record<string, unknown>;
  source: ContentFile;
  /** YAML path of the entry inside its file: `[index]` for list files, `[]` otherwise. */
  at: (string | number)[];
}

/** A file that could not be parsed: its entry id (entry files) or null (list files: ids unknown). */
export interface Unreadable {
  collection: string;
  id: string | null;
}

/** A content tree read from disk. */
export interface LoadedContent {
  entries: LoadedEntry[];
  files: ContentFile[];
  diagnostics: Diagnostic[];
  unreadable: Unreadable[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Names of the YAML files of a folder, sorted; none when the folder does not exist. */
export function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
    .sort();
}

/** Splits one parsed file into the entries of its collection, or says why it cannot. */
export function entriesOfFile(collection: string, spec: CollectionSpec, source: ContentFile): { entries: LoadedEntry[]; diagnostics: Diagnostic[] } {
  const baseName = path.basename(source.file, '.yaml');
  const where = { file: source.file, line: 1, field: '(file)' };
  if (spec.layout === 'entry') {
    if (!isRecord(source.data)) {
      return {
        entries: [],
        diagnostics: [
          report(catalogue.ENTRY_SHAPE, where, {
            problem: source.data == null ? 'The file is empty' : 'The file must hold "field: value" lines (a YAML map)',
            fix: 'Compare with another file of the same folder and restore the fields',
          }),
        ],
      };
    }
    return { entries: [{ collection, id: baseName, data: source.data, source, at: [] }], diagnostics: [] };
  }
  if (!Array.isArray(source.data)) {
    return {
      entries: [],
      diagnostics: [
        report(catalogue.ENTRY_SHAPE, where, {
          problem: source.data == null ? 'The file is empty' : 'The file must be a YAML list, each entry starting with "- id: …"',
          fix: 'Restore the list (compare with `git diff`), or delete the file and re-run `npm run ingest`',
        }),
      ],
    };
  }
  const entries: LoadedEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  source.data.forEach((item: unknown, index) => {
    const id = isRecord(item) ? item.id : undefined;
    if (!isRecord(item) || typeof id !== 'string' || id.trim() === '') {
      diagnostics.push(report(catalogue.ID_MISSING, { file: source.file, line: lineOf(source, [index]), field: `${collection}[${index}].id` }));
      return;
    }
    const { id: _id, ...data } = item;
    entries.push({ collection, id, data, source, at: [index] });
  });
  return { entries, diagnostics };
}

/**
 * Reads every collection of `registry` under `root`. `display` turns an absolute path into
 * the path shown in messages (default: relative to the working directory).
 */
export function loadCollections(
  root: string,
  registry: Registry = COLLECTIONS,
  display: (absolute: string) => string = (absolute) => path.relative(process.cwd(), absolute),
): LoadedContent {
  const loaded: LoadedContent = { entries: [], files: [], diagnostics: [], unreadable: [] };
  for (const collection of collectionNames(registry)) {
    const spec = registry[collection]!;
    const dir = path.join(root, spec.dir);
    for (const name of yamlFilesIn(dir)) {
      const absolute = path.join(dir, name);
      const parsed = readContentFile(readFileSync(absolute, 'utf8'), display(absolute));
      if ('code' in parsed) {
        loaded.diagnostics.push(parsed);
        loaded.unreadable.push({ collection, id: spec.layout === 'list' ? null : name.slice(0, -'.yaml'.length) });
        continue;
      }
      loaded.files.push(parsed);
      const { entries, diagnostics } = entriesOfFile(collection, spec, parsed);
      loaded.entries.push(...entries);
      loaded.diagnostics.push(...diagnostics);
    }
  }
  return loaded;
}
