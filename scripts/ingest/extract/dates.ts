/**
 * Dates and deadlines in Vietnamese text → ISO dates, with the phrase kept.
 *
 *   "trước ngày 31/01/2023"                      → 2023-01-31
 *   "ngày 19 tháng 01 năm 2023"                  → 2023-01-19
 *   "đến hết quý I năm 2023 (ngày 31/3/2023)"    → 2023-03-31 (one deadline)
 *   "trong quý II/2023"                          → 2023-06-30 (end of the quarter)
 *   "trước năm 2027"                             → 2026-12-31; "trong năm 2023" → 2023-12-31
 *   "trước ngày 5/7"                             → year from context (document year)
 *   "hằng tháng", "định kỳ"                      → no date
 */
import { isRealIsoDate } from '../../../src/schemas/fields.ts';
import type { ExtractedDeadline } from './types.ts';

const pad = (value: number): string => String(value).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  const text = `${year}-${pad(month)}-${pad(day)}`;
  return isRealIsoDate(text) ? text : null;
}

function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Parses "31/01/2023", "31-01-2023", "19 tháng 01 năm 2023" or "5/7" (year from context). */
export function parseDate(text: string, contextYear: number | null): string | null {
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/u.exec(text.trim());
  const words = /^(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?$/u.exec(text.trim());
  const match = numeric ?? words;
  if (!match) return null;
  const year = match[3] ? Number(match[3]) : contextYear;
  return year ? iso(year, Number(match[2]), Number(match[1])) : null;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const DAY = String.raw`(\d{1,2}\s*[\/.-]\s*\d{1,2}(?:\s*[\/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)`;
const LEAD = String.raw`(?:trước|chậm nhất|chậm nhất là|hoàn thành|đến|hết|trong|xong|kể từ|từ)?\s*`;
// Order matters: a quarter followed by its explicit date is one deadline.
const PATTERNS: ReadonlyArray<{ pattern: RegExp; resolve: (m: RegExpExecArray, year: number | null) => string | null }> = [
  {
    pattern: new RegExp(
      String.raw`(?:đến hết|hết|trong|trước|cuối|đến)?\s*quý\s+(IV|III|II|I|[1-4])\s*(?:năm\s+|\/)(\d{4})\s*\(\s*(?:ngày\s+)?${DAY}\s*\)`,
      'giu',
    ),
    resolve: (m, year) => parseDate(m[3] ?? '', Number(m[2]) || year),
  },
  {
    pattern: new RegExp(String.raw`${LEAD}ngày\s+${DAY}(?![\d\/])`, 'gu'),
    resolve: (m, year) => (/^\s*(từ|kể từ)/u.test(m[0]) ? null : parseDate(m[1] ?? '', year)),
  },
  {
    pattern: new RegExp(String.raw`(?:trước|chậm nhất|hoàn thành trước|đến)\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})`, 'gu'),
    resolve: (m) => parseDate(m[1] ?? '', null),
  },
  {
    pattern: /(?:đến hết|hết|trong|trước|cuối|đến|hoàn thành trong)\s+quý\s+(IV|III|II|I|[1-4])\s*(?:năm\s+|\/)(\d{4})/giu,
    resolve: (m) => {
      const quarter = ROMAN[(m[1] ?? '').toUpperCase()] ?? 0;
      return quarter ? endOfMonth(Number(m[2]), quarter * 3) : null;
    },
  },
  {
    pattern: /(trước|trong|đến hết|hết|đến|cuối)\s+tháng\s+(\d{1,2})\s*(?:năm\s+|\/)(\d{4})/giu,
    resolve: (m) => {
      const month = Number(m[2]);
      const year = Number(m[3]);
      if (month < 1 || month > 12) return null;
      // "trước tháng 6/2023" means by the end of May.
      return m[1]?.toLowerCase() === 'trước' ? (month === 1 ? `${year - 1}-12-31` : endOfMonth(year, month - 1)) : endOfMonth(year, month);
    },
  },
  {
    pattern: /(trước|trong|đến hết|đến cuối|hết|cuối|hoàn thành trong)\s+năm\s+(\d{4})(?![\d-])/giu,
    resolve: (m) => (m[1]?.toLowerCase() === 'trước' ? `${Number(m[2]) - 1}-12-31` : `${m[2]}-12-31`),
  },
];

/** A deadline with where its phrase sits in the text. */
export interface DeadlineMatch extends ExtractedDeadline {
  start: number;
  end: number;
}

/**
 * Finds deadlines in `text`. `blocked` spans (cited documents, whose "ngày …" is an issue
 * date, not a deadline) are skipped; `year` resolves "5/7"; dates before `notBefore`
 * (the document's own date) are history, not deadlines.
 */
export function findDeadlines(
  text: string,
  year: number | null,
  blocked: ReadonlyArray<{ start: number; end: number }> = [],
  notBefore: string | null = null,
): DeadlineMatch[] {
  const taken: DeadlineMatch[] = [];
  const overlaps = (start: number, end: number, spans: ReadonlyArray<{ start: number; end: number }>): boolean =>
    spans.some((span) => start < span.end && end > span.start);
  for (const { pattern, resolve } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = (match.index ?? 0) + (match[0].length - match[0].trimStart().length);
      const end = (match.index ?? 0) + match[0].trimEnd().length;
      if (overlaps(start, end, blocked) || overlaps(start, end, taken)) continue;
      const date = resolve(match as RegExpExecArray, year);
      if (!date || (notBefore && date < notBefore)) continue;
      taken.push({ date, phrase: text.slice(start, end).replace(/\s+/g, ' '), start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
