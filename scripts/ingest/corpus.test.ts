/**
 * Robustness on ../shared/corpus (79 real, noisy texts): every file converts without an
 * error and yields structure. Skips with a message when the corpus is not there.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from './pipeline.ts';
import { missingSentences } from './testing/nothing-lost.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`Corpus tests skipped: ${CORPUS} is absent (it is always present in CI).`);

describe.skipIf(!present)('the shared corpus', () => {
  it('converts every file without an error, each with sections or commitments, losing no sentence', async () => {
    const names = (await readdir(CORPUS)).filter((n) => n.endsWith('.md') && n !== 'README.md').sort();
    expect(names.length).toBeGreaterThanOrEqual(79);
    const failures: string[] = [];
    for (const name of names) {
      const result = await convertFile(path.join(CORPUS, name), path.join(ROOT, 'content'), name);
      if ('diagnostics' in result) {
        failures.push(`${name}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
        continue;
      }
      const errors = result.converted.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) failures.push(`${name}: ${errors.map((d) => `${d.field} ${d.message}`).join('; ')}`);
      else if (result.converted.sections.length + result.converted.commitments.length === 0) failures.push(`${name}: no structure found`);
      const missing = missingSentences(name, await readFile(path.join(CORPUS, name), 'utf8'), result.converted);
      if (missing.length > 0) failures.push(`${name}: lost ${missing.length} sentence(s), e.g. "${missing[0]}"`);
    }
    expect(failures).toEqual([]);
  });
});
