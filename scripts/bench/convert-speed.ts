/**
 * `npm exec -- node scripts/bench/convert-speed.ts [--scale K] [--workers N] [--json]`
 *
 * Pure conversion speed (read, normalise, parse, extract, assemble; nothing written): every
 * source of a scratch copy with the seeds plus K renumbered copies of ../shared/corpus/
 * (scratch.ts, as the bench builds), converted once in this thread and once in worker threads
 * (convert-many.ts, one per core unless --workers says otherwise). Reports commitments per second
 * of wall time and per CPU second (process.cpuUsage counts every thread of the process). Each pass
 * includes what a run of `npm run ingest` pays too: loading the lexicon and registry, and warming
 * up the JIT (once per worker). `--json` prints the figures as JSON for scripts/bench/run.ts.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { convertMany } from '../ingest/convert-many.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/read.ts';
import { makeScratchContent } from './scratch.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');

/** The cost of one pass over every source. */
export interface ConversionPass {
  workers: number;
  documents: number;
  commitments: number;
  wallSeconds: number;
  cpuSeconds: number;
  perWallSecond: number;
  perCpuSecond: number;
}

/** Converts every source of `content/sources` with `workers` threads (0: this thread) and times it. */
export async function conversionPass(content: string, workers: number): Promise<ConversionPass> {
  const dir = path.join(content, 'sources');
  const files = readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name) && !/^readme/i.test(name))
    .sort()
    .map((name) => path.join(dir, name));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcomes = await convertMany(files, content, { maxBytes: DEFAULT_MAX_BYTES, workers });
  const wallSeconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const failed = outcomes.filter((o) => 'diagnostics' in o).map((o) => o.file);
  if (failed.length > 0) throw new Error(`Not converted: ${failed.join(', ')}`);
  const commitments = outcomes.reduce((n, o) => n + ('converted' in o ? o.converted.commitments.length : 0), 0);
  return {
    workers,
    documents: files.length,
    commitments,
    wallSeconds,
    cpuSeconds,
    perWallSecond: commitments / wallSeconds,
    perCpuSecond: commitments / cpuSeconds,
  };
}

/** Writes the scratch content for K copies (emptied first) and measures a pass in one thread and one with workers. */
export async function conversionSpeed(copies: number, workers = availableParallelism()): Promise<ConversionPass[]> {
  const dir = path.join(ROOT, `node_modules/.cache/khm-bench/speed-k${copies}`);
  makeScratchContent(dir, ROOT, CORPUS, copies);
  const content = path.join(dir, 'content');
  return [await conversionPass(content, 0), await conversionPass(content, workers)];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, workers: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const copies = Number(values.scale);
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(copies) || copies < 0) throw new Error(`--scale takes a whole number of corpus copies (got ${values.scale}).`);
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`--workers takes a whole number ≥ 1 (got ${values.workers}).`);
  const passes = await conversionSpeed(copies, workers);
  if (values.json) process.stdout.write(`${JSON.stringify({ copies, passes }, null, 2)}\n`);
  else {
    console.log(`Pure conversion, seeds + ${copies} cop${copies === 1 ? 'y' : 'ies'} of ../shared/corpus:`);
    console.log('| threads | documents | commitments | wall | CPU | commitments/s (wall) | commitments/CPU-s |');
    console.log('|---|---|---|---|---|---|---|');
    for (const p of passes)
      console.log(
        `| ${p.workers === 0 ? '1 (main)' : `${p.workers} workers`} | ${p.documents} | ${p.commitments} | ${p.wallSeconds.toFixed(2)} s | ${p.cpuSeconds.toFixed(2)} s | ${p.perWallSecond.toFixed(0)} | ${p.perCpuSecond.toFixed(0)} |`,
      );
  }
}
