/**
 * `npm run build` step 2: the Pagefind search index over dist/, plus the facet table.
 *   1. index every HTML page of dist/ (pages that mark `data-pagefind-body`, i.e. commitment
 *      and document pages, are the results; Pagefind makes sub-results from their headings),
 *      with a space after each block element so words of adjacent elements stay apart
 *      (prepare-html.ts);
 *   2. write the Pagefind bundle into dist/pagefind/ (without the stock UIs, which the site does not use);
 *   3. derive the facet table (facet values and date per result, see facet-table.ts) from the
 *      fragments just written, and write it next to the bundle;
 *   4. print what was indexed and how big it is.
 * Nothing is added to the indexed text: Vietnamese đ → d is handled on the query side.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { META_KEYS } from '../../src/lib/search-constants.ts';
import { encodeFacetTable } from '../../src/scripts/search/facet-table-format.ts';
import { buildFacetTable, readFragment } from './facet-table.ts';
import { FACET_TABLE_FILE, summarizeBundle } from './bundle.ts';
import { separateBlocks } from './prepare-html.ts';

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

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);

// 1. Index dist/.
const pages = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
  .sort();
if (pages.length === 0) fail('dist/ has no HTML pages. Run `astro build` first.');
// All pages at once: the Pagefind service handles concurrent requests, one at a time is ~30 ms per page.
const added = await Promise.all(
  pages.map(async (sourcePath) =>
    index.addHTMLFile({ sourcePath, content: separateBlocks(await readFile(path.join(dist, sourcePath), 'utf8')) }),
  ),
);
const indexed = { page_count: added.length, errors: added.flatMap((response) => response.errors) };
if (indexed.errors.length) fail(`Pagefind could not index dist/: ${indexed.errors.join('; ')}`);

// 2. Write the bundle, into an empty directory so no fragment of an earlier build survives.
await rm(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length) fail(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
await Promise.all(UNUSED_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));

// 3. The facet table, read back from the fragments Pagefind produced.
const { files } = await index.getFiles();
const fragments = files.filter((file) => file.path.startsWith('fragment/')).map((file) => readFragment(file.path, file.content));
const table = buildFacetTable(fragments, META_KEYS.date);
await mkdir(outputPath, { recursive: true });
await writeFile(path.join(outputPath, FACET_TABLE_FILE), JSON.stringify(encodeFacetTable(table)));
await pagefind.close();

// 4. Report.
const summary = await summarizeBundle(outputPath);
const facets = Object.entries(table.values)
  .map(([facet, values]) => `${facet} ${values.length}`)
  .join(', ');
console.log(
  `Search index: ${indexed.page_count} pages (${fragments.length} results), facets: ${facets || 'none'}; ` +
    `index ${summary.indexBytes} B, facet table ${summary.facetTableBytes} B, whole bundle ${summary.totalBytes} B.`,
);
