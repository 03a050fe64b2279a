/**
 * Sizes of the search bundle in dist/pagefind/, for the build log and the README numbers.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File name of the facet table inside dist/pagefind/ (see facet-table.ts). */
export const FACET_TABLE_FILE = 'khm-facets.json';

/**
 * Files `dist/` may hold: static hosts cap a site at 100,000 files (issue 13), less a margin.
 * Without a cap Pagefind writes one fragment file per result page, beside the page itself, so
 * the archive passes that cap at about 45,000 commitments (≈ 112,000 files at 50,000).
 */
export const DIST_FILE_BUDGET = 95_000;

/** Room kept for the rest of the Pagefind bundle (index and filter chunks, meta, runtime, facet table). */
const BUNDLE_RESERVE = 2_000;

/**
 * Pagefind's `maxFragments` for a site with `otherFiles` files outside dist/pagefind/: what is
 * left of DIST_FILE_BUDGET. Below that many results nothing changes; above it Pagefind bundles
 * pages' fragments into shared files, which costs a first query bytes (measured at K = 3 with
 * 3 pages per file: fragments 10 → 25 KB and the meta file 72 → 97 KB, as every page entry
 * then names its group), so bundling is used only as far as the file budget needs it.
 */
export function fragmentCap(otherFiles: number): number {
  return Math.max(1_000, DIST_FILE_BUDGET - otherFiles - BUNDLE_RESERVE);
}

/** Byte counts of a Pagefind bundle directory. */
export interface BundleSummary {
  /** Index data only: index/, fragment/, filter/ and the pf_meta file. */
  indexBytes: number;
  /** The facet table this project adds. */
  facetTableBytes: number;
  /** Every file in the directory, including the unused stock UIs. */
  totalBytes: number;
  /** Number of files. */
  fileCount: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Adds up the sizes of a Pagefind output directory by kind of file. */
export async function summarizeBundle(dir: string): Promise<BundleSummary> {
  const summary: BundleSummary = { indexBytes: 0, facetTableBytes: 0, totalBytes: 0, fileCount: 0 };
  for (const file of await listFiles(dir)) {
    const { size } = await stat(file);
    const relative = path.relative(dir, file);
    summary.totalBytes += size;
    summary.fileCount += 1;
    if (/^(index|fragment|filter)\//.test(relative) || relative.endsWith('.pf_meta')) summary.indexBytes += size;
    if (relative === FACET_TABLE_FILE) summary.facetTableBytes += size;
  }
  return summary;
}
