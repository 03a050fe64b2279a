import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digester } from './digest.ts';
import { buildContext, keyedPaths, pageDigest } from './cache-key.ts';
import { planLoad, type LoadRecord } from '../content/yaml-loader.ts';
import { sameStamp, staleFiles } from './output-dir.ts';

describe('digester', () => {
  it('gives the same digest for equal data and another for any change, however deep', () => {
    const digest = digester();
    const view = () => ({ a: 1, list: [{ id: 'x', text: 'một câu dài hơn bốn mươi ký tự để được băm riêng' }], when: new Date(0) });
    expect(digest(view())).toBe(digest(view()));
    const changed = view();
    changed.list[0]!.text = 'một câu dài hơn bốn mươi ký tự để được băm riêng.';
    expect(digest(changed)).not.toBe(digest(view()));
    expect(digest({ n: 1 })).not.toBe(digest({ n: '1' }));
    expect(digest({ n: undefined })).not.toBe(digest({ n: null }));
    expect(digest(new Map([['a', 1]]))).not.toBe(digest(new Map([['a', 2]])));
    expect(digest(new Set(['a']))).not.toBe(digest(new Set(['b'])));
    expect(digest([new Date(0)])).not.toBe(digest([new Date(1)]));
  });

  it('reuses the digest of a shared object but sees a new object with other data', () => {
    const digest = digester();
    const shared = { id: 'doc', title: 'Kế hoạch' };
    const first = digest([shared, shared]);
    expect(digest([shared, shared])).toBe(first);
    expect(digest([shared, { ...shared, title: 'Kế hoạch 2' }])).not.toBe(first);
  });

  it('adds what the hook gives for a field', () => {
    let date = '2026-01-01';
    const digest = digester((key) => (key === 'sourceFiles' ? date : undefined));
    const before = digest({ sourceFiles: ['content/a.yaml'] });
    date = '2026-01-02';
    expect(digest({ sourceFiles: ['content/a.yaml'] })).not.toBe(before);
  });

  it('refuses what cannot be digested instead of ignoring it', () => {
    const digest = digester();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => digest(loop)).toThrow(/refers to itself/);
    expect(() => digest({ f: () => 1 })).toThrow(/function/);
  });
});

describe('keyedPaths', () => {
  afterEach(() => {
    delete process.env.KHM_BUILD_DATE;
  });

  it('keys each path by its data and the build day', async () => {
    const data: Record<string, { n: number }> = { a: { n: 1 }, b: { n: 2 } };
    const paths = () => [{ params: { id: 'a' } }, { params: { id: 'b' } }];
    process.env.KHM_BUILD_DATE = '2026-12-01';
    const first = await keyedPaths(paths(), ({ id }) => [{ ...data[id]! }]);
    const again = await keyedPaths(paths(), ({ id }) => [{ ...data[id]! }]);
    expect(again.map((p) => p.cacheKey)).toEqual(first.map((p) => p.cacheKey));
    expect(first[0]!.cacheKey).not.toBe(first[1]!.cacheKey);
    data.b = { n: 3 };
    const changed = await keyedPaths(paths(), ({ id }) => [Promise.resolve({ ...data[id]! })]);
    expect(changed[0]!.cacheKey).toBe(first[0]!.cacheKey);
    expect(changed[1]!.cacheKey).not.toBe(first[1]!.cacheKey);
    process.env.KHM_BUILD_DATE = '2026-12-02';
    const nextDay = await keyedPaths(paths(), ({ id }) => [{ ...data[id]! }]);
    expect(nextDay[0]!.cacheKey).not.toBe(changed[0]!.cacheKey);
    expect(buildContext().day).toBe('2026-12-02');
  });

  it('covers the date and edit link of the source files a view names', () => {
    // The README is in git: its date is known; a file that does not exist has none.
    expect(pageDigest({ sourceFiles: ['README.md'] })).not.toBe(pageDigest({ sourceFiles: ['no-such-file.yaml'] }));
  });
});

