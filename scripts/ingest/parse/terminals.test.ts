import { describe, expect, it } from 'vitest';
import { findFullDate, isUpperCaseLine, matchLabel, romanValue } from './terminals.ts';

describe('label recognisers', () => {
  it.each([
    ['Phần thứ nhất', 'part', 'Phần thứ nhất', ''],
    ['PHẦN II. ĐỊNH HƯỚNG', 'part', 'PHẦN II', 'ĐỊNH HƯỚNG'],
    ['Chương I', 'chapter', 'Chương I', ''],
    ['Điều 3. Tổ chức thực hiện', 'article', 'Điều 3', 'Tổ chức thực hiện'],
    ['PHỤ LỤC 01', 'appendix', 'PHỤ LỤC 01', ''],
    ['Mẫu số 01', 'appendix', 'Mẫu số 01', ''],
    ['Mẫu B12', 'appendix', 'Mẫu B12', ''],
    ['BM-12', 'appendix', 'BM-12', ''],
    ['Biểu mẫu 05', 'appendix', 'Biểu mẫu 05', ''],
    ['A. MỤC ĐÍCH, YÊU CẦU', 'upper-letter', 'A', 'MỤC ĐÍCH, YÊU CẦU'],
    ['II. NHIỆM VỤ', 'roman', 'II', 'NHIỆM VỤ'],
    ['IV- TỔ CHỨC THỰC HIỆN', 'roman', 'IV', 'TỔ CHỨC THỰC HIỆN'],
    ['VII - KIẾN NGHỊ', 'roman', 'VII', 'KIẾN NGHỊ'],
    ['1. Quán triệt', 'arabic', '1', 'Quán triệt'],
    ['2) Tổ chức', 'arabic', '2', 'Tổ chức'],
    ['1.1. Sở Tài chính chủ trì', 'arabic-nested', '1.1', 'Sở Tài chính chủ trì'],
    ['2.3.1 Rà soát', 'arabic-nested', '2.3.1', 'Rà soát'],
    ['đ) Sở Văn hóa', 'lower-letter', 'đ', 'Sở Văn hóa'],
    ['(b) Bộ Tài chính', 'lower-letter', 'b', 'Bộ Tài chính'],
    ['c. Sở Y tế chủ trì', 'lower-letter', 'c', 'Sở Y tế chủ trì'],
    ['3/ Tăng cường', 'arabic', '3', 'Tăng cường'],
    ['(ii) Bộ Công an', 'paren-number', 'ii', 'Bộ Công an'],
    ['(i) Bộ Quốc phòng', 'paren-number', 'i', 'Bộ Quốc phòng'],
    ['(1) Tốc độ tăng trưởng', 'paren-number', '1', 'Tốc độ tăng trưởng'],
    ['- Tăng cường quản lý', 'dash', '-', 'Tăng cường quản lý'],
    ['+ Hỗ trợ', 'plus', '+', 'Hỗ trợ'],
    ['• Điểm', 'bullet', '•', 'Điểm'],
  ])('recognises "%s" as %s', (line, style, label, content) => {
    expect(matchLabel(line)).toEqual({ style, label, content });
  });

  it.each([
    ['Năm 2022 là năm bản lề'],
    ['2023 là năm'],
    ['6,3 - 6,7%/năm'],
    ['-------'],
    ['Tỉnh ủy đã tập trung'],
    ['2.500.000 đồng'],
    ['Mẫu số 01 được ban hành kèm theo Quyết định này và áp dụng thống nhất.'],
    ['1.183 ha'],
    ['a. b. c. là các mục'],
    ['3/4 số xã đạt chuẩn'],
    ['BM-09 tại Phụ lục kèm theo'],
  ])('leaves the unnumbered line "%s" alone', (line) => {
    expect(matchLabel(line)).toBeNull();
  });
});

describe('other terminals', () => {
  it('tells upper-case headings from sentences', () => {
    expect(isUpperCaseLine('B. NỘI DUNG TRỌNG TÂM CHỈ ĐẠO')).toBe(true);
    expect(isUpperCaseLine('Sở Tài chính chủ trì')).toBe(false);
  });

  // Counted in one pass: ASCII by code, other letters by their Unicode class, as the /\p{L}/ match did.
  it.each([
    ['ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH', true],
    ['IV. TỔ CHỨC THỰC HIỆN (tiếp)', false],
    ['NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU NĂM 2024 Của', true],
    ['UBND', true],
    ['Ab', false],
    ['1. 2. 3.', false],
    ['ǅǅǅ', true],
    ['𝐀𝐁𝐂 ABC', true],
    ['𝑎𝑏𝑐 ABC', false],
  ])('counts the upper-case letters of %j', (line, upper) => {
    expect(isUpperCaseLine(line)).toBe(upper);
  });

  it('reads roman numerals', () => {
    expect([romanValue('IV'), romanValue('XIV'), romanValue('IX')]).toEqual([4, 14, 9]);
  });

  it('finds the first real date in long or short form', () => {
    expect(findFullDate('Cà Mau, ngày 19 tháng 01 năm 2023')).toBe('2023-01-19');
    expect(findFullDate('trước ngày 31/01/2023; sau đó')).toBe('2023-01-31');
    expect(findFullDate('ngày 30/02/2023')).toBeNull();
  });
});
