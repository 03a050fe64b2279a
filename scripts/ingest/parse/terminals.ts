/**
 * Terminals: the small recognisers shared by every document kind — numbering labels,
 * upper-case lines, Vietnamese dates. Per-area parsers (header, back matter, sections)
 * combine them; none of them knows about a particular document.
 */

export { LETTERS, matchLabel, startsWithLabel, type LabelMatch } from './numbering.ts';

/** True when (almost) every letter of the line is upper case and it has at least 3 letters. */
export function isUpperCaseLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 3) return false;
  const upper = line.match(/\p{Lu}|\p{Lt}/gu)?.length ?? 0;
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
