/**
 * When a commitment falls due, read from its timing. The converter is moving from
 * `deadlines: [{date, phrase}]` to `timing: [{text, kind, date?, end?, recurrence?}]`; both
 * are read, timing first, so the site works on today's content and gets better with the new.
 */
import type { CommitmentEntry } from '../data/corpus.ts';

/** How often a recurring task comes back (the converter's vocabulary). */
export type Recurrence = 'yearly' | 'quarterly' | 'monthly' | 'weekly' | 'continuous';

/** One time statement of a task, in one shape whichever field it came from. */
export interface TimingItem {
  /** The phrase as written, e.g. "trước ngày 31/01/2023", "hằng năm". */
  text: string;
  /** `by` a limit, `in` or `during` a period (due at its end), `from` a start, or `recurring`. */
  kind: 'by' | 'in' | 'from' | 'during' | 'recurring';
  /** The limit (by) or the first day (in, from, during), ISO. */
  date: string | null;
  /** The last day of a period (in, during), ISO. */
  end: string | null;
  recurrence: Recurrence | null;
}

type Timed = Pick<CommitmentEntry, 'deadlines'> & { timing?: CommitmentEntry['timing'] };

/** The task's time statements: `timing` when the converter gave it, else its `deadlines` as "by" limits. */
export function timingOf(commitment: Timed): TimingItem[] {
  if (commitment.timing && commitment.timing.length > 0) {
    return commitment.timing.map((t) => ({
      text: t.text,
      kind: t.kind,
      date: t.date ?? null,
      end: t.end ?? null,
      recurrence: t.recurrence ?? null,
    }));
  }
  return commitment.deadlines.map((d) => ({ text: d.phrase, kind: 'by', date: d.date, end: null, recurrence: null }));
}

/** The date a statement makes the task due: a limit, or the end of a period; a start or a recurrence sets none. */
export function dueOf(item: TimingItem): string | null {
  if (item.kind === 'by') return item.date;
  if (item.kind === 'in' || item.kind === 'during') return item.end ?? item.date;
  return null;
}

/**
 * The date the whole task is due: the latest of its limits (a task with "trước 31/01" for a
 * plan and "trước 20/12" for its report is done when both are). Null when nothing sets one.
 */
export function dueDate(commitment: Timed): string | null {
  const dates = timingOf(commitment)
    .map(dueOf)
    .filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

/** The recurrences of a task ("hằng năm" → yearly), in the order written. */
export function recurrencesOf(commitment: Timed): TimingItem[] {
  return timingOf(commitment).filter((t) => t.kind === 'recurring' && t.recurrence !== null);
}
