/** Text helpers for display. */

/** Leading list markers of verbatim items ("- ", "+ ", "• ") that make poor titles. */
const LIST_MARKER = /^\s*[-+•*–]\s+/;

/**
 * Shortens text to about `max` characters at a word boundary, adding "…"; short text is
 * returned as is. A leading list dash is dropped: "- Đẩy mạnh …" is titled "Đẩy mạnh …".
 */
export function excerpt(raw: string, max = 220): string {
  const text = raw.replace(LIST_MARKER, '');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A section's number as written before its heading: "A." / "1.1." / "a)" / "Phần thứ hai.".
 * Lower-case letter items are written "a)" in Vietnamese administrative texts.
 */
export function sectionNumber(label: string): string {
  const trimmed = label.trim();
  if (trimmed === '') return '';
  return /^[a-zđ]$/.test(trimmed) ? `${trimmed})` : `${trimmed}.`;
}

/**
 * Capitalizes the first letter of a name that opens a heading or a line, e.g. "tỉnh Cà Mau"
 * → "Tỉnh Cà Mau". Place names are stored as used mid-sentence; the data stays as it is.
 */
export function atLineStart(name: string): string {
  const first = name.codePointAt(0);
  if (first === undefined) return name;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase('vi') + name.slice(letter.length);
}

/**
 * A section path as a reader names it: "Mục C.3.1.a"; a path that starts with a worded part
 * ("Phần thứ hai, II.1") already says what it is and is left as written.
 */
export function sectionName(path: string, word: string): string {
  return /^\S+\s/.test(path) ? path : `${word} ${path}`;
}

/** A numbering or list marker that opens an item: "- ", "+ ", "• ", "a) ", "đ) ", "1. ", "1.2. ", "(3) ", "II. ". */
const ITEM_MARKER = /^\s*(?:[-+•*–]|\(?(?:[a-zđ]|\d+(?:\.\d+)*|[IVXLC]+)[.)]|\(\d+\))\s+/u;

/** Where a sentence ends: ". " before a capital, or ";" / ":" before more text. */
const SENTENCE_END = /(?:\.(?=\s+\p{Lu})|[;:](?=\s+\S))/gu;

/**
 * A short title for a commitment: its task in at most `max` characters. The item's numbering
 * or list marker is dropped, then its first sentence is taken ("Tăng cường quản lý thu ngân
 * sách nhà nước, …, xử lý nợ đọng thuế. Tăng cường công tác thanh tra …" → up to the first
 * full stop), cut at a word boundary with "…" when even that is longer than `max`. A first
 * "sentence" shorter than `min` characters (a lead-in such as "Giao Sở Tài chính:") is kept
 * together with what follows. The verbatim text itself is always shown in full elsewhere.
 */
export function taskTitle(raw: string, max = 120, min = 30): string {
  const text = raw.replace(ITEM_MARKER, '').replace(/\s+/g, ' ').trim();
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index < min) continue;
    return excerpt(text.slice(0, match.index), max);
  }
  return excerpt(text.replace(/[.;:]+$/, ''), max);
}

/** True when `title` says all of `text` (so showing the text again under it would only repeat it). */
export function titleIsWhole(title: string, text: string): boolean {
  const bare = (s: string) =>
    s
      .replace(ITEM_MARKER, '')
      .replace(/[\s.;:…]+/g, ' ')
      .trim();
  return bare(title) === bare(text);
}
