import { describe, expect, it } from 'vitest';
import { DIST_FILE_BUDGET, fragmentCap } from './bundle.ts';

describe('fragmentCap', () => {
  it('leaves fragments unbundled while one file per result fits in the file budget', () => {
    // K = 1: 9,416 files in dist/, 3,739 results.
    expect(fragmentCap(5_677)).toBeGreaterThan(3_739);
  });

  it('caps fragment files so that dist/ stays within the budget at 50,000 commitments', () => {
    // ≈ 61,000 files besides the search bundle and ≈ 51,600 results: fragments are bundled two per file.
    const cap = fragmentCap(61_000);
    expect(cap).toBeLessThan(51_600);
    expect(61_000 + cap).toBeLessThan(DIST_FILE_BUDGET);
    expect(Math.ceil(51_600 / cap)).toBe(2);
  });

  it('never asks Pagefind for fewer than 1,000 fragment files', () => {
    expect(fragmentCap(200_000)).toBe(1_000);
  });
});
