/**
 * The verbatim text of a document prepared for its page: blocks grouped (header, body with
 * tables of consecutive rows, signature), each block's text split into plain text, footnote
 * markers and links, and the commitments highlighted on the blocks that hold them.
 */
import type { TextBlock } from '../../schemas/index.ts';
import { textSegments, type Segment } from '../text-segments.ts';
import type { Corpus, CommitmentEntry, TextEntry } from './corpus.ts';
import { pickAgencies, type NamedAgency } from './lookup.ts';
import { timingOf, type TimingItem } from './timing-view.ts';
import { blockWeight, partOfBlock, partStarts } from './text-parts.ts';
import { corpusIndex, listOf } from './corpus-index.ts';

/** A segment of a block's text; footnote markers carry which citation of their footnote they are (1, 2, …). */
export type PlacedSegment = Segment & { occurrence?: number };

/** A commitment as the text shows it beside its block: who leads and by when, in one line. */
export interface InlineCommitment {
  commitment: CommitmentEntry;
  lead: NamedAgency[];
  timing: TimingItem[];
}

/** One block ready to render. */
export interface TextItem {
  index: number;
  block: TextBlock;
  segments: PlacedSegment[];
  /** Segments of each cell (rows only). */
  cells: PlacedSegment[][];
  commitments: InlineCommitment[];
}

/**
 * What the page renders, in reading order: header lines, body items and tables, signature
 * lines, and after each section of the body a way back to its entry in the contents
 * (`back`, with the anchor of the section that just ended).
 */
export type TextUnit =
  | { kind: 'header' | 'signature'; items: TextItem[] }
  | { kind: 'block'; item: TextItem }
  | { kind: 'table'; rows: TextItem[] }
  | { kind: 'back'; anchor: string };

/**
 * The key a commitment's text is found by in a block: its first words, normalised, from its
 * first line only — a task that takes in its paragraphs starts on a heading block that holds
 * its first line and no more.
 */
