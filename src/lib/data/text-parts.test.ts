import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../schemas/index.ts';
import { blockWeight, partOfBlock, partStarts } from './text-parts.ts';
import { textUnits, unitsByPart, type TextUnit } from './text-view.ts';
import { enclosingHeadings } from './document-view.ts';
import { buildCorpus } from './corpus.ts';
import { fixtureRaw } from './test-corpus.ts';

const heading = (level: number, anchor: string): TextBlock => ({ kind: 'heading', text: anchor.toUpperCase(), anchor, level, line: 1 });
const para = (text: string): TextBlock => ({ kind: 'paragraph', text, line: 1 });
const row = (cell: string): TextBlock => ({ kind: 'row', text: cell, cells: [cell], header: false, line: 1 });
/** Every block weighs 10: the budget counts blocks. */
const starts = (blocks: TextBlock[], budget: number) =>
  partStarts(
    blocks,
    blocks.map(() => 10),
    budget * 10,
  );

describe('cutting a long text into parts', () => {
  const text = [
    para('header'),
    heading(2, 'i'),
    para('a'),
    para('b'),
    heading(2, 'ii'),
    heading(3, 'ii-1'),
    para('c'),
    para('d'),
    heading(3, 'ii-2'),
    para('e'),
    para('f'),
    heading(2, 'iii'),
    para('g'),
  ];

  it('keeps a text that fits on one page whole', () => {
    expect(starts(text, text.length)).toEqual([0]);
    expect(partStarts([], [])).toEqual([0]);
  });

  it('cuts between top-level sections, as many whole sections in a part as fit', () => {
    // Budget 8: "header + I" (4) and "II" (7) do not fit together; II fits alone, then III.
    expect(starts(text, 8)).toEqual([0, 4, 11]);
  });

  it('cuts a section that alone is over the budget between its subsections', () => {
    // Budget 4: II (7 blocks) is cut before II.2; its heading and II.1 stay together.
    expect(starts(text, 4)).toEqual([0, 4, 8, 11]);
  });

  it('cuts a text without headings (or a long table) between blocks, so no part passes the budget', () => {
    const table = Array.from({ length: 25 }, (_, i) => row(`r${i}`));
    const parts = starts(table, 10);
    expect(parts).toEqual([0, 10, 20]);
  });

  it('never passes the budget by more than one block, whatever the structure', () => {
    const blocks = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? heading(2 + (i % 3), `h${i}`) : para(`p${i}`)));
    const weights = blocks.map((_, i) => 5 + (i % 11) * 3);
    const budget = 300;
    const parts = partStarts(blocks, weights, budget);
    const max = Math.max(...weights);
    parts.forEach((start, p) => {
      const end = parts[p + 1] ?? blocks.length;
      const size = weights.slice(start, end).reduce((a, b) => a + b, 0);
      expect(size).toBeLessThanOrEqual(budget + max);
    });
    expect(new Set(parts).size).toBe(parts.length);
    expect([...parts].sort((a, b) => a - b)).toEqual(parts);
  });

  it('gives part 1 (which also holds the document’s summaries) its own, smaller budget', () => {
    const blocks = Array.from({ length: 30 }, (_, i) => para(`p${i}`));
    expect(
      partStarts(
        blocks,
        blocks.map(() => 10),
        100,
        50,
      ),
    ).toEqual([0, 5, 15, 25]);
  });

  it('finds the part of a block', () => {
    expect([0, 3, 4, 7, 11, 12].map((i) => partOfBlock([0, 4, 11], i))).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('weighs a block by its UTF-8 bytes and its commitments', () => {
    expect(blockWeight(para('đ'), 0)).toBeLessThan(blockWeight(para('đđ'), 0));
    expect(blockWeight(para('a'), 1)).toBeGreaterThan(blockWeight(para('a'), 0) + 300);
    // A heading brings its entry in the page's contents.
    expect(blockWeight(heading(3, 'a'))).toBeGreaterThan(blockWeight(para('A')) + 300);
  });
});

describe('dealing a text’s units out to its parts', () => {
  const corpus = buildCorpus(fixtureRaw());
  const [id, text] = [...corpus.texts].find(([, t]) => t.blocks.length > 20)!;
  const units = textUnits(corpus, text, [], new Set(corpus.documents.get(id)!.footnotes.map((f) => f.label)));
  const blockIndexes = (list: readonly TextUnit[]) =>
    list.flatMap((u) =>
      u.kind === 'block'
        ? [u.item.index]
        : u.kind === 'table'
          ? u.rows.map((r) => r.index)
          : u.kind === 'back'
            ? []
            : u.items.map((i) => i.index),
    );

  it('puts every block on exactly one part, in order, each part holding its own blocks only', () => {
    const cuts = [0, 7, 15];
    const parts = unitsByPart(units, cuts);
    expect(parts).toHaveLength(3);
    expect(parts.flatMap(blockIndexes)).toEqual(blockIndexes(units));
    parts.forEach((part, p) => {
      for (const index of blockIndexes(part)) expect(partOfBlock(cuts, index)).toBe(p + 1);
    });
  });

  it('keeps the one-part text as it was', () => {
    expect(unitsByPart(units, [0])).toEqual([units]);
  });
});

describe('the sections a later page continues', () => {
  const blocks = [
    heading(2, 'i'),
    para('a'),
    heading(2, 'ii'),
    heading(3, 'ii-1'),
    heading(4, 'ii-1-a'),
    para('b'),
    heading(3, 'ii-2'),
    para('c'),
  ];

  it('are the headings above its first block, from the top level down, one per level', () => {
    expect(enclosingHeadings(blocks, 5).map((h) => h.text)).toEqual(['II', 'II-1', 'II-1-A']);
    expect(enclosingHeadings(blocks, 7).map((h) => h.text)).toEqual(['II', 'II-2']);
  });

  it('are only those above its own level when it starts with a heading, and none at the top level', () => {
    expect(enclosingHeadings(blocks, 6).map((h) => h.text)).toEqual(['II']);
    expect(enclosingHeadings(blocks, 2)).toEqual([]);
  });
});
