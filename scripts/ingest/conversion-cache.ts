/**
 * Incremental ingest: a source whose conversion inputs are the same as on the last run gets
 * that run's conversion outcome back (the document, its report row and every warning the
 * conversion gave) instead of being converted again. Only conversion is cached: the writes and
 * the merge with staff edits still run over every document (write/plan.ts).
 *
 * A conversion depends on the source bytes and its sidecar, the converter's code and vocabulary,
 * the themes and the whole agency registry (an agency added by one document changes how another
 * resolves its names, and whether it warns AGENCY_NEW). So the key of an outcome is a digest of
 * all of these as they are when the run starts; conversion only reads the registry before any
 * file is written, so the key covers exactly what the conversion saw. A run after one that
 * changed the registry therefore re-converts everything, which is correct: the outcomes of the
 * run before were computed against another registry.
 *
 * The cache holds one slot per source path (a digest of the absolute path), so it never grows
 * beyond the number of sources; a slot whose key differs is a miss and is overwritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { convertMany, type Outcome } from './convert-many.ts';
import { sidecarPath } from './read.ts';

/** The repository root: the converter's own code is hashed from here. */
const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Everything of the repository a conversion runs or reads: the converter with its lexicon, the
 * content model and diagnostics it validates and reports with, the content reader and the
 * validator it shares, and the lockfile (the `yaml` and `zod` versions).
 */
const CODE = ['scripts/ingest', 'scripts/validate', 'src/schemas', 'src/diagnostics', 'src/lib', 'package-lock.json'];

/** Folders of the content folder a conversion reads. */
const CONVERTER_INPUTS = ['agencies', 'themes'];

/** Bumped when what a slot holds changes shape. */
const FORMAT = 'khm-ingest-cache 1';

/** The cache folder: `$KHM_CACHE_DIR/khm-ingest` (Astro's cache folder beside it) or node_modules/.cache/khm-ingest. */
export function cacheDirOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.KHM_CACHE_DIR ? path.join(env.KHM_CACHE_DIR, 'khm-ingest') : path.join('node_modules', '.cache', 'khm-ingest');
}

/** Every file under `dir` (or `dir` itself), sorted, as paths relative to `base`. */
function filesUnder(base: string, dir: string): string[] {
  const absolute = path.join(base, dir);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [dir];
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((name) => statSync(path.join(base, name)).isFile())
    .sort();
}

/** Adds each file's name and bytes to `hash`, unambiguously. */
function hashFiles(hash: ReturnType<typeof createHash>, base: string, dirs: readonly string[]): void {
  for (const name of dirs.flatMap((dir) => filesUnder(base, dir))) {
    const bytes = readFileSync(path.join(base, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
}

/**
 * Digest of everything every conversion of this run shares: Node's version (the slot format),
 * the converter's code and vocabulary under `codeRoot`, and the agency registry and themes of
 * `contentDir` as they are now.
 */
export function runDigest(contentDir: string, codeRoot = ROOT): string {
  const hash = createHash('sha256').update(`${FORMAT}\0${process.version}\0`);
  hashFiles(hash, codeRoot, CODE);
  hash.update('\0content\0');
  hashFiles(hash, contentDir, CONVERTER_INPUTS);
  return hash.digest('hex');
}

/** Key of one source's outcome: the run digest, how it is named and limited, its bytes and its sidecar's. */
function sourceKey(run: string, file: string, maxBytes: number): string | null {
  try {
    const hash = createHash('sha256').update(`${run}\0${file}\0${maxBytes}\0`);
    hash.update(readFileSync(file));
    const sidecar = sidecarPath(file);
    hash.update(existsSync(sidecar) ? Buffer.concat([Buffer.from('\0sidecar\0'), readFileSync(sidecar)]) : '\0no sidecar\0');
    return hash.digest('hex');
  } catch {
    return null; // unreadable: the conversion reports why
  }
}

/** Path of the slot of `file`. */
function slotOf(cacheDir: string, file: string): string {
  return path.join(cacheDir, `${createHash('sha256').update(path.resolve(file)).digest('hex')}.bin`);
}

/** The outcome stored for `key` in the slot of `file`, or null (absent, another key, unreadable). */
function lookUp(cacheDir: string, file: string, key: string): Outcome | null {
  try {
    const slot = deserialize(readFileSync(slotOf(cacheDir, file))) as { key: string; outcome: Outcome };
    return slot.key === key ? slot.outcome : null;
  } catch {
    return null;
  }
}

/** Stores an outcome (written to a temporary name, then renamed: a reader never sees half a slot). */
function store(cacheDir: string, file: string, key: string, outcome: Outcome): void {
  const slot = slotOf(cacheDir, file);
  const partial = `${slot}.${process.pid}.tmp`;
  // The same bytes as a worker's answer (the structured clone of convert-many.ts), so a reused
  // outcome is the outcome of a conversion in a worker thread.
  writeFileSync(partial, serialize({ key, outcome }));
  renameSync(partial, slot);
}

/**
 * convertMany (same arguments, same outcomes in the same order) that converts only the sources
 * whose key has no stored outcome, and stores the new successful outcomes. Outcomes that could
 * not be converted are not stored: they are cheap to find again, and a converter crash may not
 * happen twice. `reused` counts the outcomes taken from the cache.
 */
export async function convertManyCached(
  files: readonly string[],
  contentDir: string,
  options: { maxBytes: number; threads?: number; cacheDir: string; codeRoot?: string },
): Promise<{ outcomes: Outcome[]; reused: number }> {
  const run = runDigest(contentDir, options.codeRoot);
  const keys = files.map((file) => sourceKey(run, file, options.maxBytes));
  const outcomes = files.map((file, i) => (keys[i] ? lookUp(options.cacheDir, file, keys[i]) : null));
  const missing = files.map((_, i) => i).filter((i) => outcomes[i] === null);
  const converted = await convertMany(
    missing.map((i) => files[i]!),
    contentDir,
    options,
  );
  mkdirSync(options.cacheDir, { recursive: true });
  for (const [n, i] of missing.entries()) {
    const outcome = converted[n]!;
    outcomes[i] = outcome;
    if (keys[i] && 'converted' in outcome) store(options.cacheDir, files[i]!, keys[i], outcome);
  }
  return { outcomes: outcomes as Outcome[], reused: files.length - missing.length };
}
