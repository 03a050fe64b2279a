/** Sizes of a built site: pages, bytes, the largest page, file count, the search index. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteStats {
  pages: number;
  files: number;
  htmlBytes: number;
  totalBytes: number;
  largestPage: { path: string; bytes: number };
  /** The ten largest pages, largest first (to see which page kinds grow with the archive). */
  largestPages: { path: string; bytes: number }[];
  /** How many pages pass the 200 KB page budget of issue 13. */
  pagesOverBudget: number;
  indexBytes: number;
  /** Median gzip size of a commitment page (HTML plus the CSS it links), or null. */
  commitmentPageGzip: number | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Measures `dist` (a folder built by `astro build`, with a Pagefind index in `pagefind/` when `index` is). */
export function siteStats(dist: string, index = 'pagefind'): SiteStats {
  const files = walk(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  let largest = { path: '', bytes: 0 };
  const pageSizes: { path: string; bytes: number }[] = [];
  let htmlBytes = 0;
  let totalBytes = 0;
  for (const file of files) {
    const bytes = statSync(file).size;
    totalBytes += bytes;
    if (!file.endsWith('.html')) continue;
    htmlBytes += bytes;
    if (bytes > largest.bytes) largest = { path: `/${path.relative(dist, file)}`, bytes };
    pageSizes.push({ path: `/${path.relative(dist, file)}`, bytes });
  }
  const indexDir = path.join(dist, index);
  const indexBytes = files.filter((f) => f.startsWith(indexDir + path.sep)).reduce((n, f) => n + statSync(f).size, 0);
  // A sample of commitment pages: their HTML and linked stylesheets, gzipped as a static host sends them.
  const commitments = html.filter((f) => f.includes(`${path.sep}cam-ket${path.sep}`)).sort();
  const sample = commitments.filter((_, i) => i % Math.max(1, Math.floor(commitments.length / 25)) === 0);
  const sizes = sample.map((file) => {
    const page = readFileSync(file, 'utf8');
    const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
      readFileSync(path.join(dist, m[1]!.replace(/^\//, '')), 'utf8'),
    );
    return gzipSync(page).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
  });
  sizes.sort((a, b) => a - b);
  return {
    pages: html.length,
    files: files.length,
    htmlBytes,
    totalBytes,
    largestPage: largest,
    largestPages: pageSizes.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, 10),
    pagesOverBudget: pageSizes.filter((p) => p.bytes > 200 * 1024).length,
    indexBytes,
    commitmentPageGzip: sizes.length > 0 ? sizes[Math.floor(sizes.length / 2)]! : null,
  };
}
