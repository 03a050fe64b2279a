import { describe, expect, it } from 'vitest';
import { segment } from '../segment.ts';
import type { NormalizedLine } from '../types.ts';
import { buildSections } from './sections.ts';

const build = (text: string) => buildSections(segment(text.split('\n').map((t, i): NormalizedLine => ({ text: t, sourceLine: i + 1 }))));

describe('buildSections', () => {
  it('nests A. / 1. / 1.1. / a) / - and makes sections only of numbered groups', () => {
    const { sections, blocks } = build(
      'A. NHIỆM VỤ\n1. Phát triển kinh tế\n1.1. Sở Tài chính chủ trì:\n- Tăng thu ngân sách.\n- Chống thất thu.\n1.2. Sở Công Thương chủ trì: phát triển thương mại.\n2. Quốc phòng\na) Công an tỉnh chủ trì:\n- Giữ vững an ninh.',
    );
    expect(sections.map((s) => [s.anchor, s.level, s.parent])).toEqual([
      ['a', 1, null],
      ['a-1', 2, 'a'],
      ['a-1-1', 3, 'a-1'],
      ['a-2', 2, 'a'],
      ['a-2-a', 3, 'a-2'],
    ]);
    expect(blocks.map((b) => [b.kind, b.section])).toEqual([
      ['heading', 'a'],
      ['heading', 'a-1'],
      ['heading', 'a-1-1'],
      ['item', 'a-1-1'],
      ['item', 'a-1-1'],
      ['item', 'a-1'],
      ['heading', 'a-2'],
      ['heading', 'a-2-a'],
      ['item', 'a-2-a'],
    ]);
    expect(blocks[3]!.parent).toBe(2);
  });

  it('joins "Phần thứ nhất" with the heading on the next line and nests roman under it', () => {
    const { sections } = build(
      'Phần thứ nhất\nKẾT QUẢ THỰC HIỆN\nI. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC\nNội dung.\nPhần thứ hai\nPHƯƠNG HƯỚNG\nI. MỤC TIÊU\nNội dung.',
    );
    expect(sections.map((s) => `${s.anchor}:${s.heading}`)).toEqual([
      'phan-thu-nhat:KẾT QUẢ THỰC HIỆN',
      'phan-thu-nhat-i:NHỮNG KẾT QUẢ ĐẠT ĐƯỢC',
      'phan-thu-hai:PHƯƠNG HƯỚNG',
      'phan-thu-hai-i:MỤC TIÊU',
    ]);
  });

  it('nests dash items under an unnumbered lead-in line ending with a colon', () => {
    const { blocks } = build(
      '10. Đối ngoại\nVăn phòng Ủy ban nhân dân tỉnh chủ trì:\n- Duy trì quan hệ hữu nghị.\n- Tạo điều kiện.\nĐoạn kết.',
    );
    expect(blocks.map((b) => b.parent)).toEqual([null, 0, 1, 1, 0]);
  });

  it('nests a) items under an unnumbered lead-in, which a numbered heading closes', () => {
    const { blocks } = build(
      'I. NHIỆM VỤ\nSở Y tế chủ trì, phối hợp với các sở:\na) Khám bệnh.\nb) Chữa bệnh.\nII. TỔ CHỨC THỰC HIỆN\nNội dung.',
    );
    expect(blocks.map((b) => b.parent)).toEqual([null, 0, 1, 1, null, 4]);
  });

  it('does not hang a closing paragraph under the last item when that item is a finished sentence', () => {
    const { blocks, sections } = build(
      'III. NHIỆM VỤ\na) Bộ Xây dựng chủ trì.\nb) Bộ Tài chính phối hợp.\nVăn phòng Chính phủ xin thông báo.',
    );
    expect(blocks.map((b) => b.parent)).toEqual([null, 0, 0, 0]);
    expect(sections.map((s) => s.anchor)).toEqual(['iii']);
  });

  it('gives đ) and d) different anchors, and Điều its own', () => {
    const { sections } = build('Điều 1. Giao nhiệm vụ\nd) Sở Y tế chủ trì:\n- Khám bệnh.\nđ) Sở Xây dựng chủ trì:\n- Xây nhà.');
    expect(sections.map((s) => s.anchor)).toEqual(['dieu-1', 'dieu-1-d', 'dieu-1-dd']);
  });

  it('keeps section anchors apart from the ids of the document page', () => {
    const { sections } = build('CHỈ TIÊU CHỦ YẾU\nNội dung.\nMỤC LỤC\nNội dung.');
    expect(sections.map((s) => s.anchor)).toEqual(['chi-tieu-chu-yeu', 'muc-luc-muc']);
  });

  it('keeps an upper-case title inside an appendix under it', () => {
    const { sections } = build('Điều 1. Ban hành\nNội dung.\nPHỤ LỤC 01\nDANH MỤC HỒ SƠ\nNội dung.\nBIỂU MẪU KÈM THEO\nNội dung.');
    expect(sections.map((s) => [s.anchor, s.parent])).toEqual([
      ['dieu-1', null],
      ['phu-luc-01', null],
      ['phu-luc-01-bieu-mau-kem-theo', 'phu-luc-01'],
    ]);
  });

  it('treats "I." after "H." as a letter, not a roman numeral', () => {
    const { sections } = build('H. NHIỆM VỤ TÁM\nNội dung.\nI. NHIỆM VỤ CHÍN\nNội dung.');
    expect(sections.map((s) => [s.anchor, s.level])).toEqual([
      ['h', 1],
      ['i', 1],
    ]);
  });
});
