import { describe, expect, it } from 'vitest';
import { renumbered } from './scratch.ts';
import { parseElapsed } from './stage.ts';
import { withoutDiacritics } from './first-query.ts';
import { siteStats } from './site-stats.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
