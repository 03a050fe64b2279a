import { describe, expect, it } from 'vitest';
import { atLineStart, excerpt, sectionName, sectionNumber, taskTitle, titleIsWhole } from './text.ts';

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('Sở Tư pháp chủ trì.', 50)).toBe('Sở Tư pháp chủ trì.');
  });

  it('drops a leading list dash, which makes a poor title', () => {
    expect(excerpt('- Đẩy mạnh chuyển đổi số.', 50)).toBe('Đẩy mạnh chuyển đổi số.');
    expect(excerpt('1.1. Xây dựng kế hoạch.', 50)).toBe('1.1. Xây dựng kế hoạch.');
  });

  it('cuts long text at a word boundary and drops trailing punctuation before the ellipsis', () => {
    const text = 'Tăng cường quản lý thu ngân sách nhà nước, tập trung các giải pháp chống thất thu';
    expect(excerpt(text, 45)).toBe('Tăng cường quản lý thu ngân sách nhà nước…');
  });
});

describe('sectionNumber', () => {
  it.each([
    ['A', 'A.'],
    ['1.1', '1.1.'],
    ['a', 'a)'],
    ['đ', 'đ)'],
    ['Phần thứ hai', 'Phần thứ hai.'],
    ['', ''],
  ])('writes label %j as %j', (label, expected) => {
    expect(sectionNumber(label)).toBe(expected);
  });
});

describe('atLineStart', () => {
  it('capitalizes a place name that opens a line, keeping the rest as stored', () => {
    expect(atLineStart('tỉnh Cà Mau')).toBe('Tỉnh Cà Mau');
    expect(atLineStart('thành phố Hồ Chí Minh')).toBe('Thành phố Hồ Chí Minh');
  });

  it('capitalizes a Vietnamese first letter with diacritics', () => {
    expect(atLineStart('đặc khu Phú Quốc')).toBe('Đặc khu Phú Quốc');
  });

  it('leaves capitalized and empty names alone', () => {
    expect(atLineStart('Cà Mau')).toBe('Cà Mau');
    expect(atLineStart('')).toBe('');
  });
});

describe('sectionName', () => {
  it('names a numbered path "Mục …" and leaves a worded one as written', () => {
    expect(sectionName('C.3.1.a', 'Mục')).toBe('Mục C.3.1.a');
    expect(sectionName('Phần thứ hai, II.1', 'Mục')).toBe('Phần thứ hai, II.1');
  });
});

describe('taskTitle', () => {
  it('takes the first sentence of the task, without its list marker', () => {
    const text =
      '- Tăng cường quản lý thu ngân sách nhà nước, tập trung các giải pháp chống thất thu và xử lý nợ đọng thuế. Tăng cường công tác thanh tra, kiểm tra thuế.';
    expect(taskTitle(text)).toBe('Tăng cường quản lý thu ngân sách nhà nước, tập trung các giải pháp chống thất thu và xử lý nợ đọng thuế');
  });

  it.each([
    ['a) Rà soát quy hoạch sử dụng đất giai đoạn 2021 - 2030.', 'Rà soát quy hoạch sử dụng đất giai đoạn 2021 - 2030'],
    ['1.2. Xây dựng kế hoạch chuyển đổi số năm 2023.', 'Xây dựng kế hoạch chuyển đổi số năm 2023'],
    ['(3) Tổ chức hội nghị tổng kết công tác năm.', 'Tổ chức hội nghị tổng kết công tác năm'],
  ])('drops the numbering of %j', (text, title) => {
    expect(taskTitle(text)).toBe(title);
  });

  it('cuts a long first sentence at a word boundary, under the limit', () => {
    const text = `Đẩy mạnh ${'cải cách thủ tục hành chính, '.repeat(8)}nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.`;
    const title = taskTitle(text);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('…')).toBe(true);
    expect(text).toContain(title.slice(0, -1));
  });

  it('keeps a short lead-in with the task it introduces', () => {
    expect(taskTitle('Giao Sở Tài chính: chủ trì tham mưu phân bổ vốn đầu tư công năm 2023.')).toBe(
      'Giao Sở Tài chính: chủ trì tham mưu phân bổ vốn đầu tư công năm 2023',
    );
  });

  it('says when the title is the whole text', () => {
    expect(titleIsWhole(taskTitle('- Rà soát quy hoạch.'), '- Rà soát quy hoạch.')).toBe(true);
    expect(
      titleIsWhole(
        taskTitle('Rà soát quy hoạch đất đai của tỉnh. Báo cáo kết quả.'),
        'Rà soát quy hoạch đất đai của tỉnh. Báo cáo kết quả.',
      ),
    ).toBe(false);
  });
});
