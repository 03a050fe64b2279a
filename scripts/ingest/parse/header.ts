/**
 * Header area of a document: issuer, national motto, number, place and date, type and
 * title. Official texts print these as short lines before the body; news and reports
 * without a header get a title from their first line and a date from their first sentence.
 */
import { canonicalNumber, typeAtStartOf, typeFromNumber, type DocumentTypes } from '../lexicon/document-types.ts';
import type { NormalizedLine } from '../types.ts';
import { findFullDate, isoDate, isUpperCaseLine, matchLabel } from './terminals.ts';

/** What the header area yields, and where the body starts. */
export interface HeaderResult {
  number: string | null;
  type: string | null;
  issuer: string | null;
  /** Body above the issuing unit ("Bộ Tài chính" above "Cục Thuế"), when printed. */
  issuerParent: string | null;
  placeName: string | null;
  issued: string | null;
  /** Title, verbatim (type line and subject lines joined with a space). */
  title: string | null;
  /** Index (in the normalised lines) of the first body line. */
  bodyStart: number;
  /** True when the text has no official header (news, summaries). */
  headerless: boolean;
}

const MOTTO =
  /^(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc)\b/iu;
// "Số: 01/CTr-UBND", "Số hiệu: …", and a type before it on laws and orders ("Luật số: 59/2020/QH14").
const NUMBER_LINE =
  /^(?:(\p{Lu}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,3})\s+)?[Ss]ố\s*(?:hiệu)?\s*[:.]?\s*([0-9][0-9A-Za-zĐđƠơƯư./-]*[A-Za-zĐđ][0-9A-Za-zĐđƠơƯư./&-]*(?:(?<=[-/])\s(?=\p{Lu}{2})[A-Za-zĐđ&][0-9A-Za-zĐđƠơƯư./&-]*)?)/u;
