/**
 * The search index step (scripts/search/build-index.ts) gives the same bytes on every run over
 * the same dist/: two runs over two copies of the built pages write identical bundles (index,
 * fragments, filters, facet table). Pages handed to Pagefind concurrently once reached it in a
 * different order on each run and changed the index.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from '../support/static-server.ts';

/** Copies dist/ without its search bundle, indexes the copy (with `env` added), and returns each bundle file's hash. */
function indexCopy(env: Record<string, string> = {}): Map<string, string> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'khm-determinism-'));
  try {
    cpSync(DIST, copy, { recursive: true, filter: (source) => !source.startsWith(path.join(DIST, 'pagefind')) });
    execFileSync(process.execPath, ['scripts/search/build-index.ts'], { env: { ...process.env, ...env, KHM_DIST: copy }, stdio: 'pipe' });
    const bundle = path.join(copy, 'pagefind');
    const files = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    return new Map(
      files.map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(bundle, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('search index', () => {
  it('is the same bytes on two runs over the same pages', () => {
    const first = indexCopy();
    const second = indexCopy();
    expect([...first.keys()].some((f) => f.startsWith('fragment/'))).toBe(true);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, hash] of first) expect(second.get(file), file).toBe(hash);
  }, 120_000);

  it('bundles fragments into at most maxFragments files with the same results and facet table', () => {
    const single = indexCopy();
    const bundled = indexCopy({ KHM_SEARCH_MAX_FRAGMENTS: '50' });
    const fragmentFiles = (files: Map<string, string>) => [...files.keys()].filter((f) => f.startsWith('fragment/'));
    expect(fragmentFiles(single).length).toBeGreaterThan(50);
    expect(fragmentFiles(bundled).length).toBeLessThanOrEqual(50);
    expect(fragmentFiles(bundled).every((f) => f.includes('_group_'))).toBe(true);
    // The facet table is keyed by result id and read from the fragments: the same table means the same ids and facets.
    expect(bundled.get('khm-facets.json')).toBe(single.get('khm-facets.json'));
  }, 120_000);
});
