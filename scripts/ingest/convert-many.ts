/**
 * Converts many sources, in worker threads when there are enough of them: one thread per core
 * (`os.availableParallelism()`: this one and a worker for each other core), each converting whole
 * documents. Documents are independent
 * (each conversion gets a private copy of the registry, see pipeline.ts), so converting them in
 * parallel cannot change what any of them gives; the outcomes are returned in the order of the
 * input, whatever order the workers finish in, so the writes and the merge after them stay
 * byte-identical to a run in one thread.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { catalogue, DiagnosticError, report, type Diagnostic } from '../../src/diagnostics/index.ts';
import type { ConvertedDocument } from './assemble.ts';
import { convertFile } from './pipeline.ts';
import { reportRow, type ReportRow } from './report.ts';
import path from 'node:path';

/** What converting one source gave: the document and its report row, or why it could not be converted. */
export type Outcome = { file: string; converted: ConvertedDocument; row: ReportRow } | { file: string; diagnostics: Diagnostic[] };

/** A request to a worker: convert `files[index]`. */
export interface ConvertRequest {
  index: number;
  file: string;
  maxBytes: number;
}

/** A worker's answer to one request. */
export interface ConvertAnswer {
  index: number;
  outcome: Outcome;
}

/** Fewest sources per thread worth a worker: a worker first loads the converter and the lexicon and warms up (about 1 s of CPU). */
const SOURCES_PER_WORKER = 4;

/** Converts one source; a converter crash becomes a diagnostic naming the file, so the others still convert. */
export async function convertOne(file: string, contentDir: string, maxBytes: number): Promise<Outcome> {
  try {
    const result = await convertFile(file, contentDir, file, maxBytes);
    if ('diagnostics' in result) return { file, diagnostics: result.diagnostics };
    return { file, converted: result.converted, row: reportRow(path.basename(file), result.converted, result.parsed) };
  } catch (error) {
    if (error instanceof DiagnosticError) return { file, diagnostics: error.diagnostics };
    return { file, diagnostics: [report(catalogue.CONVERTER_CRASH, { file }, { error: (error as Error).stack ?? String(error) })] };
  }
}

/** How many threads convert `sources` files when `requested` (default: one per core) are allowed; 0 converts in this thread only. */
export function workerCount(sources: number, requested = availableParallelism()): number {
  const count = Math.min(requested, Math.floor(sources / SOURCES_PER_WORKER));
  return count >= 2 ? count : 0;
}

/** Larger sources first, so no worker starts the largest one last; ties keep the input order. */
function dispatchOrder(files: readonly string[]): number[] {
  const size = (file: string) => {
    try {
      return statSync(file).size;
    } catch {
      return 0;
    }
  };
  const sizes = files.map(size);
  return files.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

/**
 * Converts `files` (read from disk; `contentDir` holds the agency registry and themes) and returns
 * one outcome per file, in the order of `files`. `threads` is how many threads convert, this one
 * included (it has the converter loaded and warm already, so it takes documents too; a worker
 * pays about 1 s of CPU to load and warm up); 0 or 1 converts in this thread only.
 */
export async function convertMany(
  files: readonly string[],
  contentDir: string,
  options: { maxBytes: number; threads?: number },
): Promise<Outcome[]> {
  const threads = options.threads ?? workerCount(files.length);
  const outcomes: Outcome[] = new Array<Outcome>(files.length);
  if (threads <= 1) {
    for (const [index, file] of files.entries()) outcomes[index] = await convertOne(file, contentDir, options.maxBytes);
    return outcomes;
  }
  const queue = dispatchOrder(files);
  const pool = Array.from(
    { length: Math.min(threads - 1, files.length) },
    () => new Worker(new URL('./convert-worker.ts', import.meta.url), { workerData: { contentDir } }),
  );
  // Between two documents of its own this thread hands the next one to any worker that answered.
  const inThisThread = async (): Promise<void> => {
    for (let index = queue.shift(); index !== undefined; index = queue.shift())
      outcomes[index] = await convertOne(files[index]!, contentDir, options.maxBytes);
  };
  try {
    await Promise.all([
      inThisThread(),
      ...pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const index = queue.shift();
              if (index === undefined) return resolve();
              worker.postMessage({ index, file: files[index]!, maxBytes: options.maxBytes } satisfies ConvertRequest);
            };
            worker.on('message', (answer: ConvertAnswer) => {
              outcomes[answer.index] = answer.outcome;
              next();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`A conversion worker stopped with exit code ${code}.`));
            });
            next();
          }),
      ),
    ]);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return outcomes;
}
