/**
 * Cited documents: "Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về …",
 * "Chương trình số 31-CTr/TU", "Quyết định 768/QĐ-TTg", "Luật số 59/2020/QH14".
 * Type and issuer come from the words around the number, else from its codes.
 */
import { slugify } from '../../../src/lib/slug.ts';
import { DOCUMENT_TYPE_WORDS, ISSUER_BY_CODE, TYPE_BY_CODE } from '../lexicon/document-types.ts';
import { parseDate } from './dates.ts';
import type { ExtractedReference } from './types.ts';

/** A reference found in a text, with where it sits. */
export interface ReferenceMatch {
  reference: ExtractedReference;
  start: number;
  end: number;
}

const TYPE_ALTERNATION = DOCUMENT_TYPE_WORDS.map((word) => word.replace(/ /g, '\\s+')).join('|');
// A number has at least one code made of letters: "01/NQ-CP", "31-CTr/TU", "202/2025/QH15".
const NUMBER = String.raw`\d{1,4}(?:\/\d{4})?[\/-](?:\d{4}\/)?[\p{Lu}Đ][\p{L}\d]*(?:[\/-][\p{L}\d]+)*`;
const REFERENCE = new RegExp(
  String.raw`(?:(${TYPE_ALTERNATION})(?:\s+liên\s+tịch)?\s+(?:số\s*:?\s*)?)?(?<![\p{L}\d\/-])(${NUMBER})(?![\p{L}\d])`,
  'gu',
);
const AFTER_DATE = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;
// The issuer runs until the subject starts ("… của Chính phủ sửa đổi …", "… của Chính phủ về …");
// a comma continues it only inside a name ("Bộ Văn hóa, Thể thao và Du lịch").
const ISSUER_END = String.raw`về|ban hành|phê duyệt|quy định|Quy định|hướng dẫn|thực hiện|sửa đổi|bổ sung|công bố|thành lập|giao|tại|đối với|trong|năm|kèm theo|và (?:Nghị|Quyết|Thông|Chỉ|Kế)`;
// ", Thể thao và Du lịch" continues a name; ", Kế hoạch số …" starts another reference.
const NAME_COMMA_AHEAD = String.raw`\s*(?!(?:${TYPE_ALTERNATION})\s)\p{Lu}\p{Ll}`;
const NAME_COMMA = String.raw`,(?=${NAME_COMMA_AHEAD})`;
const AFTER_ISSUER = new RegExp(
  String.raw`^\s*,?\s*(?:của|do)\s+((?:Ban Thường vụ|Ban Chấp hành|Ủy ban|Uỷ ban|Hội đồng|Thủ tướng|Chính phủ|Quốc hội|Bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Văn phòng|Ban|Sở|Hội nghị|Chủ tịch|Tổng)(?:[^,;:()“”"]|${NAME_COMMA})*?)(?=\s+(?:${ISSUER_END})(?=[\s,.;:]|$)|,(?!${NAME_COMMA_AHEAD})|[;:()“”"]|\.\s|\.$|$)`,
  'u',
);
const AFTER_TITLE = /^\s*,?\s*((?:về|ban hành|phê duyệt|quy định|hướng dẫn)\s[^;()]{3,200}?)(?=[;()]|\.\s|\.$|,\s*(?:ngày|của)\s|$)/u;

function codesOf(number: string): string[] {
  return number.split(/[/-]/u).filter((part) => /\p{L}/u.test(part));
}

/** Type of a document from its number's codes ("NQ" → "Nghị quyết"), or null. */
export function typeFromNumber(number: string): string | null {
  for (const code of codesOf(number)) {
    const type = TYPE_BY_CODE[code];
    if (type) return type;
  }
  return null;
}

/** Issuer of a document from its number's codes ("…-CP" → "Chính phủ", "/QH15" → "Quốc hội"). */
export function issuerFromNumber(number: string): string | null {
  const codes = codesOf(number);
  for (const code of codes.slice().reverse()) {
    if (/^QH\d*$/u.test(code)) return 'Quốc hội';
    const issuer = ISSUER_BY_CODE[code];
    if (issuer) return issuer;
  }
  return null;
}

/** Reference id: slug of the number plus the year when known and not already in it. */
export function referenceId(number: string, year: string | null): string {
  const slug = slugify(number);
  return year && !slug.split('-').includes(year) ? `${slug}-${year}` : slug;
}

/** Finds every cited document in `text`. */
export function findReferences(text: string): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const typeWord = match[1]?.replace(/\s+/g, ' ') ?? null;
    const number = match[2] ?? '';
    // "2021-2025" or "5/7" are not numbers; a code must carry an upper-case letter.
    if (!codesOf(number).some((code) => /\p{Lu}/u.test(code))) continue;
    let end = (match.index ?? 0) + match[0].length;
    let rest = text.slice(end);
    const dateMatch = AFTER_DATE.exec(rest);
    const date = dateMatch ? parseDate(dateMatch[1] ?? '', null) : null;
    if (dateMatch) {
      end += dateMatch[0].length;
      rest = text.slice(end);
    }
    const issuerMatch = AFTER_ISSUER.exec(rest);
    if (issuerMatch) {
      end += issuerMatch[0].length;
      rest = text.slice(end);
    }
    const titleMatch = AFTER_TITLE.exec(rest);
    if (titleMatch) end += titleMatch[0].length;
    const year = /\/(\d{4})\//u.exec(number)?.[1] ?? date?.slice(0, 4) ?? null;
    found.push({
      reference: {
        id: referenceId(number, year),
        number,
        type: typeWord ?? typeFromNumber(number),
        issuer: issuerMatch?.[1]?.trim() ?? issuerFromNumber(number),
        date,
        title: titleMatch?.[1]?.trim() ?? null,
      },
      start: match.index ?? 0,
      end,
    });
  }
  return found;
}

/** Merges references of the same id, keeping the first known value of each field. */
export function mergeReferences(references: ExtractedReference[]): ExtractedReference[] {
  const byId = new Map<string, ExtractedReference>();
  for (const reference of references) {
    const known = byId.get(reference.id);
    if (!known) byId.set(reference.id, { ...reference });
    else {
      known.type ??= reference.type;
      known.issuer ??= reference.issuer;
      known.date ??= reference.date;
      known.title ??= reference.title;
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
