import { describe, expect, it } from 'vitest';
import { bestSpelling, compareQuality, foldLoose, matchQuality, namesPage, words } from './rerank.ts';

describe('words and foldLoose', () => {
  it('splits on punctuation and folds tones and đ', () => {
    expect(words('Sở Tài chính, Cục Thuế tỉnh.')).toEqual(['sở', 'tài', 'chính', 'cục', 'thuế', 'tỉnh']);
    expect(foldLoose('Đầu tư công')).toBe('dau tu cong');
  });
});

describe('matchQuality', () => {
  it('finds the phrase "Sở Tài chính" for "so tai chinh", but not scattered words', () => {
    expect(matchQuality('so tai chinh', 'Cơ quan chủ trì: Sở Tài chính, Cục Thuế tỉnh')).toEqual({
      phrase: 1,
      wholeWords: 3,
      exactWords: 0,
    });
    expect(matchQuality('so tai chinh', 'Chính sách tài khóa tại một số nơi')).toEqual({ phrase: 0, wholeWords: 3, exactWords: 0 });
  });

  it('counts only whole words, not the start of longer ones ("so" is not "sớm")', () => {
    expect(matchQuality('so tai', 'triển khai sớm tại địa phương').wholeWords).toBe(1);
  });

  it('reads "dau tu cong" as "đầu tư công"', () => {
    expect(matchQuality('dau tu cong', 'giải ngân vốn đầu tư công năm 2023').phrase).toBe(1);
  });

  it('counts words typed with diacritics that match exactly, and ignores words typed without', () => {
    expect(matchQuality('số', 'chuyển đổi số').exactWords).toBe(1);
    expect(matchQuality('số', 'Sở Tài chính').exactWords).toBe(0);
    expect(matchQuality('so', 'so với cùng kỳ').exactWords).toBe(0);
  });

  it('gives no phrase credit to a one-word query', () => {
    expect(matchQuality('thuế', 'thuế').phrase).toBe(0);
  });
});

describe('compareQuality', () => {
  it('puts a phrase match before more whole words, and whole words before exact diacritics', () => {
    const phrase = { phrase: 1, wholeWords: 2, exactWords: 0 };
    const words3 = { phrase: 0, wholeWords: 3, exactWords: 3 };
    const words2 = { phrase: 0, wholeWords: 2, exactWords: 3 };
    expect([words2, words3, phrase].sort(compareQuality)).toEqual([phrase, words3, words2]);
  });
});

describe('bestSpelling', () => {
  it('picks the đ spelling for a page that has "đầu tư công"', () => {
    expect(bestSpelling(['dau tu cong', 'đau tu cong'], 'Giải ngân vốn đầu tư công; giá dầu tăng')).toBe(1);
  });

  it('keeps the first spelling on a tie', () => {
    expect(bestSpelling(['do', 'đo'], 'không có từ nào')).toBe(0);
  });
});

describe('namesPage', () => {
  it.each([
    ['so tai chinh', 'Sở Tài chính (Cà Mau)', true],
    ['Sở Tài chính', 'Sở Tài chính', true],
    ['ca mau', 'Tỉnh Cà Mau', true],
    ['01/NQ-CP', 'Nghị quyết 01/NQ-CP', true],
    // Too little of the name, or the words not together.
    ['tai chinh', 'Sở Tài chính (Cà Mau)', false],
    ['so chinh tai', 'Sở Tài chính (Cà Mau)', false],
    ['ngan sach', 'Tài chính công và ngân sách', false],
  ])('"%s" names "%s": %s', (query, title, expected) => {
    expect(namesPage(query, title)).toBe(expected);
  });
});
