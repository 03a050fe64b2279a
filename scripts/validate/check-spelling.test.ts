import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSyllables, lostOneAccentedLetter, suspectWords } from './check-spelling.ts';

const syllables = loadSyllables();
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('lostOneAccentedLetter', () => {
  it.each([
    ['TNH', 'TỈNH', true],
    ['tng', 'tầng', true],
    ['nhim', 'nhiệm', true],
    ['tng', 'tong', false], // the missing letter is plain ASCII: not the damage of an old extraction
    ['tinh', 'tỉnh', false], // a changed letter, not a lost one
  ])('%s from %s: %s', (damaged, word, expected) => expect(lostOneAccentedLetter(damaged, word)).toBe(expected));
});

describe('suspectWords', () => {
  it('flags words that lost an accented letter, with the document words they may be', () => {
    const text = 'Phát triển hạ tầng của tỉnh.\nHạ tầng giao thông của tỉnh.\nĐầu tư hạ tng của tnh.';
    expect(suspectWords(text, syllables)).toEqual([
      { word: 'tng', line: 3, count: 1, suggestions: ['tầng'] },
      { word: 'tnh', line: 3, count: 1, suggestions: ['tỉnh'] },
    ]);
  });

  it('leaves acronyms, numerals, foreign words and both tone placements alone', () => {
    const text = 'UBND, HĐND, GRDP, COVID-19, XVI, iPEC, CP, KT; thủy lợi và thuỷ lợi; hòa và hoà; online và email; km, km, km.';
    expect(suspectWords(text, syllables)).toEqual([]);
  });

  it('finds the damage of the 2023 Cà Mau seed ("TNH" for "TỈNH", "hạ tng")', () => {
    const seed = readFileSync(path.join(ROOT, 'content/sources/ca-mau-2023-01-ctr-01-ubnd.txt'), 'utf8');
    const found = new Map(suspectWords(seed, syllables).map((s) => [s.word, s.suggestions]));
    expect(found.get('TNH')).toEqual(['TỈNH']);
    expect(found.get('tng')).toContain('tầng');
  });
});
