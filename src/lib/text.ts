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
