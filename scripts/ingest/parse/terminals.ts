/**
 * Terminals: the small recognisers shared by every document kind — numbering labels,
 * upper-case lines, Vietnamese dates. Per-area parsers (header, back matter, sections)
 * combine them; none of them knows about a particular document.
 */

export { LETTERS, matchLabel, startsWithLabel, type LabelMatch } from './numbering.ts';

const LETTER = /\p{L}/u;
const UPPER_LETTER = /\p{Lu}|\p{Lt}/u;

/** True when (almost) every letter of the line is upper case and it has at least 3 letters. */
export function isUpperCaseLine(line: string): boolean {
  // Called for every line and paragraph by several stages: count in one pass without building
  // match arrays; ASCII letters are decided by their code, others by the Unicode classes.
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) letters++;
      else if (code >= 0x41 && code <= 0x5a) {
        letters++;
        upper++;
      }
      continue;
    }
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
    const char = wide ? line.slice(i, i + 2) : line[i]!;
    if (wide) i++;
    if (!LETTER.test(char)) continue;
    letters++;
    if (UPPER_LETTER.test(char)) upper++;
  }
  if (letters < 3) return false;
  return upper / letters >= 0.9;
}

/** Value of a roman numeral ("XIV" → 14), or NaN. */
export function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]!];
    const next = values[text[i + 1] ?? ''] ?? 0;
    if (value === undefined) return Number.NaN;
    total += value < next ? -value : value;
  }
  return total;
}

/** ISO date from day, month, year numbers, or null when not a real date. */
export function isoDate(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Finds "ngày 19 tháng 01 năm 2023" or "19/01/2023" in text; returns the first as ISO. */
export function findFullDate(text: string): string | null {
  const long = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(text);
  const short = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/u.exec(text);
  const candidates = [long, short].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index);
  for (const m of candidates) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return iso;
  }
  return null;
}
