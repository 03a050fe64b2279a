import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.ts';

describe('editDistance', () => {
  it.each([
    ['plan', 'plan', 0],
    ['plna', 'plan', 1],
    ['so-tai-chinhh', 'so-tai-chinh', 1],
    ['so-thong-tin-truyen-thong', 'so-thong-tin-va-truyen-thong', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('closest', () => {
  it('suggests a near id and nothing for an unrelated word', () => {
    const ids = ['so-tai-chinh', 'so-y-te', 'cuc-thue-tinh'];
    expect(closest('so-tai-chin', ids)).toBe('so-tai-chinh');
    expect(closest('ubnd-tinh', ids)).toBeNull();
  });
});
