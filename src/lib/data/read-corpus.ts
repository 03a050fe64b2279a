/**
 * Reads a content folder straight from disk into {@link RawCollections}, with the
 * shared schemas applied (defaults filled in). The site reads content through
 * `astro:content`; this reader lets unit tests run the same views over the fixture
 * set (tests/fixtures/content) or the real content without an Astro build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { schemas } from '../../schemas/index.ts';
import type { RawCollections, RawEntry } from './corpus.ts';

const LIST_COLLECTIONS = ['sections', 'commitments', 'targets', 'actuals'] as const;
const ENTITY_COLLECTIONS = ['agencies', 'themes', 'references', 'places'] as const;

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort();
  } catch {
    return [];
  }
}

/** Reads `<root>/<collection>/*` (relative to `cwd`) and validates every entry with the shared schemas. */
export function readCorpusDir(root: string, cwd = process.cwd()): RawCollections {
  const raw = {} as RawCollections;
  for (const name of LIST_COLLECTIONS) {
    raw[name] = yamlFiles(path.join(cwd, root, name)).flatMap((file) => {
      const filePath = path.join(root, name, file);
      const list = parse(readFileSync(path.join(cwd, filePath), 'utf8')) as Record<string, unknown>[];
      return list.map(({ id, ...data }) => ({ id: String(id), data: schemas[name].parse(data), filePath }));
    });
  }
  for (const name of ENTITY_COLLECTIONS) {
    raw[name] = yamlFiles(path.join(cwd, root, name)).map((file) => {
      const filePath = path.join(root, name, file);
      return { id: file.slice(0, -5), data: schemas[name].parse(parse(readFileSync(path.join(cwd, filePath), 'utf8'))), filePath };
    });
  }
  const docDir = path.join(cwd, root, 'documents');
  let docFiles: string[];
  try {
    docFiles = readdirSync(docDir)
      .filter((name) => name.endsWith('.mdx'))
      .sort();
  } catch {
    docFiles = [];
  }
  raw.documents = docFiles.map((file): RawEntry<unknown> => {
    const filePath = path.join(root, 'documents', file);
    const text = readFileSync(path.join(cwd, filePath), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
    const body = match ? text.slice(match[0].length) : text;
    return { id: file.slice(0, -4), data: schemas.documents.parse(parse(match?.[1] ?? '')), filePath, body };
  });
  return raw;
}
