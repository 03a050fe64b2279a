/**
 * `npm run bench`: converts the embedded sources plus ../shared/corpus (when present) in
 * memory and prints time, documents per second, commitments found and output size; then
 * the size of the built search index when dist/ exists. Nothing is written; no test
 * asserts on these numbers.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ConvertedDocument } from '../ingest/assemble.ts';
import { convertFile } from '../ingest/pipeline.ts';
import { renderFiles } from '../ingest/write/plan.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function sources(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md')
    .sort()
    .map((n) => path.join(dir, n));
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const corpus = path.resolve(ROOT, '../shared/corpus');
  const files = [...(await sources(path.join(ROOT, 'content/sources'))), ...(await sources(corpus))];
  if (!existsSync(corpus)) console.log(`(corpus ${corpus} absent: embedded sources only)`);
  const inputBytes = (await Promise.all(files.map((f) => stat(f)))).reduce((n, s) => n + s.size, 0);
  const docs: ConvertedDocument[] = [];
  let failed = 0;
  const start = performance.now();
  for (const file of files) {
    const result = await convertFile(file, path.join(ROOT, 'content'), path.basename(file));
    if ('diagnostics' in result) failed++;
    else docs.push(result.converted);
  }
  const seconds = (performance.now() - start) / 1000;
  const output = renderFiles(docs).reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const commitments = docs.reduce((n, d) => n + d.commitments.length, 0);
  const led = docs.reduce((n, d) => n + d.commitments.filter((c) => (c.lead as string[]).length > 0).length, 0);
  console.log(
    `converter: ${docs.length} documents (${failed} refused) from ${kb(inputBytes)} in ${seconds.toFixed(2)} s = ${(docs.length / seconds).toFixed(1)} docs/s, ${(inputBytes / 1024 / seconds).toFixed(0)} KB/s`,
  );
  console.log(
    `found: ${commitments} commitments (${led} with a lead), ${docs.reduce((n, d) => n + d.sections.length, 0)} sections, ${docs.reduce((n, d) => n + d.targets.length, 0)} targets, ${docs.reduce((n, d) => n + d.references.length, 0)} references`,
  );
  console.log(`output: ${kb(output)} of YAML`);
  const index = path.join(ROOT, 'dist/pagefind');
  if (existsSync(index)) console.log(`search index: ${kb(await folderSize(index))} in dist/pagefind`);
  else console.log('search index: dist/pagefind absent (run npm run build first)');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
