/**
 * The collection registry is the one place a collection is declared: a collection added to it
 * in a test — a registry entry plus its schema, nothing else — is read by the shared loader,
 * checked by the validator (schema and relations) and indexed by the data module.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../scripts/validate/validate.ts';
import { loadCollections } from '../lib/content/load-collections.ts';
import { buildCorpus } from '../lib/data/corpus.ts';
import { readCorpusDir } from '../lib/data/read-corpus.ts';
import { COLLECTIONS, NonEmptyText, type CollectionSpec, type RefFactory } from './index.ts';

/** A new collection, unknown to the code base: one list of milestones per document, each pointing at its document. */
const milestones: CollectionSpec = {
  dir: 'milestones',
  layout: 'list',
  writtenBy: 'people',
  schema: (ref: RefFactory) => z.object({ document: ref('documents'), name: NonEmptyText }),
};
const REGISTRY = { documents: COLLECTIONS.documents, themes: COLLECTIONS.themes, milestones };

const dir = mkdtempSync(path.join(tmpdir(), 'khm-registry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
write(
  'documents/kh-12.yaml',
  'number: 12/KH-UBND\ntype: Kế hoạch\nkind: plan\nissuer: null\nplace: null\nissued: "2024-03-05"\nsigner: null\ntitle: Kế hoạch 12\nsource:\n  file: content/sources/kh-12.txt\n',
);
write(
  'milestones/kh-12.yaml',
  '- id: kh-12--moc-1\n  document: kh-12\n  name: Tăng trưởng GRDP\n- id: kh-12--moc-2\n  document: kh-13\n  name: Tỷ lệ hộ nghèo\n',
);

describe('a collection added to the registry', () => {
  it('is read by the shared loader from its folder and layout', () => {
    const loaded = loadCollections(dir, REGISTRY, (a) => path.relative(dir, a));
    expect(loaded.entries.filter((e) => e.collection === 'milestones').map((e) => e.id)).toEqual(['kh-12--moc-1', 'kh-12--moc-2']);
  });

  it('is validated, relations included', () => {
    const problems = validateContent(dir, (a) => path.relative(dir, a), REGISTRY);
    expect(problems.map((d) => `${d.file}:${d.line} ${d.field}: ${d.message}`)).toEqual([
      'milestones/kh-12.yaml:5 milestones[1].document: No documents entry has the id "kh-13"',
    ]);
  });

  it('is indexed by the data module, relations as ids', () => {
    write('milestones/kh-12.yaml', '- id: kh-12--moc-1\n  document: kh-12\n  name: Tăng trưởng GRDP\n');
    const corpus = buildCorpus(readCorpusDir(dir, '/', REGISTRY), REGISTRY) as unknown as Record<
      string,
      Map<string, { document: string; name: string }>
    >;
    expect(corpus.milestones!.get('kh-12--moc-1')).toMatchObject({ document: 'kh-12', name: 'Tăng trưởng GRDP' });
  });
});

describe('the registry', () => {
  it('names only collections it has in every relation of every schema', () => {
    const named = new Set<string>();
    for (const spec of Object.values(COLLECTIONS)) {
      (spec.schema as (ref: RefFactory) => unknown)((collection) => {
        named.add(collection);
        return z.string();
      });
    }
    expect([...named].filter((name) => !(name in COLLECTIONS))).toEqual([]);
  });
});
