/**
 * Long document texts cut into pages (issue 13). A verbatim text is the one thing on a document
 * page that grows with the source (359 KB of HTML for the longest plan), so a text whose blocks
 * weigh more than `TEXT_PART_BYTES` is cut into parts by its own structure: between its top-level
 * sections (the highest heading level it has), a part holding as many whole sections as fit; a
 * section that alone is over the budget is cut between its subsections, and so on down to single
 * blocks (a text without headings, a huge table), so no part passes the budget by much more than
 * its largest block, whatever the text. Part 1 keeps the document's URL; part n is
 * `/van-ban/<doc>/trang-<n>/` (`pageUrl`). The same blocks always give the same parts, so the
 * anchors of a text (sections, commitments) stay on the same page from build to build until the
 * text itself changes.
 */
import type { TextBlock } from '../../schemas/index.ts';

/**
 * Estimated HTML bytes of text per part: with the page's own furniture (header, contents,
 * summaries, footer: 20–60 KB) a part stays well under the 200 KB page budget.
 */
export const TEXT_PART_BYTES = 100 * 1024;

/** Page 1 also holds the document's facts, full contents and summaries: half as much text. */
export const FIRST_PART_BYTES = 50 * 1024;

/** Markup around a block (element, classes, whitespace), in bytes, on top of its text. */
const BLOCK_OVERHEAD = 40;
/** Markup of a commitment highlighted in the text (its box, lead, timing and link), in bytes. */
const COMMITMENT_BYTES = 700;
/**
 * A heading also has its entry in the contents of its page (≈ 300 bytes with its fold toggle) and
 * a "Về mục lục" link after its section (≈ 110): a part of many short sections carries a long contents.
 */
const HEADING_BYTES = 410;

/** Estimated HTML bytes of one block of the text with `commitments` commitments on it (a heading with its contents entry). */
export function blockWeight(block: TextBlock, commitments = 0): number {
  const text = block.kind === 'row' ? block.cells.join('') : block.text;
  const cells = block.kind === 'row' ? block.cells.length * 20 : 0;
  const heading = block.kind === 'heading' ? HEADING_BYTES : 0;
  return Buffer.byteLength(text, 'utf8') + BLOCK_OVERHEAD + cells + heading + commitments * COMMITMENT_BYTES;
}

/** A run of blocks `[start, end)` of the text. */
type Run = { start: number; end: number };

/**
 * Where each part starts: the index of its first block, in order; `[0]` for a text that fits
 * one page (or has no blocks). `weights[i]` is the estimated size of block i; part 1 holds up
 * to `firstBudget`, the others up to `budget`.
 */
export function partStarts(
  blocks: readonly TextBlock[],
  weights: readonly number[],
  budget = TEXT_PART_BYTES,
  firstBudget = Math.min(budget, FIRST_PART_BYTES),
): number[] {
  const prefix = [0];
  for (const w of weights) prefix.push(prefix[prefix.length - 1]! + w);
  const weigh = (run: Run) => prefix[run.end]! - prefix[run.start]!;
  if (blocks.length === 0 || weigh({ start: 0, end: blocks.length }) <= budget) return [0];

  /** `run` cut before each heading of level ≤ `level`; over-budget pieces cut further. */
  const cut = (run: Run, level: number): Run[] => {
    if (weigh(run) <= firstBudget || run.end - run.start === 1) return [run];
    if (level > 6) return Array.from({ length: run.end - run.start }, (_, i) => ({ start: run.start + i, end: run.start + i + 1 }));
    const pieces: Run[] = [];
    let start = run.start;
    for (let i = run.start + 1; i < run.end; i++) {
      const block = blocks[i]!;
      if (block.kind === 'heading' && block.level <= level) {
        pieces.push({ start, end: i });
        start = i;
      }
    }
    pieces.push({ start, end: run.end });
    return pieces.flatMap((piece) => cut(piece, level + 1));
  };

  // Pack consecutive pieces into parts: a new part starts where the next piece would not fit.
  const starts = [0];
  let size = 0;
  for (const piece of cut({ start: 0, end: blocks.length }, topLevel(blocks))) {
    const w = weigh(piece);
    if (size > 0 && size + w > (starts.length === 1 ? firstBudget : budget)) {
      starts.push(piece.start);
      size = 0;
    }
    size += w;
  }
  return starts;
}

/** The highest (smallest) heading level of the text: its top-level sections. */
function topLevel(blocks: readonly TextBlock[]): number {
  let level = 6;
  for (const b of blocks) if (b.kind === 'heading' && b.level < level) level = b.level;
  return level;
}

/** The part (1-based) that holds block `index`, given the parts' starts. */
export function partOfBlock(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
