import { describe, expect, it } from 'vitest';
import { renumbered } from './scratch.ts';
import { parseElapsed } from './stage.ts';
import { fileKind, sentBytes, totals, withoutDiacritics } from './first-query.ts';
import { siteStats } from './site-stats.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

describe('the benchmark helpers', () => {
  it('renumbers a copy of a document wherever its own number is written, and nothing else', () => {
    const text = 'Số: 1026/KH-UBND\nThực hiện Kế hoạch số 1026/KH-UBND và Kế hoạch số 11026/KH-UBND.';
    expect(renumbered(text, '1026/KH-UBND', 3)).toBe(
      'Số: 102603/KH-UBND\nThực hiện Kế hoạch số 102603/KH-UBND và Kế hoạch số 11026/KH-UBND.',
    );
    expect(renumbered(text, null, 3)).toBe(text);
  });

  it.each([
    ['\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:04.51\n', 4.51],
    ['\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03\n', 3723],
  ])('reads GNU time’s wall clock %j as %d s', (report, seconds) => expect(parseElapsed(report)).toBeCloseTo(seconds));

  it('types a query without diacritics as a reader would', () => {
    expect(withoutDiacritics('sở kế hoạch và đầu tư')).toBe('so ke hoach va dau tu');
  });

  it.each([
    ['/tim-kiem/', 'page'],
    ['/_astro/search.B1x.js', 'page'],
    ['/pagefind/pagefind.js', 'runtime'],
    ['/pagefind/wasm.vi.pagefind', 'runtime'],
    ['/pagefind/pagefind.vi_1a2b.pf_meta', 'meta'],
    ['/pagefind/index/vi_9f3c.pf_index', 'index'],
    ['/pagefind/filter/vi_77aa.pf_filter', 'filter'],
    ['/pagefind/fragment/vi_795dda5.pf_fragment', 'fragment'],
    ['/pagefind/khm-facets.json', 'facets'],
    ['/base/pagefind/pagefind-entry.json', 'other'],
  ])('files a first-query download %s as %s', (file, kind) => expect(fileKind(file)).toBe(kind));

  it('counts text files as a host sends them (gzipped) and Pagefind’s binary files as they are', () => {
    const text = new TextEncoder().encode('tài chính '.repeat(500));
    expect(sentBytes(text, 'text/javascript; charset=utf-8')).toBe(gzipSync(text, { level: 6 }).length);
    expect(sentBytes(text, 'text/javascript; charset=utf-8')).toBeLessThan(text.length / 10);
    expect(sentBytes(text, 'application/octet-stream')).toBe(text.length);
  });

  it('adds up a visit, its query part (under /pagefind/) and each kind of file', () => {
    const sum = totals([
      { path: '/tim-kiem/', kind: 'page', bytes: 100 },
      { path: '/pagefind/pagefind.js', kind: 'runtime', bytes: 30 },
      { path: '/pagefind/fragment/a.pf_fragment', kind: 'fragment', bytes: 5 },
      { path: '/pagefind/fragment/b.pf_fragment', kind: 'fragment', bytes: 7 },
    ]);
    expect(sum).toEqual({
      requests: 4,
      bytes: 142,
      query_requests: 3,
      query_bytes: 42,
      byKind: { page: { requests: 1, bytes: 100 }, runtime: { requests: 1, bytes: 30 }, fragment: { requests: 2, bytes: 12 } },
    });
  });

  it('reports the largest pages, largest first, and how many pass the 200 KB budget', () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'khm-bench-stats-'));
    try {
      const page = (name: string, kb: number) => {
        mkdirSync(path.join(dist, name), { recursive: true });
        writeFileSync(path.join(dist, name, 'index.html'), 'x'.repeat(kb * 1024));
      };
      page('a', 10);
      page('b', 250);
      page('c', 201);
      page('d', 50);
      const stats = siteStats(dist);
      expect(stats.largestPages.map((p) => p.path)).toEqual(['/b/index.html', '/c/index.html', '/d/index.html', '/a/index.html']);
      expect(stats.largestPage).toEqual(stats.largestPages[0]);
      expect(stats.pagesOverBudget).toBe(2);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
