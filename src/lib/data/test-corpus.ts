/**
 * Test support: the fixture content set (tests/fixtures/content) as a corpus, optionally with
 * extra entries written inline, e.g. a second province's "Sở Tài chính" or a commitment with
 * `timing`. Extra entries go through the shared schemas, so defaults are filled in as for files.
 */
import { buildCorpus, type Corpus, type RawCollections, type RawEntry } from './corpus.ts';
import { readCorpusDir } from './read-corpus.ts';
import { schemas, type CollectionName } from '../../schemas/index.ts';

/** The fixture folder every site test can build from. */
export const FIXTURE_CONTENT = 'tests/fixtures/content';

/** Extra entries per collection: id and data as in a content file (relations as ids). */
export type ExtraEntries = Partial<Record<CollectionName, { id: string; data: Record<string, unknown> }[]>>;

/** The fixture collections plus `extra`; an extra entry with an existing id replaces it. */
export function fixtureRaw(extra: ExtraEntries = {}): RawCollections {
  const raw = readCorpusDir(FIXTURE_CONTENT);
  for (const [name, entries] of Object.entries(extra) as [CollectionName, { id: string; data: Record<string, unknown> }[]][]) {
    const parsed: RawEntry[] = entries.map((entry) => ({
      id: entry.id,
      // Keys the schema does not know yet (e.g. `timing` before it is in the schema) are kept, as a newer schema would.
      data: { ...entry.data, ...(schemas[name].parse(entry.data) as object) },
      filePath: `${FIXTURE_CONTENT}/${name}/${entry.id}.yaml`,
    }));
    const ids = new Set(parsed.map((entry) => entry.id));
    raw[name] = [...raw[name].filter((entry) => !ids.has(entry.id)), ...parsed];
  }
  return raw;
}

/** The fixture corpus plus `extra` (see {@link fixtureRaw}). */
export function fixtureCorpus(extra: ExtraEntries = {}): Corpus {
  return buildCorpus(fixtureRaw(extra));
}
