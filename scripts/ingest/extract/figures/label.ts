/**
 * What a figure measures, as a reader would name it: the indicator before its value ("Tỷ lệ
 * lao động qua đào tạo đạt từ 65%" → "Tỷ lệ lao động qua đào tạo"), or after it when the value
 * opens the clause ("100% các dự án đầu tư … áp dụng công nghệ AI" → "các dự án đầu tư …").
 * List markers, field labels ("Về kinh tế:"), lead words ("Trong đó:", "phấn đấu"), times
 * ("đến năm 2030") and the value's own cue words ("đạt", "tăng", "trên") are not part of it.
 */
import type { FiguresLexicon } from './lexicon.ts';

const LIST_MARKER = /^\s*(?:\(\d{1,2}\)|\(?[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.|[-+•*])\s*/u;
const FIELD_LABEL = /^(?:Về|về)\s+[^:,;]{2,40}:\s*/u;
const TIME = /^(?:(?:phấn đấu|phần đấu)\s+)?(?:đến|tới|trong|vào|cuối|đến hết|đến cuối)\s+(?:năm\s+)?(?:19|20)\d{2}\s*[,:]?\s*/iu;
// "Trong 6 tháng đầu năm 2024, …", "Năm 2020, …", "Quý III/2025, …": the period, not the indicator.
const PERIOD_OPENER =
  /^(?:(?:trong|sau|qua|lũy kế)\s+)?(?:(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+(?:19|20)\d{2})?|năm\s+(?:19|20)\d{2}|quý\s+[IV]+(?:\s*(?:\/|năm)\s*(?:19|20)\d{2})?)\s*,\s*/iu;
const TIME_TAIL = /\s*,?\s*(?:đến|tới|trong|vào|cuối|đến hết)\s+(?:năm\s+)?(?:19|20)\d{2}\s*$/iu;
const GOAL_WORDS = /^(?:(?:để\s+)?(?:đạt\s+)?(?:được\s+)?(?:mục tiêu|chỉ tiêu)(?: cụ thể| chủ yếu| tổng quát)?\s*:?\s+)(?=\S+\s+\S+)/iu;
// A bracket left open or closed by the cut ("mới) có quy mô") is dropped, a whole one kept ("(GRDP)").
const UNBALANCED = /^[^(]*\)\s*|\s*\([^)]*$/gu;

const wordsOf = (text: string): number => text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;

/** True when a label holds only words of change or cue ("vượt", "giảm còn", "Kéo giảm"): no indicator. */
export function onlyCueWords(label: string, lexicon: FiguresLexicon): boolean {
  let rest = label.trim();
  for (let previous = ''; rest !== previous;) {
    previous = rest;
    rest = rest.replace(lexicon.labelChange, '').replace(lexicon.labelCloser, '').trim();
  }
  return wordsOf(rest) <= 1;
}

/** The words of a label a reader needs: no marker, lead words, times or trailing cue words. */
export function cleanLabel(text: string, lexicon: FiguresLexicon): string {
  let label = text.replace(UNBALANCED, ' ').replace(/\s+/gu, ' ').trim();
  for (let changed = true; changed;) {
    const before = label;
    label = label
      .replace(LIST_MARKER, '')
      .replace(FIELD_LABEL, '')
      .replace(lexicon.labelOpener, '')
      .replace(TIME, '')
      .replace(PERIOD_OPENER, '')
      .replace(GOAL_WORDS, '')
      .replace(/^[\s,:;.(]+/u, '')
      .replace(/[\s,:;(]+$/u, '')
      .replace(TIME_TAIL, '')
      .replace(lexicon.labelCloser, '')
      .trim();
    changed = label !== before;
  }
  return label.replace(/^(?:phấn đấu|phần đấu)\s+/iu, '').trim();
}

/** A long label keeps its last part that says what ("Đẩy mạnh …, để đến năm 2026 đạt chỉ tiêu giảm" → "giảm …"). */
function shorten(label: string, lexicon: FiguresLexicon): string {
  if (label.length <= 90) return label;
  const parts = label
    .split(/[,;]\s+|\s+(?:để|phấn đấu|nhằm)\s+/u)
    .map((part) => cleanLabel(part, lexicon))
    .filter((part) => wordsOf(part) >= 3);
  return parts.at(-1) ?? label;
}

/**
 * The label of the value at `[start, end)` of `clause`, given where the previous value of the
 * clause ended (its label stops there: "…85% tổng số trường, số sinh viên …").
 */
export function labelOf(
  clause: string,
  start: number,
  end: number,
  previousEnd: number,
  lexicon: FiguresLexicon,
  options: { after?: boolean } = {},
): string {
  let before = clause.slice(previousEnd, start);
  // "… để đến năm 2026 đạt chỉ tiêu giảm": the indicator is not the reason before "để".
  const boundaries = [...before.matchAll(lexicon.labelBoundary)];
  const boundary = boundaries.at(-1);
  if (boundary) before = before.slice((boundary.index ?? 0) + boundary[0].length);
  // After an earlier value, what is measured follows its comma: "…85% tổng số trường, số sinh viên …".
  if (previousEnd > 0) before = before.split(/[,;]\s*|\s+và\s+/u).pop() ?? before;
  // "… (GRDP) trên địa bàn tỉnh Quý III đạt" → "… (GRDP) trên địa bàn tỉnh Quý III"; the clause before a colon is a lead-in.
  before = before.split(/:\s+/u).pop() ?? before;
  const label = cleanLabel(before, lexicon);
  if (options.after === false) return shorten(label, lexicon);
  // "100% các dự án đầu tư … áp dụng công nghệ AI", "Bảo đảm 100% hệ thống số hoá …", "đạt chỉ tiêu
  // giảm 5% biên chế cán bộ": when only a verb or cue words precede the value, what follows is measured.
  const following = followingWords(clause, end, lexicon);
  const weak = wordsOf(label) < 2 || onlyCueWords(label, lexicon) || (wordsOf(label) <= 2 && wordsOf(following) >= 3);
  if (weak && wordsOf(following) >= 2) return shorten(following, lexicon);
  return shorten(label, lexicon);
}

/** The words after a value up to the next break: "100% các dự án đầu tư …, …" → "các dự án đầu tư …". */
export function followingWords(clause: string, end: number, lexicon: FiguresLexicon): string {
  const after = clause
    .slice(end)
    .split(/[,;.:(]\s*/u)[0]!
    .replace(/\s+/gu, ' ')
    .trim();
  return cleanLabel(after.split(/\s+/u).slice(0, 16).join(' '), lexicon);
}
