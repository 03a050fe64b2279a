/**
 * The "nothing lost" check shared by the seed and corpus tests: every sentence of a source
 * (boilerplate lines excepted) must appear verbatim in what a reader gets — the text blocks,
 * the footnotes and the recipients.
 */
import type { ConvertedDocument } from '../assemble.ts';
import type { TextBlock } from '../../../src/schemas/index.ts';
import { blocksToText } from '../text-blocks.ts';
import { cleanCharacters, normalize, splitCells, stripMarkup } from '../normalize.ts';
import { splitSentences } from '../segment.ts';

/** Footnote markers are compared in one form: "[1]" and "(1)" both read "(1)". */
const sameMarkers = (text: string) => text.replace(/\[(\d+)\]/g, '($1)');

/** Sentences of a source, line by line, markup and boilerplate lines out. */
export function sourceSentences(file: string, text: string): string[] {
  const removed = new Set(normalize(file, text).removed.map((l) => l.sourceLine));
  return cleanCharacters(text)
    .split('\n')
    .flatMap((line, i) =>
      removed.has(i + 1)
        ? []
        : splitCells(line).flatMap((cell) =>
            splitSentences(stripMarkup(cell.replace(/^\s*\|+|\|+\s*$/g, '')).replace(/^date \d{4}-\d{2}\s*/, '')),
          ),
    )
    .map((s) => sameMarkers(s).replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{L}{2}/u.test(s));
}

/** Everything a reader of the converted document sees, as one whitespace-collapsed string. */
export function outputText(doc: ConvertedDocument): string {
  const footnotes = (doc.document.footnotes as { label: string; text: string }[]).map((f) => `(${f.label}) ${f.text}`);
  const recipients = doc.document.recipients as string[];
  const blocks = doc.text.blocks as TextBlock[];
  return sameMarkers([blocksToText(blocks), ...footnotes, ...recipients].join(' ')).replace(/\s+/g, ' ');
}

/** Sentences of the source missing from the output. */
export function missingSentences(file: string, text: string, doc: ConvertedDocument): string[] {
  const output = outputText(doc);
  return sourceSentences(file, text).filter((s) => !output.includes(s));
}
