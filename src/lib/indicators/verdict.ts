/**
 * Whether a target was met, in plain words: "Đạt", "Chưa đạt", "Chưa có số liệu". Only a
 * result reported after the target was set and dated within its period counts; figures from
 * the document that sets the target are the starting point, not a result. The latest
 * counted result decides; a result dated before the period ends is a mid-term figure and
 * says so.
 */
import type { Comparator, IndicatorResult, IndicatorTarget } from './types.ts';

export type Verdict = 'dat' | 'chua-dat' | 'chua-co-so-lieu';

/** First and last day of a period written "2020-2025", "2023" or "2021 - 2025"; null when unreadable. */
export function periodRange(period: string | null): { start: string; end: string } | null {
  const years = period?.match(/\d{4}/g);
  if (!years) return null;
  return { start: `${years[0]}-01-01`, end: `${years.at(-1)}-12-31` };
}

/** True when `value` meets the target: at least `low`, at most `high`, or inside [low, high]. */
export function meets(value: number, low: number | null, high: number | null, comparator: Comparator): boolean {
  if (low === null && high === null) return false;
  const lo = low ?? high!;
  const hi = high ?? low!;
  if (comparator === 'min') return value >= lo;
  if (comparator === 'max') return value <= hi;
  // "about" a range: inside it; "about" one value ("đạt 85%") reads as reaching it.
  return lo === hi ? value >= lo : value >= lo && value <= hi;
}

/** The verdict on one target and the result it rests on. */
export interface TargetVerdict {
  verdict: Verdict;
  /** The result that decided, null when none counts. */
  basis: IndicatorResult | null;
  /** True when the deciding result is dated before the period ends (a mid-term figure). */
  midTerm: boolean;
  /** True when results reported after the target exist but none is dated inside its period. */
  outside: boolean;
}

/** Judges `target` against the indicator's results. */
export function judge(target: IndicatorTarget, results: readonly IndicatorResult[]): TargetVerdict {
  const range = periodRange(target.period);
  const counted = results.filter(
    (r) =>
      r.document !== target.document &&
      r.date !== null &&
      (target.setOn === null || r.date > target.setOn) &&
      (!range || (r.date >= range.start && r.date <= range.end)),
  );
  const basis = counted.sort((a, b) => (a.date! < b.date! ? -1 : 1)).at(-1) ?? null;
  if (!basis) {
    const later = results.some(
      (r) => r.document !== target.document && r.date !== null && (target.setOn === null || r.date > target.setOn),
    );
    return { verdict: 'chua-co-so-lieu', basis: null, midTerm: false, outside: later };
  }
  return {
    outside: false,
    verdict: meets(basis.value, target.low, target.high, target.comparator) ? 'dat' : 'chua-dat',
    basis,
    midTerm: range !== null && basis.date! < range.end,
  };
}
