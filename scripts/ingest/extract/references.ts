/**
 * Cited documents: "Nghị quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ về …",
 * "Chương trình số 31-CTr/TU", "Quyết định 768/QĐ-TTg", "Luật số 59/2020/QH14".
 * Type and issuer come from the words around the number, else from its codes.
 */
import { slugify } from '../../../src/lib/slug.ts';
import { canonicalNumber, codesOf, issuerFromNumber, typeFromNumber, type DocumentTypes } from '../lexicon/document-types.ts';
import { parseDate } from './dates.ts';
import type { ExtractedReference } from './types.ts';

/** A reference found in a text, with where it sits. */
export interface ReferenceMatch {
  reference: ExtractedReference;
  start: number;
  end: number;
}

/** The compiled recognisers of cited documents (see `compileReferenceGrammar`). */
export interface ReferenceGrammar {
  types: DocumentTypes;
  /** A type word (group 1) and a number (group 2), global. */
  reference: RegExp;
  /** The issuer after a number ("của Chính phủ …"), anchored at the start. */
  afterIssuer: RegExp;
}

// A number has at least one code made of letters: "01/NQ-CP", "31-CTr/TU", "202/2025/QH15",
// "16384/TTr-UBND"; a stray space after a separator before a code is part of it ("170/2025/NĐ- CP").
const NUMBER = String.raw`\d{1,5}(?:\/\d{4})?[\/-](?:\d{4}\/)?[\p{Lu}Đ][\p{L}\d&]*(?:[\/-](?:\s(?=\p{Lu}{2}))?[\p{L}\d&]+)*`;
const NUMBER_HINT = /\d[/-]/u;
const AFTER_DATE = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;
// The issuer runs until the subject starts ("… của Chính phủ sửa đổi …", "… của Chính phủ về …");
// a comma continues it only inside a name ("Bộ Văn hóa, Thể thao và Du lịch").
const ISSUER_END = String.raw`về|ban hành|phê duyệt|quy định|Quy định|hướng dẫn|thực hiện|sửa đổi|bổ sung|công bố|thành lập|giao|tại|đối với|trong|năm|kèm theo|và (?:Nghị|Quyết|Thông|Chỉ|Kế)`;
const AFTER_TITLE = /^\s*,?\s*((?:về|ban hành|phê duyệt|quy định|hướng dẫn)\s[^;()]{3,200}?)(?=[;()]|\.\s|\.$|,\s*(?:ngày|của)\s|$)/u;

/** Compiles the reference grammar for a document-type vocabulary. */
export function compileReferenceGrammar(types: DocumentTypes): ReferenceGrammar {
  const typeAlternation = types.cited
    .map(({ spelling }) => spelling.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|');
  // ", Thể thao và Du lịch" continues a name; ", Kế hoạch số …" starts another reference.
  const nameCommaAhead = String.raw`\s*(?!(?:${typeAlternation})\s)\p{Lu}\p{Ll}`;
  const nameComma = String.raw`,(?=${nameCommaAhead})`;
  return {
    types,
    reference: new RegExp(
      String.raw`(?:(${typeAlternation})(?:\s+liên\s+tịch)?\s+(?:số\s*:?\s*)?)?(?<![\p{L}\d\/-])(${NUMBER})(?![\p{L}\d])`,
      'gu',
    ),
    afterIssuer: new RegExp(
      String.raw`^\s*,?\s*(?:của|do)\s+((?:Ban Thường vụ|Ban Chấp hành|Ủy ban|Uỷ ban|Hội đồng|Thủ tướng|Chính phủ|Quốc hội|Bộ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Văn phòng|Ban|Sở|Hội nghị|Chủ tịch|Tổng)(?:[^,;:()“”"]|${nameComma})*?)(?=\s+(?:${ISSUER_END})(?=[\s,.;:]|$)|,(?!${nameCommaAhead})|[;:()“”"]|\.\s|\.$|$)`,
      'u',
    ),
  };
}

/** The type a written type word names ("Nghị quyết", "nghị quyết" → "Nghị quyết"). */
function typeOfWord(word: string, types: DocumentTypes): string {
  const key = word.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  return types.cited.find(({ spelling }) => spelling.toLocaleLowerCase('vi') === key)?.type ?? word.replace(/\s+/gu, ' ');
}

/** Reference id: slug of the number plus the year when known and not already in it. */
export function referenceId(number: string, year: string | null): string {
  const slug = slugify(number);
  return year && !slug.split('-').includes(year) ? `${slug}-${year}` : slug;
}

/** Finds every cited document in `text`. */
export function findReferences(text: string, grammar: ReferenceGrammar): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  // Every number has a digit right before a "/" or "-": without one the text cites nothing, and the
  // type words the pattern tries at every offset need not be tried at all.
  if (!NUMBER_HINT.test(text)) return found;
  for (const match of text.matchAll(grammar.reference)) {
    const typeWord = match[1] ?? null;
    const number = canonicalNumber(match[2] ?? '', grammar.types);
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
    const issuerMatch = grammar.afterIssuer.exec(rest);
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
        type: typeWord ? typeOfWord(typeWord, grammar.types) : typeFromNumber(number, grammar.types),
        issuer: issuerMatch?.[1]?.trim() ?? issuerFromNumber(number, grammar.types),
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
