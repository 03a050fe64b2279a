/**
 * Reads a content folder straight from disk into {@link RawCollections}, with the shared
 * schemas applied (defaults filled in) and relations shaped as Astro shapes them. The site
 * reads content through `astro:content`; this reader lets unit tests run the same views
 * over the fixture set (tests/fixtures/content) or the real content without an Astro build.
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { DiagnosticError } from '../../diagnostics/index.ts';
import { buildSchemas, COLLECTIONS, collectionNames, Slug, type Registry } from '../../schemas/index.ts';
import { loadCollections } from '../content/load-collections.ts';
import type { RawCollections, RawEntry } from './corpus.ts';

/** Reads `<root>/<collection>/*` (relative to `cwd`) and parses every entry with the shared schemas. */
export function readCorpusDir<R extends Registry = typeof COLLECTIONS>(
  root: string,
  cwd = process.cwd(),
  registry: R = COLLECTIONS as unknown as R,
): Record<keyof R & string, RawEntry[]> {
  // Relations shaped as Astro's reference() gives them, so buildCorpus sees what the build sees.
  const schemas = buildSchemas(
    (collection) => Slug.transform((id) => ({ collection, id })) as unknown as z.ZodType<string, string>,
    registry,
  );
  const loaded = loadCollections(path.join(cwd, root), registry, (absolute) => path.relative(cwd, absolute));
  if (loaded.diagnostics.length > 0) throw new DiagnosticError(loaded.diagnostics);
  const raw = Object.fromEntries(collectionNames(registry).map((name) => [name, [] as RawEntry[]])) as Record<keyof R & string, RawEntry[]>;
  for (const entry of loaded.entries) {
    const name = entry.collection as keyof R & string;
    raw[name].push({ id: entry.id, data: schemas[name].parse(entry.data), filePath: entry.source.file });
  }
  return raw;
}

export type { RawCollections };
