import { describe, expect, it } from 'vitest';
import { continuesWithDash, isBareLabel } from './joins.ts';
import { normalize } from './normalize.ts';

const texts = (source: string) => normalize('x.md', source).lines.map((l) => l.text);

describe('logical lines', () => {
  it.each([
    [
      'a roman numeral printed alone in bold',
      '**I.\nĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI**\nNội dung.',
      ['I. ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI', 'Nội dung.'],
    ],
    [
      'a bold number printed alone with its text in bold on the next line',
      '**1.****\n**Các cơ quan quản lý nhà nước tăng cường kiểm tra.**',
      ['1. Các cơ quan quản lý nhà nước tăng cường kiểm tra.'],
    ],
    [
      'a number printed alone over a blank line',
      '2.\n\nVăn phòng UBND tỉnh cập nhật, đăng tải công khai.',
      ['2. Văn phòng UBND tỉnh cập nhật, đăng tải công khai.'],
    ],
  ])('joins %s with its text', (_name, source, expected) => {
    expect(texts(source)).toEqual(expected);
  });

  it.each([
    [
      'the second half of a compound',
      'cấp phó các tổ chức chính trị\n- xã hội thuộc Thành phố;',
      ['cấp phó các tổ chức chính trị - xã hội thuộc Thành phố;'],
    ],
    [
      'the end of a span of years',
      'kinh phí chưa sử dụng hết của giai đoạn 2021\n- 2025 sang thực hiện trong giai đoạn 2026 - 2030.',
      ['kinh phí chưa sử dụng hết của giai đoạn 2021 - 2025 sang thực hiện trong giai đoạn 2026 - 2030.'],
    ],
  ])('reads a dash that continues a sentence as %s, not a bullet', (_name, source, expected) => {
    expect(texts(source)).toEqual(expected);
  });

  it('keeps a dash that opens a capitalised item after a heading a bullet', () => {
    expect(texts('2. Phát triển dữ liệu số\n- Tập trung số hóa dữ liệu.')).toEqual([
      '2. Phát triển dữ liệu số',
      '- Tập trung số hóa dữ liệu.',
    ]);
    expect(continuesWithDash('Kết quả như sau.', '- xã hội')).toBe(false);
  });

  it('does not break a sentence at a bold run that opens at the end of a line', () => {
    expect(texts('Kế hoạch do **\nỦY BAN NHÂN DÂN TỈNH** ban hành.')).toEqual(['Kế hoạch do ỦY BAN NHÂN DÂN TỈNH ban hành.']);
  });

  it.each([['I.'], ['IV-'], ['2.'], ['1.1.'], ['a)'], ['(3)']])('takes "%s" alone for a bare label', (line) => {
    expect(isBareLabel(line)).toBe(true);
  });

  it.each([['2030.'], ['-'], ['.'], ['Năm 2025.'], ['1.000']])('does not take "%s" for a bare label', (line) => {
    expect(isBareLabel(line)).toBe(false);
  });
});
