import { describe, expect, it } from 'vitest';
import { diffLines, mergeLines } from './merge-lines.ts';

const L = (text: string) => text.split(' ');

/** Applies hunks of `b` to `a`; must give back `b` for any correct diff. */
function apply(a: string[], b: string[], hunks: NonNullable<ReturnType<typeof diffLines>>): string[] {
  const out: string[] = [];
  let at = 0;
  for (const h of hunks) {
    out.push(...a.slice(at, h.baseStart), ...b.slice(h.start, h.end));
    at = h.baseEnd;
  }
  return [...out, ...a.slice(at)];
}

describe('diffLines', () => {
  it.each([
    ['a b c', 'a b c'],
    ['a b c', 'a x c'],
    ['a b c d e', 'a c e f'],
    ['', 'x y'],
    ['x y', ''],
    ['a b a b a', 'b a b a b'],
    ['p q r s t u', 'q p s r u t'],
  ])('turns "%s" into "%s"', (from, to) => {
    const a = from ? L(from) : [];
    const b = to ? L(to) : [];
    const hunks = diffLines(a, b);
    expect(hunks).not.toBeNull();
    expect(apply(a, b, hunks!)).toEqual(b);
  });

  it('finds the minimal change in a long text', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `dòng ${i}`);
    const b = [...a.slice(0, 700), 'dòng mới', ...a.slice(701)];
    expect(diffLines(a, b)).toEqual([{ baseStart: 700, baseEnd: 701, start: 700, end: 701 }]);
  });
});

describe('mergeLines', () => {
  const base = ['Đoạn 1.', 'Đoạn 2.', 'Đoạn 3.', 'Đoạn 4.', 'Đoạn 5.'];

  it('keeps a person’s fix and takes the source’s change to another paragraph', () => {
    const ours = ['Đoạn 1 (sửa chính tả).', ...base.slice(1)];
    const theirs = [...base.slice(0, 4), 'Đoạn 5 mới.'];
    expect(mergeLines(base, ours, theirs)).toEqual({
      lines: ['Đoạn 1 (sửa chính tả).', 'Đoạn 2.', 'Đoạn 3.', 'Đoạn 4.', 'Đoạn 5 mới.'],
      conflicts: [],
    });
  });

  it('takes paragraphs the source added and keeps paragraphs a person added', () => {
    const ours = [...base.slice(0, 2), 'Ghi chú của biên tập viên.', ...base.slice(2)];
    const theirs = [...base, 'Đoạn 6.'];
    expect(mergeLines(base, ours, theirs)?.lines).toEqual([...ours, 'Đoạn 6.']);
  });

  it('accepts the same change made on both sides', () => {
    const both = ['Đoạn 1.', 'Đoạn 2 đã sửa.', ...base.slice(2)];
    expect(mergeLines(base, both, both)).toEqual({ lines: both, conflicts: [] });
  });

  it('keeps the person’s lines and reports a conflict when both changed the same paragraph', () => {
    const ours = ['Đoạn 1.', 'Đoạn 2 (người sửa).', ...base.slice(2)];
    const theirs = ['Đoạn 1.', 'Đoạn 2 (nguồn mới).', ...base.slice(2)];
    expect(mergeLines(base, ours, theirs)).toEqual({
      lines: ours,
      conflicts: [{ line: 2, base: 'Đoạn 2.', ours: 'Đoạn 2 (người sửa).', theirs: 'Đoạn 2 (nguồn mới).' }],
    });
  });

  it('treats changes to touching lines as a conflict, as git does', () => {
    const ours = ['Đoạn 1.', 'Đoạn 2 (người sửa).', ...base.slice(2)];
    const theirs = ['Đoạn 1.', 'Đoạn 2.', 'Đoạn 3 (nguồn mới).', ...base.slice(3)];
    const result = mergeLines(base, ours, theirs);
    expect(result?.conflicts).toHaveLength(1);
    expect(result?.lines).toEqual(ours);
  });
});
