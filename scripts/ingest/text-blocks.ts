/**
 * The verbatim text of a document as data (content/texts/<id>.yaml): the header lines, every
 * body block in reading order (headings with their section anchor and level), then the
 * recipients and signature. Pages render these blocks with escaping components, so source
 * text can never become markup or code, whatever characters it holds (see src/schemas/text.ts).
 */
import type { TextBlock } from '../../src/schemas/index.ts';
import type { Block, NormalizedLine, ParsedDocument } from './types.ts';

/** The text blocks of a document and, for each body block, the index of its text block. */
export interface DocumentBlocks {
  blocks: TextBlock[];
  /** `textIndex[i]` is the text block of body block `i` (ParsedDocument.blocks[i]). */
  textIndex: number[];
}

function lineBlocks(lines: readonly NormalizedLine[], kind: 'header' | 'signature'): TextBlock[] {
  return lines.filter((l) => l.text.trim() !== '').map((l) => ({ kind, text: l.text, line: l.sourceLine }));
}

function bodyBlock(block: Block, parsed: ParsedDocument, anchors: Map<number, { anchor: string; level: number }>): TextBlock {
  const section = anchors.get(block.index);
  if (block.kind === 'heading' && section) {
    return { kind: 'heading', text: block.text, line: block.line, anchor: section.anchor, level: Math.min(6, section.level + 1) };
  }
  const kind = block.kind === 'caption' ? 'caption' : block.kind === 'item' ? 'item' : 'paragraph';
  return { kind, text: block.text, line: block.line };
}

/** Builds the text blocks of a parsed document. */
export function documentBlocks(parsed: ParsedDocument): DocumentBlocks {
  const anchors = new Map(parsed.sections.map((s) => [s.block, { anchor: s.anchor, level: s.level }]));
  const header = lineBlocks(parsed.frontMatterLines, 'header');
  const body = parsed.blocks.map((block) => bodyBlock(block, parsed, anchors));
  const textIndex = parsed.blocks.map((_, i) => header.length + i);
  return { blocks: [...header, ...body, ...lineBlocks(parsed.backMatterLines, 'signature')], textIndex };
}

/** Everything a reader of the text blocks sees, whitespace collapsed (for the "nothing lost" check). */
export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks
    .map((b) => (b.kind === 'row' ? b.cells.join(' ') : b.text))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
