/**
 * Keeps `dist/` between incremental builds instead of emptying it. Astro empties the output
 * folder before every build and then copies each reused page back from its cache, which costs
 * more than a quarter of an unchanged rebuild (removing and re-creating ~20,000 files). A kept
 * folder is only safe when it holds exactly what this cache's last build left there, so:
 * - after each build a stamp (every file's size and modification time) is written to the cache
 *   folder, and before the next build `dist/` is compared with it; any difference (another build
 *   into the same folder, a hand edit, a half-finished build) and the folder is emptied as usual;
 * - the search index (`dist/pagefind/`, written after the build by the index step) is not an
 *   output of the build: it is removed before it, as emptying would;
 * - after the build, every file this build neither wrote nor reused (a page that is gone, old
 *   assets) is removed, so the folder is what a clean build would give.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Size and modification time of every file of a folder, by path relative to it. */
export type Stamp = Record<string, [size: number, mtimeMs: number]>;

const STAMP_FILE = 'khm-output-stamp.json';
const MANIFEST_FILE = 'incremental-build.json';
/** Written by the index step after the build: never part of the build's output. */
const SEARCH_INDEX = 'pagefind';

/** Whether a path (relative, `/`-separated) is in the search index, which the build does not make. */
const inSearchIndex = (name: string) => name === SEARCH_INDEX || name.startsWith(`${SEARCH_INDEX}/`);

/** The stamp of `dir` now: every file except the search index (one directory walk, one stat per file). */
export function stampOf(dir: string): Stamp {
  const stamp: Stamp = {};
  if (!existsSync(dir)) return stamp;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, file).split(path.sep).join('/');
    if (inSearchIndex(name)) continue;
    const stat = statSync(file);
    stamp[name] = [stat.size, stat.mtimeMs];
  }
  return stamp;
}

/** Whether two stamps describe the same files, byte counts and times. */
export function sameStamp(a: Stamp, b: Stamp): boolean {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => b[name] !== undefined && b[name][0] === a[name]![0] && b[name][1] === a[name]![1]);
}

/**
 * What to remove after a build into a kept folder: files older than the build's start (not
 * written by it) that are not outputs Astro reused (`kept`, from its manifest).
 */
export function staleFiles(stamp: Stamp, since: number, kept: ReadonlySet<string>): string[] {
  return Object.entries(stamp)
    .filter(([name, [, mtime]]) => mtime < since && !kept.has(name))
    .map(([name]) => name);
}

/** Output files recorded in Astro's incremental manifest (relative to the output folder). */
function manifestOutputs(cacheDir: string): Set<string> {
  const outputs = new Set<string>();
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, MANIFEST_FILE), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
    };
    for (const route of Object.values(manifest.routes))
      for (const entry of Object.values(route.paths)) outputs.add(decodeURI(entry.outputFile));
  } catch {
    // No manifest: nothing was reused.
  }
  return outputs;
}

/** The stamp the last build wrote, or null. */
function readStamp(file: string): { outDir: string; files: Stamp } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { outDir: string; files: Stamp };
  } catch {
    return null;
  }
}

/** Removes the folders of `removed` files (relative to `dir`) that are now empty, up to `dir`. */
function removeEmptyDirs(dir: string, removed: readonly string[]): void {
  for (const name of removed) {
    for (let sub = path.dirname(path.join(dir, name)); sub.startsWith(`${dir}${path.sep}`); sub = path.dirname(sub)) {
      if (!existsSync(sub) || readdirSync(sub).length > 0) break;
      rmdirSync(sub);
    }
  }
}

/** The Astro integration (used with `experimental.incrementalBuild`). */
export function keptOutputDir() {
  let outDir = '';
  let cacheDir = '';
  let start = 0;
  let kept = false;
  return {
    name: 'khm-kept-output-dir',
    hooks: {
      'astro:config:setup': ({
        command,
        config,
        updateConfig,
        logger,
      }: {
        command: string;
        config: { outDir: URL; cacheDir: URL };
        updateConfig: (config: Record<string, unknown>) => unknown;
        logger: { info: (message: string) => void };
      }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        start = Date.now();
        const stampFile = path.join(cacheDir, STAMP_FILE);
        const previous = readStamp(stampFile);
        // A build that stops half-way leaves no stamp, so the next one starts from an empty folder.
        rmSync(stampFile, { force: true });
        kept = previous !== null && previous.outDir === outDir && sameStamp(previous.files, stampOf(outDir));
        if (!kept) {
          if (previous) logger.info('The output folder is not as the last build left it: it is emptied.');
          return;
        }
        logger.info('Keeping the output folder of the last build (reused pages stay in place).');
        rmSync(path.join(outDir, SEARCH_INDEX), { recursive: true, force: true });
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:done': ({ logger }: { logger: { info: (message: string) => void } }) => {
        if (!outDir) return;
        const files = stampOf(outDir);
        if (kept) {
          const stale = staleFiles(files, start, manifestOutputs(cacheDir));
          for (const name of stale) {
            rmSync(path.join(outDir, name), { force: true });
            delete files[name];
          }
          removeEmptyDirs(outDir, stale);
          logger.info(`Removed ${stale.length} file(s) of the last build that this one did not make.`);
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(path.join(cacheDir, STAMP_FILE), JSON.stringify({ outDir, files }));
      },
    },
  };
}
