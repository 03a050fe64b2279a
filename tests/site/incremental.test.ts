/**
 * Incremental builds (issue 13): a rebuild reuses the pages whose cacheKey and code are unchanged
 * (Astro's experimental.incrementalBuild, keys from src/lib/incremental/cache-key.ts) and the
 * content files whose text is unchanged (src/lib/content/yaml-loader.ts). A stale page would be
 * published on a government's behalf, so the test holds every rebuild to the output of a clean
 * build of the same content on the same day, file for file and byte for byte, and checks that the
 * pages that did not change were indeed reused, not rendered again.
 *
 * Builds the fixture content (tests/fixtures/content) in a scratch folder, five times: a first
 * build; a rebuild after one commitment's text changed and another commitment was removed, and a
 * clean build of that content; a rebuild as of a later day (a deadline passed) over a dist/ with
 * a page edited by hand, and a clean build on that day. The rebuilds keep dist/ (src/lib/incremental/output-dir.ts), so the comparison
 * with the clean builds also proves that nothing stale is left in it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const COMMITMENT = 'ca-mau-2023-01-ctr-01-ubnd--c-1-1--2';
// Removed in the same change: its page must go from dist/.
const REMOVED = 'hau-giang-2020-bao-cao-chinh-tri-xiv--p2-ii-1-2--1';
const OLD_TEXT = 'Tăng cường quản lý thu ngân sách nhà nước, tập trung các giải pháp chống thất thu và xử lý nợ đọng thuế.';
const NEW_TEXT = 'Tăng cường quản lý thu ngân sách nhà nước, chống thất thu và xử lý dứt điểm nợ đọng thuế.';
// The fixture has a deadline on 2023-12-20: its commitment is overdue on the second day, not on the first.
const DAY = '2023-12-01';
const LATER_DAY = '2024-01-15';

let work: string;

/** Builds `content` into `out` with the cache folder `cache`, as of `day`; returns the build log. */
function build(content: string, out: string, cache: string, day: string): string {
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KHM_CONTENT_DIR: content, KHM_CACHE_DIR: cache, KHM_BUILD_DATE: day },
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** Every file of a folder (relative path → sha256 of its bytes). */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) files.set(name, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

/** Files whose bytes differ between two snapshots (or that only one has). */
function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((name) => a.get(name) !== b.get(name)).sort();
}

/** Modification times of the copies Astro keeps of keyed pages: a copy is written only when its page is rendered. */
function cachedCopies(cache: string): Map<string, number> {
  const dir = path.join(cache, 'dist');
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(dir, name)).isFile())
      .map((name) => [name, statSync(path.join(dir, name)).mtimeMs]),
  );
}

const rendered = (before: Map<string, number>, after: Map<string, number>) =>
  [...after].filter(([name, time]) => before.get(name) !== time).map(([name]) => name);

let first: Map<string, string>;
let second: { dist: Map<string, string>; clean: Map<string, string>; rendered: string[]; keyed: string[] };
let third: { dist: Map<string, string>; clean: Map<string, string>; rendered: string[] };

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'khm-incremental-'));
  const content = path.join(work, 'content');
  cpSync(path.join(ROOT, 'tests/fixtures/content'), content, { recursive: true });
  const [dist, cache] = [path.join(work, 'dist'), path.join(work, 'cache')];
  build(content, dist, cache, DAY);
  first = snapshot(dist);
  const copies1 = cachedCopies(cache);

  const file = path.join(content, 'commitments/ca-mau-2023-01-ctr-01-ubnd.yaml');
  const yaml = readFileSync(file, 'utf8');
  expect(yaml).toContain(`text: ${OLD_TEXT}`);
  writeFileSync(file, yaml.replace(`text: ${OLD_TEXT}`, `text: ${NEW_TEXT}`));
  const other = path.join(content, 'commitments/hau-giang-2020-bao-cao-chinh-tri-xiv.yaml');
  const entries = readFileSync(other, 'utf8').split(/^(?=- id: )/m);
  expect(entries.filter((entry) => entry.startsWith(`- id: ${REMOVED}\n`))).toHaveLength(1);
  writeFileSync(other, entries.filter((entry) => !entry.startsWith(`- id: ${REMOVED}\n`)).join(''));
  // The search index of the first build (written by the index step, not by astro build) must not survive a rebuild.
  mkdirSync(path.join(dist, 'pagefind'));
  writeFileSync(path.join(dist, 'pagefind/pagefind.js'), '');
  const log2 = build(content, dist, cache, DAY);
  expect(log2).toContain('Keeping the output folder of the last build');
  expect(log2).toMatch(/Removed [1-9]\d* file\(s\) of the last build/);
  const copies2 = cachedCopies(cache);
  build(content, path.join(work, 'clean-2'), path.join(work, 'cache-2'), DAY);
  second = {
    dist: snapshot(dist),
    clean: snapshot(path.join(work, 'clean-2')),
    rendered: rendered(copies1, copies2),
    keyed: [...copies2.keys()],
  };

  // A page edited by hand in dist/ (or written by another build) must not be trusted: the folder is emptied and rebuilt.
  writeFileSync(path.join(dist, 'cam-ket/ca-mau-2023-01-ctr-01-ubnd--a--1/index.html'), 'edited');
  expect(build(content, dist, cache, LATER_DAY)).toContain('is emptied');
  const copies3 = cachedCopies(cache);
  build(content, path.join(work, 'clean-3'), path.join(work, 'cache-3'), LATER_DAY);
  third = { dist: snapshot(dist), clean: snapshot(path.join(work, 'clean-3')), rendered: rendered(copies2, copies3) };
}, 600_000);

