import { describe, expect, it } from 'vitest';
import { occursIn, combineWords, foldMarks, normalizeQuery, queryWords, wordOptions } from './vietnamese.ts';

describe('normalizeQuery', () => {
  it('turns an NFD query (as some phone keyboards send) into NFC', () => {
    const nfd = 'Sở Tài chính'.normalize('NFD');
    expect(nfd).not.toBe('Sở Tài chính');
    expect(normalizeQuery(nfd)).toBe('Sở Tài chính');
  });

  it('collapses spaces and trims, and is idempotent', () => {
    const once = normalizeQuery('  đầu   tư\tcông ');
    expect(once).toBe('đầu tư công');
    expect(normalizeQuery(once)).toBe(once);
  });
});

describe('foldMarks', () => {
  it.each([
    ['Được', 'đuoc'],
    ['TÀI CHÍNH', 'tai chinh'],
    ['Đường'.normalize('NFD'), 'đuong'],
    ['ngân hàng', 'ngan hang'],
  ])('folds %s to %s, keeping đ', (input, expected) => {
    expect(foldMarks(input)).toBe(expected);
  });
});

describe('wordOptions and queryWords', () => {
  it('adds the đ spelling to words starting with a plain d, keeping case', () => {
    expect(wordOptions('duoc')).toEqual(['duoc', 'đuoc']);
    expect(wordOptions('Dau')).toEqual(['Dau', 'Đau']);
  });

  it('leaves words that already have đ or no initial d alone', () => {
    expect(wordOptions('đầu')).toEqual(['đầu']);
    expect(wordOptions('tai')).toEqual(['tai']);
  });

  it('expands at most three d-words so a query stays at eight searches', () => {
    const words = queryWords('dau do dat dai');
    expect(words.map((options) => options.length)).toEqual([2, 2, 2, 1]);
    expect(combineWords(words)).toHaveLength(8);
  });
});

describe('combineWords', () => {
  it('lists every combination with the typed spelling first', () => {
    expect(combineWords([['dau', 'đau'], ['tu'], ['cong']])).toEqual(['dau tu cong', 'đau tu cong']);
  });

  it('gives no query for no words', () => {
    expect(combineWords([])).toEqual(['']);
  });
});

describe('occursIn', () => {
  it('treats a page with "dự" but no "được" found for "duoc" as Pagefind’s shorter-word fallback', () => {
    expect(occursIn('duoc', 'Sở Tài chính thẩm định dự án.')).toBe(false);
  });

  it('accepts a word that starts with the term, ignoring tones and punctuation', () => {
    expect(occursIn('đuoc', 'Kế hoạch được ban hành, được triển khai')).toBe(true);
    expect(occursIn('tai', 'giao (Tài chính) chủ trì')).toBe(true);
    expect(occursIn('sở,', 'các sở, ban, ngành')).toBe(true);
  });

  it('accepts a term found inside a hyphenated word', () => {
    expect(occursIn('xa', 'phát triển kinh tế-xã hội')).toBe(true);
  });

  it('finds "Các" anywhere in the page, not only at one location next to "Cà"', () => {
    expect(occursIn('Các', 'Ủy ban nhân dân tỉnh Cà Mau giao các sở, ban, ngành tỉnh')).toBe(true);
  });
});
