/**
 * The converter as a narrated pipeline: read → normalise → parse → extract → assemble.
 * (Writing is separate: see write.ts; the CLI decides whether to write, print or check.)
 */
import path from 'node:path';
import { slugify } from '../../src/lib/slug.ts';
import { assemble, type ConvertedDocument } from './assemble.ts';
import { extractEntities, loadExtractContext } from './extract/index.ts';
import { normalize } from './normalize.ts';
import { parse } from './parse/index.ts';
import { readSource } from './read.ts';
import type { Diagnostic, ParsedDocument, SourceText } from './types.ts';

/** Result of converting one source: the document, or the reasons it could not be read. */
export type ConvertResult = { converted: ConvertedDocument; parsed: ParsedDocument } | { diagnostics: Diagnostic[] };

/**
 * The registry and theme rules do not change while one run converts many files (everything
 * is written at the end), so they are loaded once per content folder and process.
 */
const contexts = new Map<string, ReturnType<typeof loadExtractContext>>();
function extractContextFor(contentDir: string, documentId: string): ReturnType<typeof loadExtractContext> {
  if (!contexts.has(contentDir)) contexts.set(contentDir, loadExtractContext(contentDir, documentId));
  return contexts.get(contentDir)!;
}

/** Document id of a source file: its name without extension, as an ASCII slug. */
export function documentIdOf(file: string): string {
  const base = path.basename(file).replace(/\.(txt|md)$/i, '');
  return slugify(base) || 'van-ban';
}

/** Converts decoded source text (pure except for loading the extraction context). */
export async function convertText(
  source: SourceText,
  contentDir: string,
): Promise<{ converted: ConvertedDocument; parsed: ParsedDocument }> {
  const documentId = documentIdOf(source.file);
  const shared = await extractContextFor(contentDir, documentId); // agency registry, theme rules, lexicon
  const normalized = normalize(source.file, source.text, shared.lexicon); // NFC, boilerplate out, tables, hard wraps rejoined
  const parsed = parse(normalized, shared.lexicon); // header, body blocks, zones, sections, tables, back matter, footnotes
  // A private copy of the registry: extraction may add agencies, and one document must not see another's.
  // The lexicon is read-only and shared.
  const { lexicon, ...data } = shared;
  const ctx = { ...structuredClone(data), lexicon, documentId };
  const extraction = extractEntities(parsed, ctx); // commitments, agencies, targets, references …
  const converted = assemble(documentId, source.file, parsed, extraction, source.sidecar); // validated entities + MDX
  return { converted, parsed };
}

/** Reads and converts one file; `displayPath` is the path shown in messages and stored as the source. */
export async function convertFile(filePath: string, contentDir: string, displayPath = filePath, maxBytes?: number): Promise<ConvertResult> {
  const read = await readSource(filePath, displayPath, maxBytes); // bytes → checked UTF-8 text + sidecar
  if ('diagnostics' in read) return { diagnostics: read.diagnostics };
  return convertText(read.source, contentDir);
}
