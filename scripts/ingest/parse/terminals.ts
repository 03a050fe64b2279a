/**
 * Terminals: the small recognisers shared by every document kind — numbering labels,
 * upper-case lines, Vietnamese dates. Per-area parsers (header, back matter, sections)
 * combine them; none of them knows about a particular document.
 */
import type { LabelStyle } from '../types.ts';

/** A numbering label found at the start of a line. */
export interface LabelMatch {
  style: LabelStyle;
  /** Label without trailing punctuation, e.g. "1.1", "a", "II", "-", "Phần thứ nhất". */
  label: string;
  /** Text after the label. */
  content: string;
}

/** One recogniser of the label table. */
interface LabelRecogniser {
  style: LabelStyle;
  pattern: RegExp;
}

const ROMAN = '(?:X{0,3})(?:IX|IV|V?I{0,3})';
const UPPER = 'A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
const LOWER = 'a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';

/**
 * The label table, tried in order; the first match wins. Group 1 is the label, the
 * rest of the line is the content. Order matters: "1.1." before "1.", roman before letter.
 */
export const LABEL_RECOGNISERS: LabelRecogniser[] = [
  { style: 'appendix', pattern: /^((?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?[0-9IVXLC]+[a-zA-Z]?)?)(?:[.:]\s*|\s+|$)/u },
  // A form attached to the text: "Mẫu số 01", "Mẫu B12" (only as a short line of its own, see matchLabel).
  { style: 'appendix', pattern: /^((?:MẪU|Mẫu)(?:\s+số)?\s+[A-Z]{0,3}[.-]?\d{1,3}[a-z]?)(?:[.:]\s*|\s+|$)/u },
  { style: 'part', pattern: /^((?:PHẦN|Phần)\s+(?:thứ\s+\S+|THỨ\s+\S+|[IVXLC]+|\d+))(?:[.:]\s*|\s+|$)/u },
  { style: 'chapter', pattern: /^((?:CHƯƠNG|Chương)\s+(?:[IVXLC]+|\d+))(?:[.:]\s*|\s+|$)/u },
  { style: 'section-group', pattern: /^((?:MỤC|Mục)\s+(?:[IVXLC]+|\d+))(?:[.:]\s*|\s+|$)/u },
  { style: 'article', pattern: /^(Điều\s+\d+[a-z]?)(?:[.:]\s*|\s+|$)/u },
  { style: 'roman', pattern: new RegExp(`^(${ROMAN})[.)]\\s+(?=\\S)`, 'u') },
  { style: 'upper-letter', pattern: new RegExp(`^([${UPPER}])[.)]\\s+(?=\\S)`, 'u') },
  // Components of at most two digits: "2.500.000 đồng" in a table is an amount, not "2.500.000".
  { style: 'arabic-nested', pattern: /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)/u },
  { style: 'arabic', pattern: /^(\d{1,3})[.)/]\s+(?=\S)/u }, // "1.", "1)", "1/"
  { style: 'paren-number', pattern: /^\((\d{1,3}|[ivx]{1,4})\)\s*(?=\S)/u }, // "(1)", "(ii)"
  // "a)", "(a)", and "a." followed by a capital ("a. Sở Y tế …"; a lower-case word after "a." is prose).
  { style: 'lower-letter', pattern: new RegExp(`^\\(?([${LOWER}])\\)\\s*(?=\\S)|^([${LOWER}])\\.\\s+(?=[${UPPER}])`, 'u') },
  { style: 'dash', pattern: /^([-–—])\s*(?=[^\s-])/u },
  { style: 'plus', pattern: /^(\+)\s*(?=\S)/u },
  { style: 'bullet', pattern: /^([•·●▪◦])\s*(?=\S)/u },
];

/** Recognises the numbering label at the start of `line`, or null for an unnumbered line. */
export function matchLabel(line: string): LabelMatch | null {
  for (const { style, pattern } of LABEL_RECOGNISERS) {
    const match = pattern.exec(line);
    const label = match?.slice(1).find((g) => g !== undefined && g !== '');
    if (!match || label === undefined) continue;
    const content = line.slice(match[0].length).trim();
    // "Mẫu số 01 được ban hành kèm theo …" is a sentence, not the label of a form.
    if (style === 'appendix' && /^(MẪU|Mẫu)/u.test(label) && line.length > 60) continue;
    // "I. " with no text, or "A." that is an initial of a name ("A. Nguyễn"), is not a label.
    if (
      style !== 'part' &&
      style !== 'chapter' &&
      style !== 'appendix' &&
      style !== 'article' &&
      style !== 'section-group' &&
      content === ''
    )
      continue;
    return { style, label: label.replace(/\s+/g, ' '), content };
  }
  return null;
}

/** True when the line starts with a numbering label or list mark. */
export function startsWithLabel(line: string): boolean {
  return matchLabel(line) !== null || /^\[\d{1,3}\]/.test(line);
}

/** True when (almost) every letter of the line is upper case and it has at least 3 letters. */
export function isUpperCaseLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length < 3) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.9;
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

/** Upper-case word classes, exported for recognisers that build on them. */
export const LETTERS = { UPPER, LOWER };
