/**
 * Measures the search's weight, for the README: the size of the index on disk, and the
 * bytes a browser downloads to open /tim-kiem/ and run a first query, split into the page
 * itself and the search files. Run after `npm run build`:
 *   npm exec -- node scripts/search/measure.ts [query]
 * Sizes are raw (as served by a plain static server) and gzip-compressed for text files
 * (what GitHub Pages sends); Pagefind's index files are already gzip-compressed.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { DIST, startStaticServer } from '../../tests/support/static-server.ts';
import { summarizeBundle } from './bundle.ts';

const query = process.argv[2] ?? 'dau tu cong';
const TEXT = /\.(html|js|css|json)$|\/$/;

/** One downloaded file. */
interface Download {
  path: string;
  raw: number;
  gzip: number;
}

const server = await startStaticServer();
const browser = await launchBrowser();
const downloads: Download[] = [];
try {
  const page = await browser.newPage();
  page.on('response', async (response) => {
    const body = await response.body().catch(() => null);
    if (!body) return;
    const urlPath = new URL(response.url()).pathname;
    downloads.push({ path: urlPath, raw: body.length, gzip: TEXT.test(urlPath) ? gzipSync(body).length : body.length });
  });
  await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  // Let the last responses' bodies arrive.
  await page.waitForLoadState('networkidle');
  const status = await page.locator('#search-status').innerText();

  const isSearch = (d: Download) => d.path.includes('/pagefind/');
  const sum = (list: Download[], key: 'raw' | 'gzip') => list.reduce((total, d) => total + d[key], 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const pageFiles = downloads.filter((d) => !isSearch(d));
  const searchFiles = downloads.filter(isSearch);
  const bundle = await summarizeBundle(path.join(DIST, 'pagefind'));

  console.log(`Query "${query}": ${status}`);
  console.log(
    `Index on disk: ${kb(bundle.indexBytes)} (index/, fragment/, filter/, pf_meta) + facet table ${kb(bundle.facetTableBytes)}; whole dist/pagefind ${kb(bundle.totalBytes)} in ${bundle.fileCount} files.`,
  );
  console.log(`First query downloads ${downloads.length} files: ${kb(sum(downloads, 'raw'))} raw, ${kb(sum(downloads, 'gzip'))} gzip.`);
  console.log(`  page (HTML, CSS, JS): ${pageFiles.length} files, ${kb(sum(pageFiles, 'raw'))} raw, ${kb(sum(pageFiles, 'gzip'))} gzip`);
  console.log(
    `  search files:         ${searchFiles.length} files, ${kb(sum(searchFiles, 'raw'))} raw, ${kb(sum(searchFiles, 'gzip'))} gzip`,
  );
  const groups = new Map<string, Download[]>();
  for (const d of searchFiles) {
    const name = d.path
      .replace(/^.*\/pagefind\//, '')
      .replace(/_[0-9a-f]+\.pf_/, '_*.pf_')
      .replace(/\.[0-9a-f]{10}\.pf_meta$/, '.*.pf_meta');
    groups.set(name, [...(groups.get(name) ?? []), d]);
  }
  for (const [name, list] of [...groups].sort((a, b) => sum(b[1], 'gzip') - sum(a[1], 'gzip'))) {
    console.log(`    ${name.padEnd(28)} ${String(list.length).padStart(3)} × → ${kb(sum(list, 'gzip'))}`);
  }
} finally {
  await browser.close();
  await server.close();
}
