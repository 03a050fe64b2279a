import { describe, expect, it } from 'vitest';
import { atLineStart, excerpt, sectionNumber } from './text.ts';

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
