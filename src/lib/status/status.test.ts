import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../schemas/index.ts';
import type { CommitmentEntry } from '../data/corpus.ts';
import { DERIVED_STATES, deriveStatus, OVERDUE_STATES, type DerivedState } from './derive.ts';
import { agencyScorecards, scorecard } from './scorecard.ts';
import { dueDate, recurrencesOf } from './timing.ts';

const TODAY = '2024-07-01';
type FixtureTask = CommitmentEntry & { expect: DerivedState };
/** The fixture, each entry parsed with the real commitment schema (so it is valid content). */
const tasks: FixtureTask[] = (
  parse(readFileSync(path.join(import.meta.dirname, '__fixtures__/statuses.yaml'), 'utf8')) as Record<string, unknown>[]
).map((raw, order) => {
  const { id, expect: expected, ...fields } = raw;
  const data = schemas.commitments.parse({
    document: 'kh-1',
    text: `Nhiệm vụ ${String(id)}.`,
    themes: ['khac'],
    order,
    line: order + 1,
    ...fields,
  });
  return { ...data, id: String(id), file: 'statuses.yaml', expect: expected as DerivedState };
});

describe('derived status', () => {
  it('covers every derived state in the fixture', () => {
    expect(new Set(tasks.map((t) => t.expect))).toEqual(new Set(DERIVED_STATES));
  });

  it.each(tasks.map((t) => [t.id, t.expect, t] as const))('derives %s as %s', (_id, expected, task) => {
    expect(deriveStatus(task, TODAY).state).toBe(expected);
  });

  it('moves a task from "trong hạn" to "quá hạn" when the build date passes its due date, without any edit', () => {
    const task = tasks.find((t) => t.id === 'in-progress-within-time')!;
    expect(deriveStatus(task, '2024-12-31').state).toBe('dang-thuc-hien-trong-han');
    expect(deriveStatus(task, '2025-01-01').state).toBe('qua-han-chua-cap-nhat');
  });

  it('reads the due date from timing (end of a period) before the older deadlines, and the recurrences', () => {
    expect(
      dueDate({
        deadlines: [{ date: '2024-03-01', phrase: 'x' }],
        timing: [{ text: 'quý IV', kind: 'in', date: '2024-10-01', end: '2024-12-31' }],
      }),
    ).toBe('2024-12-31');
    expect(
      dueDate({
        deadlines: [
          { date: '2024-03-01', phrase: 'a' },
          { date: '2024-12-20', phrase: 'b' },
        ],
      }),
    ).toBe('2024-12-20');
    expect(dueDate({ deadlines: [], timing: [{ text: 'từ năm 2024', kind: 'from', date: '2024-01-01' }] })).toBeNull();
    expect(recurrencesOf(tasks.find((t) => t.id === 'in-progress-no-deadline')!).map((t) => t.recurrence)).toEqual(['yearly']);
  });
});

describe('scorecards', () => {
  /** What the fixture says, counted from its `expect` fields and dates, independently of scorecard(). */
  function expectedCard(list: FixtureTask[]) {
    const byState = Object.fromEntries(DERIVED_STATES.map((s) => [s, list.filter((t) => t.expect === s).length]));
    const due = list.filter((t) => {
      const d = dueDate(t);
      return d !== null && d < TODAY && t.expect !== 'da-dieu-chinh' && t.expect !== 'khong-tiep-tuc';
    });
    const onTime = due.filter((t) => t.expect === 'hoan-thanh-dung-han').length;
    return {
      total: list.length,
      byState,
      due: due.length,
      onTime,
      onTimeRate: due.length ? onTime / due.length : null,
      overdue: list.filter((t) => OVERDUE_STATES.includes(t.expect)).length,
    };
  }

  it('counts every state, the due tasks, the on-time rate and the overdue tasks of the whole fixture', () => {
    expect(scorecard(tasks, TODAY)).toEqual(expectedCard(tasks));
    // Due: done-on-time, done-late, overdue-reported, overdue-silent, overdue-silent-since-due; one on time.
    expect(scorecard(tasks, TODAY)).toMatchObject({ due: 5, onTime: 1, onTimeRate: 0.2, overdue: 3 });
  });

  it('counts lead and partner roles separately', () => {
    for (const agency of ['so-a', 'so-b']) {
      const cards = agencyScorecards(tasks, agency, TODAY);
      expect(cards.lead).toEqual(expectedCard(tasks.filter((t) => t.lead.includes(agency))));
      expect(cards.partner).toEqual(expectedCard(tasks.filter((t) => t.partners.includes(agency))));
    }
  });

  it('gives no on-time rate when nothing is due yet', () => {
    expect(
      scorecard(
        tasks.filter((t) => t.id === 'not-reported'),
        TODAY,
      ).onTimeRate,
    ).toBeNull();
  });
});
