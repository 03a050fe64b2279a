/**
 * Sizes of the search bundle in dist/pagefind/, for the build log and the README numbers.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File name of the facet table inside dist/pagefind/ (see facet-table.ts). */
export const FACET_TABLE_FILE = 'khm-facets.json';

/**
 * Pagefind's `maxFragments`: at most this many fragment files; beyond it Pagefind bundles
 * several pages' fragments into one file (about 2 per file at 50,000 pages). Without it a
 * site has one fragment file per result page besides the page itself, and passes the 100,000
 * files static hosts cap (issue 13: about 118,000 at 50,000 commitments). Below this many
 * results nothing changes: a first query downloads one small file per result shown; a bundled
 * file costs the bytes of its other pages too. `KHM_SEARCH_MAX_FRAGMENTS` overrides it (tests).
 */
export const MAX_FRAGMENTS = 25_000;

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
