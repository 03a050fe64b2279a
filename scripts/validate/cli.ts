/**
 * `npm run check` (first step): validates content/ and exits non-zero on errors.
 *
 *   node scripts/validate/cli.ts [--content DIR] [--fix-nfc]
 *
 * --content DIR  validate another content tree (tests use small fixture trees)
 * --fix-nfc      rewrite content files whose text is not Unicode NFC, then validate
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, hasErrors } from '../../src/diagnostics/index.ts';
import { validateContent } from './validate.ts';

/** Rewrites every .yaml file under `root` in NFC (atomically); returns how many changed. */
async function fixNfc(root: string): Promise<number> {
  let changed = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    const fixed = text.normalize('NFC');
    if (fixed === text) continue;
    await writeFile(`${file}.nfc-tmp`, fixed);
    await rename(`${file}.nfc-tmp`, file);
    changed++;
  }
  return changed;
}

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.KHM_CONTENT_DIR ?? 'content' },
    'fix-nfc': { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.content ?? 'content');
if (values['fix-nfc']) console.log(`Converted ${await fixNfc(root)} file(s) to Unicode NFC.`);
const diagnostics = validateContent(root);
const output = formatReport(diagnostics, path.relative(process.cwd(), root) || '.');
if (hasErrors(diagnostics)) {
  console.error(output);
  console.error('Fix the errors above and run `npm run check` again; nothing is published while errors remain.');
  process.exitCode = 1;
} else {
  console.log(output);
}
