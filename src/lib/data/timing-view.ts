/**
 * When a commitment is due, as the pages show it. The converter is adding `timing` to
 * commitments (limits, periods, starts, spans and recurrences, each with its phrase as
 * written); until a content file has it, the dated `deadlines` stand in as "by" limits.
 * Everything here reads either shape, so the pages need no change when `timing` arrives.
 */
import type { CommitmentEntry } from './corpus.ts';
import { formatDate } from './format.ts';
import { tf } from '../../i18n/vi.ts';

/** How a time statement binds a task. */
export type TimingKind = 'by' | 'in' | 'from' | 'during' | 'recurring';

/** One time statement of a task (the shape of the converter's `timing` entries). */
export interface TimingItem {
  /** The phrase as written, e.g. "trước ngày 31/01/2023", "hằng năm". */
  text: string;
  kind: TimingKind;
  /** The limit (by) or the first day (in, from, during), ISO. */
  date?: string;
  /** The last day of a period (in, during), ISO. */
  end?: string;
  /** How often a recurring task comes back. */
  recurrence?: 'yearly' | 'quarterly' | 'monthly' | 'weekly' | 'continuous';
}

const KINDS = new Set<string>(['by', 'in', 'from', 'during', 'recurring']);

/** True for a well-formed timing entry (content written before the field existed has none). */
function isTiming(value: unknown): value is TimingItem {
  const item = value as Partial<TimingItem> | null;
  return typeof item?.text === 'string' && typeof item.kind === 'string' && KINDS.has(item.kind);
}

/** The time statements of a commitment: its `timing` when the content has it, else its deadlines as "by" limits. */
export function timingOf(commitment: CommitmentEntry): TimingItem[] {
  const timing = (commitment as CommitmentEntry & { timing?: unknown }).timing;
  if (Array.isArray(timing) && timing.length > 0) return timing.filter(isTiming);
  return commitment.deadlines.map((d) => ({ text: d.phrase, kind: 'by', date: d.date }));
}

/**
 * A short line for one statement, e.g. "31/01/2023", "01/01/2023 – 31/03/2023", "từ 01/07/2023",
 * or the phrase itself for recurring tasks ("hằng năm") and undated ones.
 */
export function timingLabel(item: TimingItem): string {
  if (item.kind === 'recurring' || !item.date) return item.text;
  if ((item.kind === 'in' || item.kind === 'during') && item.end && item.end !== item.date) {
    return `${formatDate(item.date)} – ${formatDate(item.end)}`;
  }
  if (item.kind === 'from') return tf('timing.from', { date: formatDate(item.date) });
  return formatDate(item.date);
}

/**
 * The last day a commitment is bound to, or null when it stays open: no dated statement, a
 * recurring task or one that runs "from" a date. Used to tell whether a task fell due before
 * an agency or a province was reorganised.
 */
export function lastDue(items: readonly TimingItem[]): string | null {
  if (items.length === 0 || items.some((item) => item.kind === 'recurring' || item.kind === 'from' || !item.date)) return null;
  return items.map((item) => item.end ?? item.date ?? '').reduce((a, b) => (a > b ? a : b));
}

/** Years a commitment's statements fall in, e.g. a period 2023-10-01 … 2024-03-31 gives ["2023", "2024"]. */
export function timingYears(items: readonly TimingItem[]): string[] {
  const years = new Set<string>();
  for (const item of items) {
    if (!item.date) continue;
    const first = Number(item.date.slice(0, 4));
    const last = Number((item.end ?? item.date).slice(0, 4));
    // A span is counted year by year; a malformed end before the start counts only the start.
    for (let year = first; year <= Math.max(first, last) && year - first < 50; year += 1) years.add(String(year));
  }
  return [...years].sort();
}
