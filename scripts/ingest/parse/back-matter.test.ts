import { describe, expect, it } from 'vitest';
import type { NormalizedLine } from '../types.ts';
import { parseBackMatter } from './back-matter.ts';

const lines = (text: string): NormalizedLine[] => text.split('\n').map((t, i) => ({ text: t, sourceLine: i + 1 }));

describe('parseBackMatter', () => {
  it('treats "Nơi nhận" recipients as non-body and reads the signature after them', () => {
    const input = lines(
      '3. Sở Nội vụ theo dõi.\nNơi nhận:\n- Văn phòng Chính phủ (b/c);\n- BTT. UBMTT\nQVN tỉnh Cà Mau;\n- Lưu: VT.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\nLâm Văn Bi',
    );
    const back = parseBackMatter(input, 0);
    expect(back.recipients).toEqual(['Văn phòng Chính phủ (b/c);', 'BTT. UBMTT QVN tỉnh Cà Mau;', 'Lưu: VT.']);
    expect(back.signer).toBe('Lâm Văn Bi');
    expect(back.signerTitle).toBe('KT. CHỦ TỊCH PHÓ CHỦ TỊCH');
    expect([...back.consumed].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('steps over a stray token before the signature and reads a name without its military rank', () => {
    const back = parseBackMatter(
      lines('Nội dung.\nNơi nhận:\n- Lưu: VT, CT.\n09 KH\nKT. BỘ TRƯỞNG THỨ TRƯỞNG\nThượng tướng Võ Minh Lương'),
      0,
    );
    expect([back.signerTitle, back.signer]).toEqual(['KT. BỘ TRƯỞNG THỨ TRƯỞNG', 'Võ Minh Lương']);
  });

  it('reads a Party signature "T/M TỈNH ỦY" written without a dot, and keeps it out of the body', () => {
    const back = parseBackMatter(
      lines('4. Các huyện ủy xây dựng chương trình.\nNơi nhận:\n- Lưu VPTU.\nT/M TỈNH ỦY\nPHÓ BÍ THƯ\nNguyễn Văn An'),
      0,
    );
    expect([back.signerTitle, back.signer]).toEqual(['T/M TỈNH ỦY / PHÓ BÍ THƯ', 'Nguyễn Văn An']);
    expect([...back.consumed].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads footnotes after the signature, with their continuation paragraphs', () => {
    const input = lines(
      'Nội dung (1).\nCHỦ TỊCH\nHuỳnh Quốc Việt\n(1) Nghị quyết số 01/NQ-CP.\n(2) Đến hết quý I năm 2023.\nĐến hết quý II năm 2023.',
    );
    const back = parseBackMatter(input, 0);
    expect(back.footnotes).toEqual([
      { label: '1', text: 'Nghị quyết số 01/NQ-CP.', line: 4 },
      { label: '2', text: 'Đến hết quý I năm 2023.\nĐến hết quý II năm 2023.', line: 5 },
    ]);
  });

  it('keeps "(1)" list items in the body when there is no signature', () => {
    const back = parseBackMatter(lines('Các chỉ tiêu:\n(1) Tốc độ tăng trưởng 6,5%.\n(2) Thu nhập 80 triệu đồng.'), 0);
    expect(back.footnotes).toEqual([]);
    expect(back.consumed.size).toBe(0);
  });

  it('reads a trailing run of "[n]" notes without a signature', () => {
    const back = parseBackMatter(lines('Nội dung[1].\n[1] Theo Quyết định số 768/QĐ-TTg.'), 0);
    expect(back.footnotes.map((f) => f.label)).toEqual(['1']);
  });
});
