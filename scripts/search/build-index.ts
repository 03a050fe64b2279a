/**
 * `npm run build` step 2: the Pagefind search index over dist/, plus the facet table.
 *   1. copy the pages that are results (those marking `data-pagefind-body`: commitments,
 *      documents, agencies, themes, places, cited documents) into a scratch folder, cut down
 *      to their language, title and `data-pagefind-body` elements, with a space after each
 *      block element so words of adjacent elements stay apart (prepare-html.ts; Pagefind
 *      ignores the rest of a page, but reads and parses it), and index that folder with one
 *      `addDirectory` call; Pagefind then
 *      reads and parses the files itself, in parallel and in a fixed order, as its CLI does, so
 *      the index is the same bytes on every run over the same dist/ (pages handed over one
 *      `addHTMLFile` at a time took 3× the CLI's time, and concurrent adds reached Pagefind in
 *      a different order on each run, giving a different index);
 *   2. write the Pagefind bundle into dist/pagefind/ (without the stock UIs, which the site does not
 *      use), with no more fragment files than dist/'s file budget leaves room for (fragmentCap in
 *      bundle.ts; `KHM_SEARCH_MAX_FRAGMENTS` sets the cap, for tests);
 *   3. derive the facet table (facet values and date per result, see facet-table.ts) from the
 *      fragments just written, read from disk (reading the whole index back through the Node
 *      API's `getFiles()` took longer than indexing), and write it next to the bundle;
 *   4. print what was indexed and how big it is.
 * Nothing is added to the indexed text: Vietnamese đ → d is handled on the query side.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { META_KEYS } from '../../src/lib/search-constants.ts';
import { encodeFacetTable } from '../../src/scripts/search/facet-table-format.ts';
import { buildFacetTable, readFragmentFile } from './facet-table.ts';
import { FACET_TABLE_FILE, fragmentCap, summarizeBundle } from './bundle.ts';
import { pagefindInput, separateBlocks } from './prepare-html.ts';

const root = path.resolve(import.meta.dirname, '../..');
// KHM_DIST indexes another build (the benchmark builds into scratch folders).
const dist = process.env.KHM_DIST ? path.resolve(process.env.KHM_DIST) : path.join(root, 'dist');
const outputPath = path.join(dist, 'pagefind');
/** Pagefind's stock UIs and highlighter: the site has its own UI (src/scripts/search), so they are not published. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Stops the build with a message that says what failed and what to do. */
function fail(message: string): never {
  console.error(`build-index: ${message}`);
  process.exit(1);
}

/** Runs `work` over `items`, 256 at a time (tens of thousands of files open at once would exhaust file handles); results in input order. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 256) results.push(...(await Promise.all(items.slice(i, i + 256).map(work))));
  return results;
}

const distFiles = await readdir(dist, { recursive: true, withFileTypes: true });
const inBundle = (entry: { parentPath: string }) => {
  const folder = path.relative(dist, entry.parentPath);
  return folder === 'pagefind' || folder.startsWith(`pagefind${path.sep}`);
};
const otherFiles = distFiles.filter((entry) => entry.isFile() && !inBundle(entry)).length;
const maxFragments = Number(process.env.KHM_SEARCH_MAX_FRAGMENTS ?? fragmentCap(otherFiles));
if (!Number.isInteger(maxFragments) || maxFragments < 1) fail(`KHM_SEARCH_MAX_FRAGMENTS must be a whole number ≥ 1 (got ${maxFragments}).`);
const { index, errors } = await pagefind.createIndex({ maxFragments });
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);

// 1. Index the result pages of dist/, prepared for Pagefind, from a scratch folder.
const pages = distFiles
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
  .filter((page) => !page.startsWith(`pagefind${path.sep}`))
  .sort();
if (pages.length === 0) fail('dist/ has no HTML pages. Run `astro build` first.');
const scratch = await mkdtemp(path.join(os.tmpdir(), 'khm-search-'));
let results = 0;
try {
  await inBatches(pages, async (page) => {
    const html = await readFile(path.join(dist, page), 'utf8');
    // Pages without a body would be parsed only to be skipped (Pagefind indexes only bodies when any page has one).
    if (!html.includes('data-pagefind-body')) return;
    results++;
    await mkdir(path.dirname(path.join(scratch, page)), { recursive: true });
    await writeFile(path.join(scratch, page), pagefindInput(html) ?? separateBlocks(html));
  });
  const added = await index.addDirectory({ path: scratch });
  if (added.errors.length) fail(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
  if (added.page_count !== results) fail(`Pagefind indexed ${added.page_count} of the ${results} pages marked data-pagefind-body.`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}

// 2. Write the bundle, into an empty directory so no fragment of an earlier build survives.
await rm(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length) fail(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
await Promise.all(UNUSED_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));
await pagefind.close();

// 3. The facet table, from the fragments Pagefind wrote.
const fragmentDir = path.join(outputPath, 'fragment');
const fragmentNames = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
const fragments = (
  await inBatches(fragmentNames, async (name) => readFragmentFile(`fragment/${name}`, await readFile(path.join(fragmentDir, name))))
).flat();
const table = buildFacetTable(fragments, META_KEYS.date);
await writeFile(path.join(outputPath, FACET_TABLE_FILE), JSON.stringify(encodeFacetTable(table)));

// 4. Report.
const summary = await summarizeBundle(outputPath);
const facets = Object.entries(table.values)
  .map(([facet, values]) => `${facet} ${values.length}`)
  .join(', ');
console.log(
  `Search index: ${pages.length} pages (${fragments.length} results, ${fragmentNames.length} fragment files), facets: ${facets || 'none'}; ` +
    `index ${summary.indexBytes} B, facet table ${summary.facetTableBytes} B, whole bundle ${summary.totalBytes} B.`,
);
