/**
 * Converting many sources in worker threads gives what converting them one after the other in
 * this thread gives, in the order of the input, whatever order the workers finish in.
 */
import { readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertMany, workerCount } from './convert-many.ts';
import { DEFAULT_MAX_BYTES } from './read.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONTENT = path.join(ROOT, 'content');
const SEEDS = readdirSync(path.join(CONTENT, 'sources'))
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
  .map((name) => path.join(CONTENT, 'sources', name));

describe('convertMany', () => {
  it('gives byte-identical outcomes in input order in three threads (two workers) and in one', async () => {
    // The seeds in an order that is neither sorted nor by size, plus a file that cannot be read.
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'khm-many-')), 'hong.txt');
    writeFileSync(broken, Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]));
    const files = [SEEDS[2]!, broken, ...SEEDS.slice(3), SEEDS[0]!, SEEDS[1]!];
    const inThread = await convertMany(files, CONTENT, { maxBytes: DEFAULT_MAX_BYTES, threads: 1 });
    const inWorkers = await convertMany(files, CONTENT, { maxBytes: DEFAULT_MAX_BYTES, threads: 3 });
    expect(inWorkers.map((o) => o.file)).toEqual(files);
    expect('diagnostics' in inWorkers[1]!).toBe(true);
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(inThread));
  });

  it.each([
    [1, 2, 0],
    [7, 2, 0],
    [8, 2, 2],
    [242, 2, 2],
    [242, 1, 0],
    [242, 8, 8],
  ])('converts in several threads only when each has sources to convert (%i sources, %i cores → %i threads)', (sources, cores, workers) => {
    expect(workerCount(sources, cores)).toBe(workers);
  });
});
