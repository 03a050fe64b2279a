/**
 * Calendar arithmetic for the timing grammar: ISO dates of days, months, quarters, halves,
 * years and spans, and the year a date without one falls in.
 */
import { isRealIsoDate } from '../../../../src/schemas/fields.ts';

/** A stretch of days, both ends ISO dates; a single day has start = end. */
export interface Period {
  start: string;
  end: string;
  /** True for a single day ("15/12/2025"), false for a month, quarter, year or span. */
  day: boolean;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** ISO date of a day, or null when it does not exist ("31/02/2025"). */
export function isoDay(year: number, month: number, day: number): string | null {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return isRealIsoDate(text) ? text : null;
}

/** Last day of a month. */
export function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The day before an ISO date: "by" a period means by the end of the one before ("trước năm 2027"). */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** An ISO date plus a number of days or months ("30 ngày kể từ ngày ký"). */
export function addToDate(iso: string, amount: number, unit: 'day' | 'month'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (unit === 'day') date.setUTCDate(date.getUTCDate() + amount);
  else date.setUTCMonth(date.getUTCMonth() + amount);
  return date.toISOString().slice(0, 10);
}

export function dayPeriod(year: number, month: number, day: number): Period | null {
  const iso = isoDay(year, month, day);
  return iso ? { start: iso, end: iso, day: true } : null;
}

export function monthPeriod(year: number, month: number): Period | null {
  if (month < 1 || month > 12) return null;
  return { start: `${year}-${pad(month)}-01`, end: endOfMonth(year, month), day: false };
}

export function quarterPeriod(year: number, quarter: number): Period | null {
  if (quarter < 1 || quarter > 4) return null;
  return { start: `${year}-${pad(quarter * 3 - 2)}-01`, end: endOfMonth(year, quarter * 3), day: false };
}

export function halfPeriod(year: number, half: 1 | 2): Period {
  return half === 1
    ? { start: `${year}-01-01`, end: `${year}-06-30`, day: false }
    : { start: `${year}-07-01`, end: `${year}-12-31`, day: false };
}

export function yearsPeriod(first: number, last: number): Period | null {
  if (first < 1900 || last > 2100 || last < first) return null;
  return { start: `${first}-01-01`, end: `${last}-12-31`, day: false };
}

/**
 * The year of a date written without one ("trước ngày 20/12", "trong quý I"): the document's
 * year, or the next one when the period would already be over on the document's date.
 */
export function yearFromContext(documentDate: string | null, build: (year: number) => Period | null): Period | null {
  if (!documentDate) return null;
  const year = Number(documentDate.slice(0, 4));
  const same = build(year);
  if (same && same.end >= documentDate) return same;
  return build(year + 1);
}
