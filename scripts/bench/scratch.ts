/**
 * The benchmark's input: a scratch content folder with the seeds plus K copies of the shared
 * corpus. Each copy gets distinct file names and distinct document numbers ("1026/KH-UBND"
 * becomes "102603/KH-UBND" in copy 3, everywhere in that text), so the copies are different
 * documents to every check and page, as a province's real archive would be.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One corpus file's entry in ../shared/corpus/index.json. */
interface CorpusEntry {
  file: string;
  number: string | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of copy `n` of a corpus file: its own number renumbered wherever it is written. */
export function renumbered(text: string, number: string | null, n: number): string {
  if (!number || !/^\d/.test(number)) return text;
  const copy = number.replace(/^(\d+)/, (digits) => `${digits}${String(n).padStart(2, '0')}`);
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(number)}(?![\\p{L}\\p{N}])`, 'gu'), copy);
}

/**
 * Writes `<dir>/content` (themes and the seeds' sources from the project, K renumbered copies of
 * the corpus) and returns the number of source files. The folder is emptied first.
 */
export function makeScratchContent(dir: string, root: string, corpusDir: string, copies: number): number {
  rmSync(dir, { recursive: true, force: true });
  const content = path.join(dir, 'content');
  mkdirSync(path.join(content, 'sources'), { recursive: true });
  cpSync(path.join(root, 'content/themes'), path.join(content, 'themes'), { recursive: true });
  let files = 0;
  for (const name of readdirSync(path.join(root, 'content/sources'))) {
    cpSync(path.join(root, 'content/sources', name), path.join(content, 'sources', name));
    if (/\.(txt|md)$/.test(name)) files++;
  }
  if (copies === 0) return files;
  if (!existsSync(path.join(corpusDir, 'index.json')))
    throw new Error(`${corpusDir}/index.json not found: the benchmark needs the shared corpus.`);
  const entries = JSON.parse(readFileSync(path.join(corpusDir, 'index.json'), 'utf8')) as CorpusEntry[];
  for (let n = 1; n <= copies; n++) {
    for (const entry of entries) {
      const text = readFileSync(path.join(corpusDir, entry.file), 'utf8');
      writeFileSync(path.join(content, 'sources', entry.file.replace(/\.md$/, `-k${n}.md`)), renumbered(text, entry.number, n));
      files++;
    }
  }
  return files;
}
