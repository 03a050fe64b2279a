/**
 * Counts of derived states for a set of tasks: what an agency, a place or a theme shows.
 * "Due" tasks are those whose due date has passed (withdrawn ones aside); the on-time rate
 * is the share of them completed on or before their date, so a body is not rewarded for
 * tasks that simply are not due yet, nor for tasks without a date.
 */
import type { CommitmentEntry } from '../data/corpus.ts';
import { DERIVED_STATES, deriveStatus, OVERDUE_STATES, WITHDRAWN_STATES, type DerivedState } from './derive.ts';

/** The counts of one set of tasks. */
export interface Scorecard {
  total: number;
  byState: Record<DerivedState, number>;
  /** Tasks whose due date is before the build date (modified or dropped ones not counted). */
  due: number;
  /** Due tasks completed on or before their due date. */
  onTime: number;
  /** onTime / due, null when nothing is due yet. */
  onTimeRate: number | null;
  /** Tasks past their due date and not completed. */
  overdue: number;
}

type Task = Parameters<typeof deriveStatus>[0];

/** Counts the derived states of `tasks` on `today` (ISO). */
export function scorecard(tasks: readonly Task[], today: string): Scorecard {
  const byState = Object.fromEntries(DERIVED_STATES.map((s) => [s, 0])) as Record<DerivedState, number>;
  let due = 0;
  let onTime = 0;
  for (const task of tasks) {
    const view = deriveStatus(task, today);
    byState[view.state] += 1;
    if (!view.due || view.due >= today || WITHDRAWN_STATES.includes(view.state)) continue;
    due += 1;
    if (view.state === 'hoan-thanh-dung-han') onTime += 1;
  }
  const overdue = OVERDUE_STATES.reduce((sum, s) => sum + byState[s], 0);
  return { total: tasks.length, byState, due, onTime, onTimeRate: due > 0 ? onTime / due : null, overdue };
}

/** An agency's scorecards as lead ("chủ trì") and as partner ("phối hợp"). */
export interface RoleScorecards {
  lead: Scorecard;
  partner: Scorecard;
}

/** The scorecards of agency `id` over `commitments`. */
export function agencyScorecards(commitments: readonly CommitmentEntry[], id: string, today: string): RoleScorecards {
  return {
    lead: scorecard(
      commitments.filter((c) => c.lead.includes(id)),
      today,
    ),
    partner: scorecard(
      commitments.filter((c) => c.partners.includes(id)),
      today,
    ),
  };
}

/** An on-time rate as Vietnamese text: 0.2 → "20 %", 2/3 → "66,7 %"; "—" when nothing is due. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(rate * 100)} %`;
}
