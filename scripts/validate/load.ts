/**
 * Loads the content tree for validation, keeping each file's YAML syntax tree and a
 * line counter so every later check can point at the exact line of a field.
 * Layout (same as src/content.config.ts): documents are MDX with YAML frontmatter,
 * per-document collections are YAML lists of entries with `id`, the others are one
 * entity per file with the file name as id.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { Diagnostic } from '../ingest/types.ts';

/** How the files of a collection hold their entries. */
export type Shape = 'mdx' | 'list' | 'entity';

/** Shape of every collection, mirroring src/content.config.ts. */
export const LAYOUT: Record<CollectionName, Shape> = {
  documents: 'mdx',
  sections: 'list',
  commitments: 'list',
  targets: 'list',
  actuals: 'list',
  agencies: 'entity',
  themes: 'entity',
  references: 'entity',
  places: 'entity',
};

/** A parsed content file. */
export interface LoadedFile {
  /** Path shown in messages, e.g. `content/agencies/so-tai-chinh.yaml`. */
  file: string;
  collection: CollectionName;
  shape: Shape;
  /** Full file text. */
  text: string;
  /** YAML document (the frontmatter for MDX). */
  yaml: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines before the YAML starts in the file (1 for MDX: the opening `---`). */
  lineOffset: number;
  /** MDX body after the frontmatter. */
  body?: string;
}

/** A file that could not be parsed: its id (entity files) or null (list files, ids unknown). */
export interface Unreadable {
  collection: CollectionName;
  id: string | null;
}

/** One entry of a collection, pointing back into its file. */
export interface LoadedEntity {
  collection: CollectionName;
  id: string;
  /** Raw data without `id`. */
  data: Record<string, unknown>;
  source: LoadedFile;
  /** YAML path of the entry inside its file: `[index]` for list files, `[]` otherwise. */
  at: (string | number)[];
}

/** 1-based file line of a YAML offset. */
export function lineAt(loaded: LoadedFile, offset: number): number {
  return loaded.lineCounter.linePos(offset).line + loaded.lineOffset;
}

/**
 * 1-based line of the node at `yamlPath` (keys and list indexes); falls back to the
 * nearest existing ancestor, so a missing field points at its entry.
 */
export function lineOf(loaded: LoadedFile, yamlPath: readonly (string | number)[]): number {
  for (let depth = yamlPath.length; depth >= 0; depth--) {
    const node = loaded.yaml.getIn(yamlPath.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    // For a map pair we want the key's line: look the parent up and find the pair.
    if (depth > 0) {
      const parent = loaded.yaml.getIn(yamlPath.slice(0, depth - 1), true);
      const key = yamlPath[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        const range = (pair?.key as { range?: [number, number, number] } | null)?.range;
        if (range) return lineAt(loaded, range[0]);
      }
      if (isSeq(parent) && node?.range) return lineAt(loaded, node.range[0]);
    }
    if (depth === 0) {
      const contents = loaded.yaml.contents as { range?: [number, number, number] } | null;
      return contents?.range ? lineAt(loaded, contents.range[0]) : 1 + loaded.lineOffset;
    }
  }
  return 1;
}

/** Splits MDX into frontmatter YAML and body; null when there is no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * The parser notices an unclosed quote or bracket where the file ends or the next key
 * starts, often lines later. Point at the line that opened it instead: the last line
 * before `noticedLine` with an odd number of that quote, or more openers than closers.
 */
export function openedAt(yamlText: string, noticedLine: number, message: string): number {
  const quote = /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : null;
  const bracket = /end with a \]/.test(message) ? ['[', ']'] : /end with a \}/.test(message) ? ['{', '}'] : null;
  if (!quote && !bracket) return noticedLine;
  const lines = yamlText.split('\n');
  for (let i = Math.min(noticedLine, lines.length) - 1; i >= 0; i--) {
    const line = lines[i]!;
    const count = (char: string) => line.split(char).length - 1;
    if (quote && count(quote) % 2 === 1) return i + 1;
    if (bracket && count(bracket[0]!) > count(bracket[1]!)) return i + 1;
  }
  return noticedLine;
}

function yamlError(file: string, line: number, message: string): Diagnostic {
  return {
    code: 'YAML_SYNTAX',
    severity: 'error',
    file,
    line,
    field: '(file)',
    message: `The YAML cannot be read: ${message}`,
    hint: 'Fix the syntax at that line (indentation, a missing ":" or closing quote/bracket, or a duplicate key); nothing else in this file was checked',
  };
}