describe('planLoad (the content loader keeps unchanged files)', () => {
  const record: LoadRecord = {
    code: 'c1',
    files: { 'a.yaml': { digest: 'da', ids: ['a1', 'a2'] }, 'b.yaml': { digest: 'db', ids: ['b1'] } },
  };
  const all = () => true;

  it('parses nothing when no file changed', () => {
    const plan = planLoad(
      record,
      'c1',
      new Map([
        ['a.yaml', 'da'],
        ['b.yaml', 'db'],
      ]),
      all,
    );
    expect(plan).toEqual({ parse: [], keep: record.files, remove: [] });
  });

  it('parses a changed or new file and drops the entries of a changed or removed one', () => {
    const plan = planLoad(
      record,
      'c1',
      new Map([
        ['a.yaml', 'da2'],
        ['c.yaml', 'dc'],
      ]),
      all,
    );
    expect(plan.parse.sort()).toEqual(['a.yaml', 'c.yaml']);
    expect(plan.keep).toEqual({});
    expect(plan.remove.sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('keeps an id that moved into a kept file', () => {
    const moved: LoadRecord = { code: 'c1', files: { ...record.files, 'b.yaml': { digest: 'db', ids: ['b1', 'a2'] } } };
    const plan = planLoad(
      moved,
      'c1',
      new Map([
        ['a.yaml', 'da2'],
        ['b.yaml', 'db'],
      ]),
      all,
    );
    expect(plan.remove).toEqual(['a1']);
  });

  it('parses everything after a change of the loader or schema code, or without a record', () => {
    const digests = new Map([
      ['a.yaml', 'da'],
      ['b.yaml', 'db'],
    ]);
    expect(planLoad(record, 'c2', digests, all).parse.sort()).toEqual(['a.yaml', 'b.yaml']);
    expect(planLoad(null, 'c1', digests, all).parse.sort()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('parses a file again when one of its entries is missing from the store', () => {
    const plan = planLoad(
      record,
      'c1',
      new Map([
        ['a.yaml', 'da'],
        ['b.yaml', 'db'],
      ]),
      (id) => id !== 'b1',
    );
    expect(plan.parse).toEqual(['b.yaml']);
  });
});

/**
 * The keys are only as good as the data calls they digest: every data call a route makes
 * (`getX(…)` from the data module) must also be in its getStaticPaths' keyedPaths, and no
 * component or layout may read data the page does not pass it (only the build day, which every key has).
 */
describe('every route keys what it renders', () => {
  const pages = path.resolve('src/pages');
  const routes = readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts)$/.test(f) && !/\.test\.ts$/.test(f));

  it.each(routes.filter((f) => readFileSync(path.join(pages, f), 'utf8').includes('getStaticPaths')))('%s', (route) => {
    const source = readFileSync(path.join(pages, route), 'utf8');
    const start = source.search(/export (async )?function getStaticPaths/);
    const end = source.indexOf('\n}\n', start);
    expect(start, 'getStaticPaths').toBeGreaterThanOrEqual(0);
    const paths = source.slice(start, end);
    const rest = source.slice(0, start) + source.slice(end);
    expect(paths).toMatch(/keyedPaths\(/);
    const imported = [...source.matchAll(/import \{([^}]*)\} from '[./]*lib\/data\/index\.ts'/g)].flatMap((m) =>
      m[1]!.split(',').map((s) => s.trim()),
    );
    for (const name of imported.filter((n) => /^get[A-Z]/.test(n))) {
      if (new RegExp(`\\b${name}\\(`).test(rest))
        expect(paths, `${name} is called by the page but not in its cacheKey`).toMatch(new RegExp(`\\b${name}\\(`));
    }
  });

  it('components and layouts read no data of their own', () => {
    for (const dir of ['src/components', 'src/layouts']) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'))) {
        const source = readFileSync(path.join(dir, file), 'utf8');
        for (const m of source.matchAll(/import \{([^}]*)\} from '[./]*lib\/data\/index\.ts'/g)) {
          const names = m[1]!.split(',').map((s) => s.trim().replace(/^type /, ''));
          expect(
            names.filter((n) => n !== 'buildDate' && !/^format/.test(n)),
            `${file} reads data the page's key does not cover`,
          ).toEqual([]);
        }
      }
    }
  });
});

describe('kept output folder', () => {
  it('compares stamps by every file, size and time', () => {
    const a = { 'a.html': [10, 1] as [number, number], 'b.html': [5, 2] as [number, number] };
    expect(sameStamp(a, { ...a })).toBe(true);
    expect(sameStamp(a, { ...a, 'b.html': [5, 3] })).toBe(false);
    expect(sameStamp(a, { ...a, 'b.html': [6, 2] })).toBe(false);
    expect(sameStamp(a, { 'a.html': [10, 1] })).toBe(false);
    expect(sameStamp(a, { ...a, 'c.html': [1, 1] })).toBe(false);
  });

  it('removes what the build neither wrote nor reused', () => {
    const stamp = {
      'old.html': [1, 100] as [number, number],
      'reused.html': [1, 100] as [number, number],
      'new.html': [1, 300] as [number, number],
    };
    expect(staleFiles(stamp, 200, new Set(['reused.html']))).toEqual(['old.html']);
  });
});
