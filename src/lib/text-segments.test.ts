import { describe, expect, it } from 'vitest';
import { textSegments } from './text-segments.ts';

describe('textSegments', () => {
  it('keeps text with markup characters as one plain segment', () => {
    const text = "import x from 'y'; {a} <b>c</b> <!-- d --> --- `e`";
    expect(textSegments(text)).toEqual([{ kind: 'text', text }]);
  });

  it('turns a footnote marker of a known footnote into a footnote segment, not at the start', () => {
    expect(textSegments('(1) Tốc độ tăng trưởng của tỉnh (2), chủ động', new Set(['1', '2']))).toEqual([
      { kind: 'text', text: '(1) Tốc độ tăng trưởng của tỉnh ' },
      { kind: 'footnote', label: '2', text: '(2)' },
      { kind: 'text', text: ', chủ động' },
    ]);
  });

  it('leaves markers of footnotes the document does not have as text', () => {
    expect(textSegments('theo Nghị quyết (7).', new Set(['1']))).toEqual([{ kind: 'text', text: 'theo Nghị quyết (7).' }]);
  });

  it('links only http(s) addresses, without the closing punctuation', () => {
    expect(textSegments('Xem https://camau.gov.vn/van-ban/01. Hoặc javascript:alert(1).')).toEqual([
      { kind: 'text', text: 'Xem ' },
      { kind: 'link', href: 'https://camau.gov.vn/van-ban/01', text: 'https://camau.gov.vn/van-ban/01' },
      { kind: 'text', text: '. Hoặc javascript:alert(1).' },
    ]);
  });
});
