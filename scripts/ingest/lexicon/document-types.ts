/**
 * Legal document vocabulary, compiled from `document-types.yaml`: type words written on a
 * type line or before a number, and what the parts of a number ("01/NQ-CP", "31-CTr/TU",
 * "202/2025/QH15") say about type and issuer. Pure; `facts-lexicon.ts` reads the file.
 */

/** One document type of `document-types.yaml`. */
export interface DocumentTypeData {
  name: string;
  written?: string[];
  codes?: string[];
  numbered?: string[];
  cited?: boolean;
}

/** Shape of `document-types.yaml`. */
export interface DocumentTypesData {
  types: DocumentTypeData[];
  issuer_codes: Record<string, string>;
  party_issuer_endings: string[];
  proper_words?: string[];
}

/** A spelling of a type and the type it means, e.g. "Báo cáo chính trị" → "Báo cáo". */
export interface TypeSpelling {
  spelling: string;
  type: string;
}

/** The compiled vocabulary (plain data, cloneable). */
export interface DocumentTypes {
  /** Spellings that may open a document's own type line, longest first. */
  typeLine: TypeSpelling[];
  /** Spellings that may stand before a cited number, longest first. */
  cited: TypeSpelling[];
  /** Upper-case type code → type ("NQ" → "Nghị quyết"). */
  typeByCode: Record<string, string>;
  /** Upper-case codes that carry a term number ("QH" in "QH15"). */
  numberedCodes: string[];
  /** Upper-case issuer code → issuer ("CP" → "Chính phủ"). */
  issuerByCode: Record<string, string>;
  /** Upper-case endings of Party issuer codes ("TW", "TU"). */
  partyEndings: string[];
  /** Words that keep their capitals inside a name ("Trung ương", "Đảng", "Công Thương"). */
  properWords: string[];
}

const upper = (code: string): string => code.toLocaleUpperCase('vi');
const byLength = (a: TypeSpelling, b: TypeSpelling): number =>
  b.spelling.length - a.spelling.length || a.spelling.localeCompare(b.spelling);

/** Compiles the data of `document-types.yaml`. */
export function compileDocumentTypes(data: DocumentTypesData): DocumentTypes {
  const spellings = (type: DocumentTypeData): TypeSpelling[] =>
    [type.name, ...(type.written ?? [])].map((spelling) => ({ spelling, type: type.name }));
  const typeByCode: Record<string, string> = {};
  for (const type of data.types) for (const code of type.codes ?? []) typeByCode[upper(code)] = type.name;
  const issuerByCode: Record<string, string> = {};
  for (const [code, issuer] of Object.entries(data.issuer_codes)) issuerByCode[upper(code)] = issuer;
  return {
    typeLine: data.types
      .filter((type) => !type.cited)
      .flatMap(spellings)
      .sort(byLength),
    cited: data.types.flatMap(spellings).sort(byLength),
    typeByCode,
    numberedCodes: data.types.flatMap((type) => type.numbered ?? []).map(upper),
    issuerByCode,
    partyEndings: data.party_issuer_endings.map(upper),
    properWords: data.proper_words ?? [],
  };
}

/** The letter codes of a number: "01/NQ-CP" → ["NQ", "CP"]. */
export function codesOf(number: string): string[] {
  return number.split(/[/-]/u).filter((part) => /\p{L}/u.test(part));
}

/** A code without its term number ("QH15" → "QH") when the code carries one. */
function baseCode(code: string, types: DocumentTypes): string {
  const bare = upper(code).replace(/\d+$/u, '');
  return bare !== upper(code) && (types.numberedCodes.includes(bare) || bare in types.issuerByCode) ? bare : upper(code);
}

/** Type of a document from its number's codes ("NQ" → "Nghị quyết", "/QH15" → "Luật"), or null. */
export function typeFromNumber(number: string, types: DocumentTypes): string | null {
  for (const code of codesOf(number)) {
    const type =
      types.typeByCode[upper(code)] ??
      (types.numberedCodes.includes(baseCode(code, types)) ? types.typeByCode[baseCode(code, types)] : undefined);
    if (type) return type;
  }
  return null;
}

/** Issuer of a document from its number's codes ("…-CP" → "Chính phủ", "/QH15" → "Quốc hội"), or null. */
export function issuerFromNumber(number: string, types: DocumentTypes): string | null {
  for (const code of codesOf(number).slice().reverse()) {
    const issuer = types.issuerByCode[upper(code)] ?? types.issuerByCode[baseCode(code, types)];
    if (issuer) return issuer;
  }
  return null;
}

/**
 * A number as it should be spelled: no stray spaces ("27/NQ- TW", "170/2025/NĐ- CP"), and a
 * Party document's number the Party way ("27/NQ-TW" → "27-NQ/TW").
 */
export function canonicalNumber(number: string, types: DocumentTypes): string {
  const compact = number.replace(/\s+/gu, '');
  const state = /^(\d+)\/(\p{L}+)-(\p{L}+)$/u.exec(compact);
  if (state && types.typeByCode[upper(state[2]!)] && types.partyEndings.some((ending) => upper(state[3]!).endsWith(ending)))
    return `${state[1]}-${state[2]}/${state[3]}`;
  return compact;
}

/** The type a spelling at the start of `text` names ("KẾ HOẠCH …" → "Kế hoạch"), or null. */
export function typeAtStartOf(text: string, spellings: readonly TypeSpelling[]): string | null {
  const lower = text.toLocaleLowerCase('vi');
  for (const { spelling, type } of spellings) {
    const key = spelling.toLocaleLowerCase('vi');
    if (lower === key || lower.startsWith(`${key} `) || lower.startsWith(`${key}:`)) return type;
  }
  return null;
}