afterAll(() => {
  if (work && existsSync(work)) rmSync(work, { recursive: true, force: true });
});

describe('a rebuild after one commitment changed', () => {
  it('gives exactly the files of a clean build of the changed content', () => {
    expect(changed(second.dist, second.clean)).toEqual([]);
  });

  it('re-renders every page showing the commitment: its page, its agencies, theme, place and related commitments', () => {
    const differ = changed(first, second.clean);
    const showing = [...second.clean.keys()].filter(
      (name) => name.endsWith('.html') && readFileSync(path.join(work, 'clean-2', name), 'utf8').includes(NEW_TEXT),
    );
    expect(showing).toEqual(
      expect.arrayContaining([
        `cam-ket/${COMMITMENT}/index.html`,
        'co-quan/so-tai-chinh/index.html',
        'co-quan/cuc-thue-tinh/index.html',
        'chu-de/tai-chinh-ngan-sach/index.html',
        'dia-phuong/ca-mau/index.html',
      ]),
    );
    for (const page of showing) {
      expect(differ, page).toContain(page);
      expect(second.rendered, page).toContain(page);
    }
    // The open data has it too (the collection files and the document's own files).
    expect(differ).toEqual(expect.arrayContaining(['du-lieu/cam-ket.json', 'du-lieu/van-ban/ca-mau-2023-01-ctr-01-ubnd.json']));
  });

  it('removes the page of the removed commitment (and the old search index)', () => {
    expect(first.has(`cam-ket/${REMOVED}/index.html`)).toBe(true);
    expect(second.dist.has(`cam-ket/${REMOVED}/index.html`)).toBe(false);
    expect(existsSync(path.join(work, 'dist', 'pagefind'))).toBe(false);
  });

  it('reuses the pages that did not change instead of rendering them', () => {
    const differ = new Set(changed(first, second.clean));
    const reused = second.keyed.filter((name) => !second.rendered.includes(name));
    // Nothing that changed was reused (the clean-build comparison says the same from the other side)…
    expect(reused.filter((name) => differ.has(name))).toEqual([]);
    // …and most keyed pages, those the change does not reach, were not rendered again.
    expect(reused.length).toBeGreaterThan(second.keyed.length / 2);
    expect(reused).toContain('cam-ket/ca-mau-2023-01-ctr-01-ubnd--a--1/index.html');
  });
});

describe('a rebuild on a later day', () => {
  it('gives exactly the files of a clean build on that day', () => {
    expect(changed(third.dist, third.clean)).toEqual([]);
  });

  it('re-renders the pages whose derived states or deadlines depend on the day', () => {
    const differ = changed(second.clean, third.clean);
    expect(differ.length).toBeGreaterThan(0);
    for (const name of differ.filter((n) => second.keyed.includes(n))) expect(third.rendered, name).toContain(name);
  });
});
