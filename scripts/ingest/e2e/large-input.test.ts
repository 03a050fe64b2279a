/**
 * A 5 MB source (issue 6): it converts without errors, and its BOM + CRLF + NFD variant
 * converts to exactly the same files. Kept apart from the quick tests because it takes
 * a few seconds; speed itself is measured by `npm run bench`, not asserted here.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFile } from '../pipeline.ts';
import { renderFiles } from '../write/plan.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SEED = path.join(ROOT, 'content/sources/ca-mau-2023-01-ctr-01-ubnd.txt');
const FIVE_MB = 5 * 1024 * 1024;

describe('a 5 MB document', () => {
  let dir: string;
  let content: string;
  let copies = 0;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'khm-large-'));
    content = path.join(dir, 'content');
    await cp(path.join(ROOT, 'content/themes'), path.join(content, 'themes'), { recursive: true });
    // A long plan: the 2023 action programme's body repeated after its header.
    const seed = await readFile(SEED, 'utf8');
    let text = seed;
    for (copies = 1; Buffer.byteLength(text) < FIVE_MB; copies++) text += `\n${seed}`;
    await writeFile(path.join(dir, 'clean.txt'), text);
    const variant = `\ufeff${text.normalize('NFD').replace(/\n/g, '\r\n')}`;
    await writeFile(path.join(dir, 'variant.txt'), variant);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const convert = async (name: string) => {
    // 5 MB is over the default size limit: this is what `--max-size 8` allows.
    const result = await convertFile(path.join(dir, name), content, 'content/sources/lon.txt', 8 * 1024 * 1024);
    if ('diagnostics' in result) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
    return result.converted;
  };

  it('converts without errors, keeping every copy’s commitments, and its BOM/CRLF/NFD variant gives the same files', async () => {
    const single = await convertFile(SEED, content, 'content/sources/mot.txt');
    if ('diagnostics' in single) throw new Error('seed refused');
    const clean = await convert('clean.txt');
    expect(clean.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(clean.commitments.length).toBeGreaterThanOrEqual(copies * single.converted.commitments.length);
    const variant = await convert('variant.txt');
    expect(renderFiles([variant])).toEqual(renderFiles([clean]));
  }, 300_000);
});
