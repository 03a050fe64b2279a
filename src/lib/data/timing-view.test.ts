import { describe, expect, it } from 'vitest';
import { lastDue, timingLabel, timingOf, timingYears, type TimingItem } from './timing-view.ts';
import { fixtureCorpus } from './test-corpus.ts';

const PLAN = 'ca-mau-2023-01-ctr-01-ubnd';
const TIMING: TimingItem[] = [
  { text: 'trong quý IV năm 2023 và quý I năm 2024', kind: 'during', date: '2023-10-01', end: '2024-03-31' },
  { text: 'hằng năm', kind: 'recurring', recurrence: 'yearly' },
];
const corpus = fixtureCorpus({
  commitments: [
    {
      id: `${PLAN}--timed`,
      data: { document: PLAN, text: 'Báo cáo kết quả.', timing: TIMING, themes: ['chi-dao-dieu-hanh'], order: 90, line: 400 },
    },
  ],
});

describe('timingOf', () => {
  it('reads `timing` when the content has it', () => {
    expect(timingOf(corpus.commitments.get(`${PLAN}--timed`)!)).toEqual(TIMING);
  });

  it('falls back to the dated deadlines as "by" limits', () => {
    const withDeadline = [...corpus.commitments.values()].find((c) => c.deadlines.length > 0)!;
    expect(timingOf(withDeadline)).toEqual(withDeadline.deadlines.map((d) => ({ text: d.phrase, kind: 'by', date: d.date })));
  });
});

describe('timingLabel', () => {
  it.each([
    [{ text: 'trước ngày 31/01/2023', kind: 'by', date: '2023-01-31' }, '31/01/2023'],
    [TIMING[0], '01/10/2023 – 31/03/2024'],
    [{ text: 'từ tháng 7/2023', kind: 'from', date: '2023-07-01' }, 'từ 01/07/2023'],
    [TIMING[1], 'hằng năm'],
    [{ text: 'kịp thời', kind: 'by' }, 'kịp thời'],
  ] as [TimingItem, string][])('shows %j as %j', (item, shown) => {
    expect(timingLabel(item)).toBe(shown);
  });
});

describe('lastDue and timingYears', () => {
  it('gives the last day of dated statements, and null for open-ended tasks', () => {
    expect(lastDue([TIMING[0]!, { text: 'x', kind: 'by', date: '2023-01-31' }])).toBe('2024-03-31');
    expect(lastDue(TIMING)).toBeNull();
    expect(lastDue([])).toBeNull();
  });

  it('lists every year a statement covers', () => {
    expect(timingYears(TIMING)).toEqual(['2023', '2024']);
    expect(timingYears([{ text: 'x', kind: 'by', date: '2025-12-31' }])).toEqual(['2025']);
  });
});