const PLACE_DATE = /^([\p{L} .'-]{2,40}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const ISSUER_START =
  /^(ỦY BAN|UỶ BAN|UBND|CHÍNH PHỦ|THỦ TƯỚNG|BỘ |VĂN PHÒNG|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HỘI ĐỒNG|HĐND|BAN |QUỐC HỘI|SỞ |CỤC |TỔNG CỤC|NGÂN HÀNG|ĐẢNG BỘ|ĐẢNG ỦY|BCH|BỘ CHÍNH TRỊ|BAN CHẤP HÀNH|KIỂM TOÁN|TÒA ÁN|VIỆN KIỂM SÁT|CHỦ TỊCH|TRUNG TÂM|TẬP ĐOÀN|TỔNG CÔNG TY|MẶT TRẬN|LIÊN MINH|ĐOÀN )/u;

/** True for a short upper-case line naming an issuing body ("CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH"). */
export function isIssuerLine(text: string): boolean {
  return text.length <= 60 && isUpperCaseLine(text) && ISSUER_START.test(text);
}

// "ĐẢNG BỘ TỈNH X" / "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVII": a congress issues under its Party organisation.
// Not an issuer start elsewhere: in a title "… ĐẠI HỘI …" continues the subject.
const CONGRESS = /^ĐẠI HỘI\s/u;

/** True for a line that names the issuing unit under a parent body printed above it. */
export function isIssuingUnitLine(text: string): boolean {
  return isIssuerLine(text) || (text.length <= 60 && isUpperCaseLine(text) && CONGRESS.test(text));
}

// "NGHỊ QUYẾT CỦA BAN CHẤP HÀNH … về phát triển du lịch": the subject in sentence case may be
// joined to the type line when the lines are merged.
const SUBJECT_TAIL = /\s+(?:về|Về|V\/v|v\/v)\s.*$/u;

/** True for an upper-case line, or one whose upper-case head is followed by a "về …" subject. */
function upperCaseHead(text: string): boolean {
  return isUpperCaseLine(text) || (SUBJECT_TAIL.test(text) && isUpperCaseLine(text.replace(SUBJECT_TAIL, '')));
}

/** "ỦY BAN NHÂN DÂN TỈNH CÀ MAU" → "Ủy ban nhân dân tỉnh Cà Mau": sentence case, place names capitalised. */
export function displayCase(upper: string, properWords: readonly string[] = []): string {
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  let text = cap(upper.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim());
  // The place after "tỉnh"/"thành phố"/… is a proper name to the end of the issuer line.
  text = text.replace(
    /\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường) (.+)$/u,
    (_, p: string, rest: string) => `${p} ${rest.split(' ').map(cap).join(' ')}`,
  );
  // "Tỉnh ủy cà mau" → "Tỉnh ủy Cà Mau": the rest is the place name.
  text = text.replace(
    /^(Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ) (.+)$/u,
    (_, p: string, rest: string) => `${p} ${rest.split(' ').map(cap).join(' ')}`,
  );
  // Proper words keep their capitals inside a name: "Văn phòng Trung ương Đảng", "Bộ Công Thương".
  for (const word of properWords) {
    const pattern = new RegExp(String.raw`(?<=\S )${word.toLocaleLowerCase('vi').replace(/ /gu, '\\s')}(?![\p{L}])`, 'gu');
    text = text.replace(pattern, word);
  }
  // Names of national bodies keep their capital inside a name: "Thủ tướng Chính phủ", "Văn phòng Quốc hội".
  // "lần thứ xvii" → "lần thứ XVII": Roman numerals of a congress or term stay in capitals.
  text = text.replace(/(?<=(?:lần thứ|khóa|khoá) )[ivxlc]+(?![\p{L}])/gu, (numeral: string) => numeral.toUpperCase());
  text = text.replace(/(?<=\S )(chính phủ|quốc hội)/gu, (name: string) => name.charAt(0).toLocaleUpperCase('vi') + name.slice(1));
  // "Bộ tài chính" → "Bộ Tài chính", "Sở nội vụ" → "Sở Nội vụ".
  text = text.replace(/\b(ubnd|hđnd|ubmttq)\b/giu, (abbr: string) => abbr.toLocaleUpperCase('vi'));
  // Ministry and department names capitalise each field: "Bộ Văn hóa, Thể thao và Du lịch".
  if (/^(Bộ|Sở) /u.test(text))
    text = text.replace(/(, | và | - )(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}${c.toLocaleUpperCase('vi')}`);
  return text.replace(/^(Bộ|Sở|Cục|Tổng cục|Trung tâm) (\p{Ll})/u, (_, p: string, c: string) => `${p} ${c.toLocaleUpperCase('vi')}`);
}

/** Date of a headerless text: "Ngày 04/01/2021, …" or "Chiều 5/7, …" with the year from the text. */
export function newsDate(lines: NormalizedLine[]): string | null {
  const head = lines
    .slice(0, 8)
    .map((l) => l.text)
    .join('\n');
  const full = /(?:^|\n)(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay)[^\n]{0,30}?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu.exec(head);
  if (full) return isoDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = /(?:^|\n)(?:Sáng|Chiều|Tối|Trưa|Ngày)\s+(?:nay\s+)?(?:\([^)]*\)\s*)?(\d{1,2})\/(\d{1,2})(?![\d/])/iu.exec(head);
  if (!short) return null;
  // "Chiều 5/7" has no year: take the year the text talks about most ("năm 2024", "6 tháng đầu năm 2024").
  const years = [
    ...lines
      .map((l) => l.text)
      .join(' ')
      .matchAll(/năm (\d{4})\b/gu),
  ].map((m) => m[1]!);
  const counts = new Map<string, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || Number(b[0]) - Number(a[0]))[0]?.[0];
  return year ? isoDate(Number(short[1]), Number(short[2]), Number(year)) : null;
}

/** Parses the header area of the normalised lines. */
export function parseHeader(lines: NormalizedLine[], meta: Record<string, string>, types: DocumentTypes): HeaderResult {
  const typeAtStart = (text: string): string | null => typeAtStartOf(text, types.typeLine);
  // "Số: 01/CTr-UBND", or "Luật số: 59/2020/QH14" whose words before "số" name the type.
  const numberLine = (text: string): { number: string; type: string | null } | null => {
    const match = NUMBER_LINE.exec(text);
    if (!match) return null;
    const type = match[1] ? typeAtStart(match[1]) : null;
    if (match[1] && !type) return null;
    return { number: canonicalNumber(match[2]!.replace(/[.,;]$/u, ''), types), type };
  };
  const result: HeaderResult = {
    number: meta.number ? canonicalNumber(meta.number, types) : null,
    type: null,
    issuer: null,
    issuerParent: null,
    placeName: null,
    issued: null,
    title: null,
    bodyStart: 0,
    headerless: true,
  };
  const limit = Math.min(lines.length, 30);
  const issuerLines: string[] = [];
  let lastHeaderLine = -1;
  let typeLine = -1;
  let numberSeen = false;
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text;
    if (matchLabel(text) && !/^Số/u.test(text)) break;
    if (/^date \d{4}-\d{2}/.test(text)) {
      lastHeaderLine = i;
      continue;
    }
    if (MOTTO.test(text)) {
      lastHeaderLine = i;
      continue;
    }
    // "Số:" alone, the number on the next line (a table cell wrapped by the scraper).
    const bare = /^Số\s*(?:hiệu)?\s*[:.]?$/u.test(text) ? numberLine(`Số: ${lines[i + 1]?.text ?? ''}`) : null;
    if (bare) {
      result.number = bare.number;
      numberSeen = true;
      lastHeaderLine = ++i;
      continue;
    }
    // "V/v …" under the number: an official letter (công văn) and its subject.
    if (/^V\/[vV]\b/u.test(text) && typeLine < 0) {
      result.type = 'Công văn';
      result.title = text;
      lastHeaderLine = i;
      continue;
    }
    const number = numberLine(text);
    if (number && text.length < 80) {
      result.number = number.number;
      if (number.type && !result.type) result.type = number.type;
      numberSeen = true;
      lastHeaderLine = i;
      continue;
    }
    const placeDate = PLACE_DATE.exec(text);
    if (placeDate && text.length < 90) {
      result.placeName = placeDate[1]!.trim();
      result.issued = isoDate(Number(placeDate[2]), Number(placeDate[3]), Number(placeDate[4]));
      lastHeaderLine = i;
      continue;
    }
    if (typeLine < 0 && upperCaseHead(text) && typeAtStart(text) && (result.number || result.issued || issuerLines.length > 0)) {
      typeLine = i;
      result.type = typeAtStart(text);
      lastHeaderLine = i;
      // Subject lines: upper case, or "Về việc …"/"V/v …"/"Ban hành …", until the body text starts.
      for (let j = i + 1; j < limit; j++) {
        const next = lines[j]!.text;
        if (matchLabel(next) || /^(Căn cứ|Xét|Thực hiện|Theo)\b/u.test(next)) break;
        // "CHÍNH PHỦ" alone before "Căn cứ …" is the enacting body, not part of the title.
        if (ISSUER_START.test(next) && next.length <= 40) break;
        // "VỀ" alone (two letters) then "VIỆC CÔNG BỐ …": the title wrapped in its table cell.
        // A subject in sentence case ("Triển khai thực hiện …") has no closing punctuation; body text has.
        const subject =
          /^(Về việc|V\/v|Về|Ban hành|Phê duyệt|Quy định)\b/u.test(next) ||
          (/^\p{Lu}/u.test(next) && !/[.;:,]$/u.test(next) && next.length <= 300);
        if (!(isUpperCaseLine(next) || /^(VỀ|V\/V)$/u.test(next) || subject) || next.length > 400) break;
        lastHeaderLine = j;
      }
      result.title = lines
        .slice(i, lastHeaderLine + 1)
        .map((l) => l.text)
        .join(' ');
      break;
    }
    if (lastHeaderLine === i - 1 || i === 0 || issuerLines.length > 0) {
      // "BỘ NÔNG NGHIỆP" / "VÀ" / "MÔI TRƯỜNG": later upper-case lines continue the issuer.
      const continuesIssuer = issuerLines.length > 0 && issuerLines.length < 4 && lastHeaderLine === i - 1;
      if ((isUpperCaseLine(text) || /^VÀ$/u.test(text)) && (ISSUER_START.test(text) || continuesIssuer) && !numberSeen && !result.issued) {
        // "BỘ TÀI CHÍNH" / "CỤC THUẾ": a second body-name line starts the unit that issues, under its parent.
        if (issuerLines.length > 0 && isIssuingUnitLine(text) && !/^VÀ$/u.test(text)) issuerLines.push('\n');
        issuerLines.push(text);
        lastHeaderLine = i;
      }
    }
  }
  if (issuerLines.length > 0) {
    const groups = issuerLines
      .join(' ')
      .split(' \n ')
      .map((group) => displayCase(group, types.properWords));
    // The unit that issues is the last name printed; the ones above it are its parents.
    result.issuer = groups[groups.length - 1]!;
    result.issuerParent = groups.length > 1 ? groups.slice(0, -1).join(', ') : null;
  }
  result.headerless = typeLine < 0 && !result.number && !result.issued;
  result.bodyStart = lastHeaderLine + 1;
  if (!result.type && result.number) result.type = typeFromNumber(result.number, types);
  if (meta.type && !result.type) result.type = meta.type;
  if (!result.issued && meta.issued) result.issued = findFullDate(meta.issued);
  // A full scraper date tag ("date 2020-10-05") dates a text that prints no date; a month alone does not.
  if (!result.issued && meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date)) result.issued = meta.date;
  if (result.headerless) headerlessTitle(lines, result, typeAtStart);
  return result;
}

/** Title and type of a text without an official header: a short first line, else its first sentence. */
function headerlessTitle(lines: NormalizedLine[], result: HeaderResult, typeAtStart: (text: string) => string | null): void {
  const start = result.bodyStart;
  for (let i = start; i < Math.min(lines.length, start + 4); i++) {
    const text = lines[i]!.text;
    if (matchLabel(text)) break;
    const type = typeAtStart(text);
    if (type && text.length <= 300) {
      result.type = type;
      result.title = text;
      result.bodyStart = i + 1;
      return;
    }
  }
  const first = lines[start]?.text ?? '';
  if (first !== '' && first.length <= 200 && !/[.:;]$/u.test(first) && !isUpperCaseLine(first)) {
    result.title = first;
    result.bodyStart = start + 1;
    return;
  }
  if (first === '') return;
  const sentence = /^.{20,}?[.!?](?=\s|$)/u.exec(first)?.[0] ?? first;
  result.title = sentence.length <= 200 ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', 200))} …`;
}
