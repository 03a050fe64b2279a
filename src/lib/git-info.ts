/**
 * "Cập nhật lần cuối" and "Sửa trang này" for a page, from the files it is built from.
 *
 * The date is the committer date of the last commit touching any of the files
 * (`git log --format=%cs`), read once per build for the whole repository so that
 * thousands of pages cost one git call. Outside git (a tarball, a shallow CI clone
 * without history of the file) it falls back to the newest file modification time.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

import { SiteConfigSchema, siteConfig } from './site-config.ts';

/** Where "Sửa trang này" points when EDIT_BASE_URL is not set: the repository's edit view on GitHub. */
export const DEFAULT_EDIT_BASE_URL = SiteConfigSchema.parse({}).EDIT_BASE_URL;

/** Repository root: the folder holding package.json (Astro and Vitest both run from there). */
const REPO_ROOT = process.cwd();

/**
 * Parses `git log --format=%x00%cs --name-only` output into the newest commit date per
 * file. git lists commits newest first, so the first date seen for a file wins.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split('\0').slice(1)) {
    const [date, ...files] = chunk.split('\n');
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) continue;
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, date.trim());
    }
  }
  return dates;
}

let cache: { root: string; dates: Map<string, string> } | null = null;

/** Newest commit date of every file in the repository at `root` (empty when git or history is missing). */
export function gitDates(root: string = REPO_ROOT): Map<string, string> {
  if (cache?.root === root) return cache.dates;
  let dates = new Map<string, string>();
  try {
    const output = execFileSync('git', ['-c', 'core.quotepath=off', 'log', '--format=%x00%cs', '--name-only', '--no-renames'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    dates = parseGitLog(output);
  } catch {
    // Not a git checkout, or git is not installed: the mtime fallback applies.
  }
  cache = { root, dates };
  return dates;
}

/** Local calendar date of a timestamp as YYYY-MM-DD. */
function isoDay(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/**
 * Date (YYYY-MM-DD) a page was last updated: the newest git commit date among `files`
 * (repository-relative paths); for files git does not know, their modification time.
 * Null when none of the files exists.
 */
export function lastUpdated(files: readonly string[], root: string = REPO_ROOT): string | null {
  const dates = gitDates(root);
  let newest: string | null = null;
  for (const file of files) {
    const posix = file.split(path.sep).join('/');
    let date = dates.get(posix) ?? null;
    if (!date) {
      try {
        date = isoDay(statSync(path.resolve(root, file)).mtime);
      } catch {
        date = null;
      }
    }
    if (date && (!newest || date > newest)) newest = date;
  }
  return newest;
}

/** Link to edit `file` in the repository: EDIT_BASE_URL (or the default) followed by the path. */
export function editUrl(file: string, base: string = siteConfig().EDIT_BASE_URL): string {
  const clean = file
    .split(path.sep)
    .join('/')
    .replace(/^\.?\//, '');
  const encoded = clean.split('/').map(encodeURIComponent).join('/');
  return `${base.endsWith('/') ? base : `${base}/`}${encoded}`;
}

/** Everything SourceInfo shows; null when the page has no source files on disk. */
export function sourceInfo(files: readonly string[], root: string = REPO_ROOT): { updated: string; editUrl: string } | null {
  if (files.length === 0) return null;
  const updated = lastUpdated(files, root);
  return updated ? { updated, editUrl: editUrl(files[0]!) } : null;
}

/** Forgets the cached git dates (tests create repositories on the fly). */
export function resetGitCache(): void {
  cache = null;
}
