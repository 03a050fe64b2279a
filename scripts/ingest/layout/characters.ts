/**
 * Character-level clean-up of a source: Unicode form, line ends, spaces, and the markdown
 * marks a scraper leaves around words. Pure and idempotent.
 */

/** NFC, LF line ends, plain spaces, no zero-width characters. */
export function cleanCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\t\f\v]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
}

// A function word glued to the capitalised word after it, where a scraper lost the line break:
// "Trách nhiệm củaTrung tâm Phục vụ hành chính công tỉnh".
const GLUED_FUNCTION_WORD = /(?<![\p{L}])(của|và|với|cho|tại|về|theo|đến|trong)(?=\p{Lu}\p{Ll})/gu;

/**
 * Removes markdown emphasis and heading marks; keeps "(*)" which is a real marker. Separates a
 * function word glued to the next word.
 */
export function stripMarkup(line: string): string {
  const unmarked = /[#*]/.test(line)
    ? line
        .replace(/^#{1,6}(\s+|$)/, '')
        .split('(*)')
        .map((part) => part.replace(/\*+/g, ''))
        .join('(*)')
    : line;
  return unmarked.replace(GLUED_FUNCTION_WORD, '$1 ').replace(/ {2,}/g, ' ').trim();
}

/** A line that only holds table pipes: "|", "| |". */
export function isPipeLine(line: string): boolean {
  return /^[|\s]*\|[|\s]*$/.test(line);
}

/** A horizontal rule under a header cell ("-------", "______"), or a markdown table separator ("|---|---|"). */
export function isRuleLine(line: string): boolean {
  const compact = line.replace(/\s/g, '');
  return /^[-_=~.·•]{3,}$/.test(compact) || /^\|?(?::?-{3,}:?\|)+:?-{3,}:?\|?$/.test(compact) || /^\|(?::?-{3,}:?\|?)+$/.test(compact);
}