const key = (text: string) => (text.normalize('NFC').trim().split('\n')[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
const holds = (block: TextBlock | undefined, text: string) =>
  block !== undefined && (block.kind === 'row' ? block.cells.join(' ') : block.text).replace(/\s+/g, ' ').includes(key(text));

/**
 * Which block each commitment sits on: the block the converter recorded when it still holds
 * the commitment's text, else the first block after the previous commitment that does (a
 * commitment added or corrected by hand). Commitments whose text is nowhere are left out.
 */
export function placeCommitments(blocks: readonly TextBlock[], commitments: readonly CommitmentEntry[]): Map<number, CommitmentEntry[]> {
  const placed = new Map<number, CommitmentEntry[]>();
  let cursor = 0;
  for (const commitment of commitments) {
    let at = commitment.block !== null && holds(blocks[commitment.block], commitment.text) ? commitment.block : -1;
    if (at < 0) at = blocks.findIndex((b, i) => i >= cursor && holds(b, commitment.text));
    if (at < 0) at = blocks.findIndex((b) => holds(b, commitment.text));
    if (at < 0) continue;
    placed.set(at, [...(placed.get(at) ?? []), commitment]);
    cursor = at;
  }
  return placed;
}

/** The page units of a document's text. */
export function textUnits(
  corpus: Corpus,
  text: TextEntry | undefined,
  commitments: readonly CommitmentEntry[],
  footnoteLabels: ReadonlySet<string>,
): TextUnit[] {
  if (!text) return [];
  const placed = placeCommitments(text.blocks, commitments);
  const seen = new Map<string, number>();
  const count = (segments: Segment[]): PlacedSegment[] =>
    segments.map((s) => {
      if (s.kind !== 'footnote') return s;
      const occurrence = (seen.get(s.label) ?? 0) + 1;
      seen.set(s.label, occurrence);
      return { ...s, occurrence };
    });
  const units: TextUnit[] = [];
  let section: string | null = null;
  text.blocks.forEach((block, index) => {
    const item: TextItem = {
      index,
      block,
      segments: block.kind === 'row' ? [] : count(textSegments(block.text, footnoteLabels)),
      cells: block.kind === 'row' ? block.cells.map((cell) => count(textSegments(cell, footnoteLabels))) : [],
      commitments: (placed.get(index) ?? []).map((commitment) => ({
        commitment,
        lead: pickAgencies(corpus, commitment.lead),
        timing: timingOf(commitment),
      })),
    };
    // A section ends where the next heading (or the signature) starts: offer the way back to the contents there.
    if ((block.kind === 'heading' || block.kind === 'signature') && section) {
      units.push({ kind: 'back', anchor: section });
      section = null;
    }
    if (block.kind === 'heading' && block.anchor) section = block.anchor;
    const last = units[units.length - 1];
    if (block.kind === 'header' || block.kind === 'signature') {
      if (last?.kind === block.kind) last.items.push(item);
      else units.push({ kind: block.kind, items: [item] });
    } else if (block.kind === 'row') {
      if (last?.kind === 'table') last.rows.push(item);
      else units.push({ kind: 'table', rows: [item] });
    } else units.push({ kind: 'block', item });
  });
  if (section) units.push({ kind: 'back', anchor: section });
  return units;
}

/**
 * Footnotes with a marker in `units`, each with the occurrence of its first marker there (the
 * footnote's link back goes to it: `fnref-<label>` for the first, `fnref-<label>-<n>` after).
 */
export function footnoteRefs(units: readonly TextUnit[]): Map<string, number> {
  const refs = new Map<string, number>();
  const visit = (item: TextItem) => {
    for (const s of [...item.segments, ...item.cells.flat()])
      if (s.kind === 'footnote' && !refs.has(s.label)) refs.set(s.label, s.occurrence ?? 1);
  };
  for (const unit of units) {
    if (unit.kind === 'block') visit(unit.item);
    else if (unit.kind === 'table') unit.rows.forEach(visit);
    else if (unit.kind !== 'back') unit.items.forEach(visit);
  }
  return refs;
}

/**
 * The units of a text dealt out to its parts (`starts`: first block of each part, see
 * text-parts.ts): each unit goes to the part of its first block, a table or header that runs
 * over a part's end is cut there, and a "back to contents" link stays with what it ends.
 */
export function unitsByPart(units: readonly TextUnit[], starts: readonly number[]): TextUnit[][] {
  const parts: TextUnit[][] = starts.map(() => []);
  let current = 0;
  for (const unit of units) {
    if (unit.kind === 'back') {
      parts[current]!.push(unit);
      continue;
    }
    const items = unit.kind === 'block' ? [unit.item] : unit.kind === 'table' ? unit.rows : unit.items;
    let run: TextItem[] = [];
    const flush = () => {
      if (run.length === 0) return;
      parts[current]!.push(
        unit.kind === 'block'
          ? { kind: 'block', item: run[0]! }
          : unit.kind === 'table'
            ? { kind: 'table', rows: run }
            : { kind: unit.kind, items: run },
      );
      run = [];
    };
    for (const item of items) {
      const part = partOfBlock(starts, item.index) - 1;
      if (part !== current) {
        flush();
        current = part;
      }
      run.push(item);
    }
    flush();
  }
  return parts;
}

/** How a document's text is laid out over its pages. */
export interface TextLayout {
  /** Index of the first block of each part (length = number of parts, ≥ 1). */
  starts: number[];
  /** The part holding each section heading, by section anchor (sections not in the text: none). */
  sectionPage: Map<string, number>;
  /** The part holding each commitment highlighted in the text, by commitment id. */
  commitmentPage: Map<string, number>;
}

const layouts = new WeakMap<Corpus, Map<string, TextLayout>>();

/**
 * The parts of document `id`'s text and which part each anchor is on, once per document and
 * build: commitment pages, citations and the document's own contents all link through it.
 */
export function textLayout(corpus: Corpus, id: string): TextLayout {
  let cache = layouts.get(corpus);
  if (!cache) layouts.set(corpus, (cache = new Map()));
  const known = cache.get(id);
  if (known) return known;
  const blocks = corpus.texts.get(id)?.blocks ?? [];
  const placed = placeCommitments(blocks, listOf(corpusIndex(corpus).commitmentsOfDocument, id));
  const starts = partStarts(
    blocks,
    blocks.map((block, i) => blockWeight(block, placed.get(i)?.length ?? 0)),
  );
  const layout: TextLayout = { starts, sectionPage: new Map(), commitmentPage: new Map() };
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' && block.anchor && !layout.sectionPage.has(block.anchor))
      layout.sectionPage.set(block.anchor, partOfBlock(starts, i));
  });
  for (const [i, commitments] of placed) for (const c of commitments) layout.commitmentPage.set(c.id, partOfBlock(starts, i));
  cache.set(id, layout);
  return layout;
}
