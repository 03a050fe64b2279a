/**
 * Runs every content check over a content tree and returns the diagnostics in file
 * and line order. Pure apart from reading files; the CLI prints and sets the exit code.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSidecar } from '../ingest/read.ts';
import type { Diagnostic } from '../ingest/types.ts';
import { checkSchemas } from './check-schema.ts';
import { checkBodies, checkDocumentNumbers, checkIds, checkNfc, checkOrphans, checkReferences } from './check-integrity.ts';
import { collectEntities, loadContent } from './load.ts';

/**
 * The sources folder: sidecars (`*.meta.yaml`) are checked with the converter's own
 * reader and must sit next to a source; other files the converter would silently skip
 * (a PDF or Word file dropped there) get a warning.
 */
async function checkSources(root: string, display: (absolute: string) => string): Promise<Diagnostic[]> {
  const dir = path.join(root, 'sources');
  const names = (await readdir(dir).catch(() => [] as string[])).sort();
  const sources = new Set(names.filter((n) => /\.(txt|md)$/i.test(n)).map((n) => n.replace(/\.(txt|md)$/i, '')));
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const absolute = path.join(dir, name);
    if (name.endsWith('.meta.yaml')) {
      const result = parseSidecar(await readFile(absolute, 'utf8'), display(absolute));
      if ('diagnostics' in result) diagnostics.push(...result.diagnostics);
      if (!sources.has(name.slice(0, -'.meta.yaml'.length))) {
        diagnostics.push({
          code: 'SIDECAR_ORPHAN',
          severity: 'warning',
          file: display(absolute),
          line: 1,
          field: '(file)',
          message: `No source text "${name.slice(0, -'.meta.yaml'.length)}.txt" or ".md" sits next to this metadata file, so it is not used`,
          hint: 'Give the metadata file the same name as its source (x.txt → x.meta.yaml), or delete it',
        });
      }
    } else if (!/\.(txt|md)$/i.test(name) && !name.startsWith('.')) {
      diagnostics.push({
        code: 'SOURCE_IGNORED',
        severity: 'warning',
        file: display(absolute),
        field: '(file)',
        message: 'The converter only reads .txt and .md files, so this file is not published',
        hint: 'Export the document as plain text (UTF-8) to a .txt file in this folder, then run `npm run ingest`',
      });
    }
  }
  return diagnostics;
}

/** Orders diagnostics by file, then line, keeping the check order within a line. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.file < b.d.file ? -1 : a.d.file > b.d.file ? 1 : (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i))
    .map(({ d }) => d);
}

/**
 * Validates the content tree at `root` (the folder holding documents/, agencies/, …).
 * `display` turns an absolute path into the path shown in messages.
 */
export async function validateContent(
  root: string,
  display: (absolute: string) => string = (absolute) => path.relative(process.cwd(), absolute),
): Promise<Diagnostic[]> {
  const { files, diagnostics: loadProblems, unreadable } = await loadContent(root, display);
  const { entities, diagnostics: entryProblems } = collectEntities(files);
  const { diagnostics: schemaProblems, refs } = checkSchemas(entities);
  return sortDiagnostics([
    ...loadProblems,
    ...entryProblems,
    ...schemaProblems,
    ...checkIds(entities),
    ...checkReferences(entities, refs, unreadable),
    ...checkOrphans(entities, refs),
    ...checkDocumentNumbers(entities),
    ...checkBodies(files, entities),
    ...checkNfc(files),
    ...(await checkSources(root, display)),
  ]);
}
