/** Helpers shared by the document-level extraction tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalize } from '../normalize.ts';
import { parse } from '../parse/index.ts';
import { extractEntities, loadExtractContext, type ExtractContext, type Extraction } from './index.ts';
import { buildRegistry } from './registry.ts';

/** Content folder whose themes the tests use. */
export const THEMES_DIR = 'content';

/** An extraction context with the project's themes and an empty agency registry. */
export async function emptyContext(documentId: string): Promise<ExtractContext> {
  return { ...(await loadExtractContext(THEMES_DIR, documentId)), registry: buildRegistry([]) };
}

/** Normalises, parses and extracts one text. */
export async function extractText(file: string, text: string, ctx?: ExtractContext): Promise<Extraction> {
  return extractEntities(parse(normalize(file, text)), ctx ?? (await emptyContext(path.basename(file).replace(/\.[^.]+$/, ''))));
}

/** Normalises, parses and extracts one file. */
export async function extractFile(file: string, ctx?: ExtractContext): Promise<Extraction> {
  return extractText(file, readFileSync(file, 'utf8'), ctx);
}

/** Display name of an agency id in an extraction. */
export function nameOf(x: Extraction, id: string): string {
  return x.agencies.find((agency) => agency.id === id)?.name ?? id;
}
