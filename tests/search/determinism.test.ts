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

/** Copies dist/ without its search bundle, indexes the copy, and returns each bundle file's hash. */
function indexCopy(): Map<string, string> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'khm-determinism-'));
  try {
    cpSync(DIST, copy, { recursive: true, filter: (source) => !source.startsWith(path.join(DIST, 'pagefind')) });
    execFileSync(process.execPath, ['scripts/search/build-index.ts'], { env: { ...process.env, KHM_DIST: copy }, stdio: 'pipe' });
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
});
