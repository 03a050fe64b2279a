import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatQuantity, formatRange, sortByVi } from './format.ts';

describe('Vietnamese formats', () => {
  it('writes ISO dates as day/month/year with leading zeros', () => {
    expect(formatDate('2023-01-19')).toBe('19/01/2023');
    expect(formatDate('2024-12-05')).toBe('05/12/2024');
  });

  it('leaves a non-ISO date as written rather than guessing', () => {
    expect(formatDate('quý I năm 2023')).toBe('quý I năm 2023');
  });

  it.each([
    [6.96, '6,96'],
    [1000, '1.000'],
    [1044.5, '1.044,5'],
    [37, '37'],
  ])('formats %s as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('puts a space between a number and its unit', () => {
    expect(formatQuantity(6.96, '%')).toBe('6,96 %');
    expect(formatQuantity(12, null)).toBe('12');
  });

  it('joins a share of a whole to its number ("13/15 chỉ tiêu", not "13 /15")', () => {
    expect(formatQuantity(13, '/15 chỉ tiêu')).toBe('13/15 chỉ tiêu');
    expect(formatRange(13, 13, '/18 chỉ tiêu')).toBe('13/18 chỉ tiêu');
  });

  it('shows a single value when both bounds are equal and an en-dash range otherwise', () => {
    expect(formatRange(95, 95, '%')).toBe('95 %');
    expect(formatRange(6.3, 6.7, '%/năm')).toBe('6,3–6,7 %/năm');
    expect(formatRange(null, null, '%')).toBeNull();
  });

  it('sorts names by Vietnamese collation: Đ after D, Ư after U, and not by code point', () => {
    const names = ['Ủy ban', 'Đoàn', 'Sở Y tế', 'Dân tộc', 'Ưu tiên', 'Ban', 'Sở Tài chính'];
    expect(sortByVi(names, (n) => n)).toEqual(['Ban', 'Dân tộc', 'Đoàn', 'Sở Tài chính', 'Sở Y tế', 'Ủy ban', 'Ưu tiên']);
  });
});
