import { describe, expect, it } from 'vitest';
import { readCitation } from './cross-references.ts';

/** A citation as "word label,label > …" per reference, inner level first. */
const read = (span: string) => readCitation(span).map((ref) => ref.map((level) => `${level.word} ${level.labels.join(',')}`).join(' > '));

describe('citations of items', () => {
  it.each([
    [
      'các mục 1, 2, 3, 4, 5, 6; điểm a, b mục 7 Phần III Điều 1',
      ['mục 1,2,3,4,5,6 > phần III > điều 1', 'điểm a,b > mục 7 > phần III > điều 1'],
    ],
    [
      'các điểm c, g mục 1, điểm d mục 3, điểm b mục 6 Phần III Điều 1',
      ['điểm c,g > mục 1 > phần III > điều 1', 'điểm d > mục 3 > phần III > điều 1', 'điểm b > mục 6 > phần III > điều 1'],
    ],
    ['điểm c mục 3 Phần III Điều 1', ['điểm c > mục 3 > phần III > điều 1']],
    ['mục (IV)(1)', ['mục (IV)(1)']],
    ['Phần III Điều 1', ['phần III > điều 1']],
  ])('reads "%s"', (span, expected) => {
    expect(read(span)).toEqual(expected);
  });
});
