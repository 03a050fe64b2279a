/**
 * `npm exec -- node scripts/bench/convert-speed.ts [--scale K] [--threads N] [--json]`
 *
 * Pure conversion speed (read, normalise, parse, extract, assemble; nothing written): every
 * source of a scratch copy with the seeds plus K renumbered copies of ../shared/corpus/
 * (scratch.ts, as the bench builds), converted once in this thread and once in worker threads
 * (convert-many.ts: this one and a worker per other core, unless --threads says otherwise). Reports commitments per second
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
  /** Threads that converted: 1 is this one only, N is this one and N − 1 workers. */
  threads: number;
  documents: number;
  commitments: number;
  wallSeconds: number;
  cpuSeconds: number;
  perWallSecond: number;
  perCpuSecond: number;
}

/** Converts every source of `content/sources` in `threads` threads (1: this one only) and times it. */
export async function conversionPass(content: string, threads: number): Promise<ConversionPass> {
  const dir = path.join(content, 'sources');
  const files = readdirSync(dir)
    .filter((name) => /\.(txt|md)$/i.test(name) && !/^readme/i.test(name))
    .sort()
    .map((name) => path.join(dir, name));
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcomes = await convertMany(files, content, { maxBytes: DEFAULT_MAX_BYTES, threads });
  const wallSeconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const failed = outcomes.filter((o) => 'diagnostics' in o).map((o) => o.file);
  if (failed.length > 0) throw new Error(`Not converted: ${failed.join(', ')}`);
  const commitments = outcomes.reduce((n, o) => n + ('converted' in o ? o.converted.commitments.length : 0), 0);
  return {
    threads,
    documents: files.length,
    commitments,
    wallSeconds,
    cpuSeconds,
    perWallSecond: commitments / wallSeconds,
    perCpuSecond: commitments / cpuSeconds,
  };
}

/** Writes the scratch content for K copies (emptied first) and measures a pass in one thread and one in `threads`. */
export async function conversionSpeed(copies: number, threads = availableParallelism()): Promise<ConversionPass[]> {
  const dir = path.join(ROOT, `node_modules/.cache/khm-bench/speed-k${copies}`);
  makeScratchContent(dir, ROOT, CORPUS, copies);
  const content = path.join(dir, 'content');
  return [await conversionPass(content, 1), await conversionPass(content, threads)];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '1' }, threads: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const copies = Number(values.scale);
  const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
  if (!Number.isInteger(copies) || copies < 0) throw new Error(`--scale takes a whole number of corpus copies (got ${values.scale}).`);
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`--threads takes a whole number ≥ 1 (got ${values.threads}).`);
  const passes = await conversionSpeed(copies, threads);
  if (values.json) process.stdout.write(`${JSON.stringify({ copies, passes }, null, 2)}\n`);
  else {
    console.log(`Pure conversion, seeds + ${copies} cop${copies === 1 ? 'y' : 'ies'} of ../shared/corpus:`);
    console.log('| threads | documents | commitments | wall | CPU | commitments/s (wall) | commitments/CPU-s |');
    console.log('|---|---|---|---|---|---|---|');
    for (const p of passes)
      console.log(
        `| ${p.threads === 1 ? '1' : `${p.threads} (${p.threads - 1} worker${p.threads === 2 ? '' : 's'})`} | ${p.documents} | ${p.commitments} | ${p.wallSeconds.toFixed(2)} s | ${p.cpuSeconds.toFixed(2)} s | ${p.perWallSecond.toFixed(0)} | ${p.perCpuSecond.toFixed(0)} |`,
      );
  }
}
