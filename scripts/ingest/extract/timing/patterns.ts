/**
 * The shapes of a time expression's core, as one regular expression with named groups:
 *
 *   15/12/2025 · 15-12-2025 · 20/12        → a day (dDay, dMonth, dYear?)
 *   20 tháng 12 năm 2025 · 20 tháng 12     → a day in words (wDay, wMonth, wYear?)
 *   tháng 12/2025 · tháng 12 năm 2025      → a month (month, monthYear?)
 *   quý III/2025 · quý I năm 2026 · quý IV → a quarter (quarter, quarterYear?)
 *   6 tháng đầu năm 2025                   → a half year (half, halfYear?)
 *   2026-2030 · năm 2026 - 2027            → a span of years (spanFrom, spanTo)
 *   năm 2026                               → a year (year)
 *   2026                                   → a bare year (bareYear), only in a time field or cell
 *
 * The cue before it ("trước", "trong", "từ", "giai đoạn") is read separately, from the lexicon.
 */
const DAY_NUMERIC = String.raw`(?<dDay>\d{1,2})\s*(?<sep>[\/.-])\s*(?<dMonth>\d{1,2})(?:\s*\k<sep>\s*(?<dYear>\d{4}))?(?![\d\/])`;
const DAY_WORDS = String.raw`(?<wDay>\d{1,2})\s+tháng\s+(?<wMonth>\d{1,2})(?:\s*(?:,\s*)?(?:năm\s+|[\/-]\s*)(?<wYear>\d{4}))?`;
const MONTH = String.raw`tháng\s+(?<month>\d{1,2})(?:\s*(?:năm\s+|[\/.-]\s*)(?<monthYear>\d{4}))?(?![\d\/])`;
const HALF = String.raw`(?:6|06|sáu)\s+tháng\s+(?<half>đầu|cuối)\s+năm(?:\s+(?<halfYear>\d{4}))?`;
const SPAN = String.raw`(?:năm\s+)?(?<spanFrom>(?:19|20)\d{2})\s*[-–—]\s*(?<spanTo>(?:19|20)\d{2})`;
const YEAR = String.raw`năm\s+(?<year>(?:19|20)\d{2})`;
const BARE_YEAR = String.raw`(?<bareYear>(?:19|20)\d{2})`;

/** The core regular expression; `quarterNumerals` is the lexicon's alternation ("IV|III|II|I|4|…"). */
export function timeCorePattern(quarterNumerals: string): RegExp {
  const quarter = String.raw`quý\s+(?<quarter>${quarterNumerals})(?![\p{L}\p{N}])(?:\s*(?:năm\s+|[\/.-]\s*)(?<quarterYear>\d{4}))?`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}\/.,-])(?:${DAY_NUMERIC}|${DAY_WORDS}|${MONTH}|${quarter}|${HALF}|${SPAN}|${YEAR}|${BARE_YEAR})(?![\p{L}\p{N}]|[.,]\d)`,
    'giu',
  );
}

/** "(ngày 31/3/2023)" right after a period: the explicit day closes it. */
export const EXPLICIT_DAY_AFTER = /^\s*\(\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*\)/u;

/** "… đến hết ngày …", "… - …": the second end of a span that started with "từ". */
export const SPAN_CONTINUATION = /^\s*(?:,\s*)?(?:đến|tới|cho đến|[-–])\s*(?:hết\s+|cuối\s+)?(?:ngày\s+)?/iu;

/** "ngày" (and an event's name) between a cue and a day: "trước ngày Quốc khánh 02/9/2025". */
export const DAY_WORD_BEFORE = /(?<![\p{L}\p{N}])ngày\s+(\p{Lu}[\p{L}’']*(?:\s+[\p{L}’']+){0,4}\s+)?$/u;

/** A day of a cited or named document ("… ngày 12/3/2025 của Bộ Chính trị"), not a time limit. */
export const DOCUMENT_DATE_AFTER = /^\s*,?\s*(?:của|do)\s+\p{Lu}/u;

/** The start of a clause, where a period alone sets the time ("Năm 2026, …", "- Quý IV/2025: …"). */
export const CLAUSE_START = /(?:^|[.;:!?]\s*|\n\s*)(?:[-+•*]\s*|\(?(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s*)?$/u;

/** A day or time of day before a recurrence ("trước ngày 20 tháng 12 hằng năm", "trước 19h00’ hằng ngày"). */
export const RECURRENCE_PREFIX = /(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}|\s*[/.-]\s*\d{1,2})?|\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*[’']?)\s*$/iu;