/** Parses one file; returns it or the diagnostics that stop it from being checked further. */
export function parseContentFile(text: string, file: string, collection: CollectionName): LoadedFile | Diagnostic[] {
  const shape = LAYOUT[collection];
  let yamlText = text;
  let lineOffset = 0;
  let body: string | undefined;
  if (shape === 'mdx') {
    const parts = splitFrontmatter(text);
    if (!parts) {
      return [
        {
          code: 'MDX_NO_FRONTMATTER',
          severity: 'error',
          file,
          line: 1,
          field: '(file)',
          message: 'The document has no frontmatter block between "---" lines at the top',
          hint: 'Restore the "---" lines and the fields between them (compare with `git diff`), or re-run `npm run ingest`',
        },
      ];
    }
    yamlText = parts.yaml;
    body = parts.body;
    lineOffset = 1;
  }
  const lineCounter = new LineCounter();
  const yaml = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (yaml.errors.length > 0) {
    return yaml.errors.map((error) => {
      const noticed = lineCounter.linePos(error.pos[0]).line;
      const message = (error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '');
      return yamlError(file, openedAt(yamlText, noticed, message) + lineOffset, message);
    });
  }
  return { file, collection, shape, text, yaml, lineCounter, lineOffset, body };
}

/** Reads every content file of every collection under `root`, sorted by path. */
export async function loadContent(
  root: string,
  display: (absolute: string) => string,
): Promise<{ files: LoadedFile[]; diagnostics: Diagnostic[]; unreadable: Unreadable[] }> {
  const files: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const unreadable: Unreadable[] = [];
  for (const collection of Object.keys(LAYOUT) as CollectionName[]) {
    const dir = path.join(root, collection);
    const extension = LAYOUT[collection] === 'mdx' ? '.mdx' : '.yaml';
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(extension)).sort();
    for (const name of names) {
      const absolute = path.join(dir, name);
      const parsed = parseContentFile(await readFile(absolute, 'utf8'), display(absolute), collection);
      if (Array.isArray(parsed)) {
        diagnostics.push(...parsed);
        const id = name.replace(/\.(mdx|yaml)$/, '');
        unreadable.push({ collection, id: LAYOUT[collection] === 'list' ? null : id });
      } else {
        files.push(parsed);
      }
    }
  }
  return { files, diagnostics, unreadable };
}

/** Splits loaded files into entities; reports list files that are not lists and entries without an id. */
export function collectEntities(files: readonly LoadedFile[]): { entities: LoadedEntity[]; diagnostics: Diagnostic[] } {
  const entities: LoadedEntity[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const source of files) {
    const data: unknown = source.yaml.toJS();
    const baseName = path.basename(source.file).replace(/\.(mdx|yaml)$/, '');
    if (source.shape !== 'list') {
      const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
      if (!record) {
        diagnostics.push({
          code: 'ENTRY_SHAPE',
          severity: 'error',
          file: source.file,
          line: 1 + source.lineOffset,
          field: '(file)',
          message: 'The file must hold "field: value" lines (a YAML map)',
          hint: 'Compare with another file of the same folder and restore the fields',
        });
        continue;
      }
      entities.push({ collection: source.collection, id: baseName, data: record, source, at: [] });
      continue;
    }
    if (!Array.isArray(data)) {
      diagnostics.push({
        code: 'ENTRY_SHAPE',
        severity: 'error',
        file: source.file,
        line: 1,
        field: '(file)',
        message: data == null ? 'The file is empty' : 'The file must be a YAML list, each entry starting with "- id: …"',
        hint: 'Restore the list (compare with `git diff`), or delete the file and re-run `npm run ingest`',
      });
      continue;
    }
    data.forEach((entry: unknown, index) => {
      const record = entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : null;
      const id = record?.id;
      if (!record || typeof id !== 'string' || id.trim() === '') {
        diagnostics.push({
          code: 'ID_MISSING',
          severity: 'error',
          file: source.file,
          line: lineOf(source, [index]),
          field: `${source.collection}[${index}].id`,
          message: 'This entry has no "id"',
          hint: 'Give it a unique id such as the one of a neighbouring entry with a new suffix, e.g. "- id: ke-hoach-12--c-3--4"',
        });
        return;
      }
      const { id: _id, ...rest } = record;
      entities.push({ collection: source.collection, id, data: rest, source, at: [index] });
    });
  }
  return { entities, diagnostics };
}
