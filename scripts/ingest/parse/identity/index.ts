/**
 * A document's identity when the text has no official header: a news lead that names the
 * document it reports ("Thủ tướng Chính phủ vừa ký Công điện số 224/CĐ-TTg ngày 20/11/2025 …"),
 * and the author a summary's title names ("Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh, …").
 * Pure; the type words and number codes come from `lexicon/document-types.yaml`.
 */
import { canonicalNumber, issuerFromNumber, typeAtStartOf, type DocumentTypes } from '../../lexicon/document-types.ts';
import { findFullDate } from '../terminals.ts';

/** What a news lead says about the document it reports. */
export interface LeadIdentity {
  number: string;
  type: string;
  issuer: string | null;
  issued: string | null;
}

// Head words of bodies that sign documents, as they open an issuer's name in running text.
const BODY_HEAD =
  /^(?:Thủ tướng|Chính phủ|Quốc hội|Ủy ban|Uỷ ban|UBND|Văn phòng|Bộ|Ban|Hội đồng|HĐND|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Đảng bộ|Đảng ủy|Chủ tịch|Sở|Cục|Ngân hàng)(?=\s|$)/u;
// A body's name ends where the subject of the title goes on: "…, nhiệm kỳ 2015 - 2020 trình Đại hội …".
const NAME_END = /\s+(?:về|trình|tại|nhiệm kỳ|khóa|khoá|lần thứ|giai đoạn|năm)(?=\s|$).*$/u;
// "… tỉnh Cà Mau", "… thành phố Huế": the place a provincial body's name ends with.
const PLACE_IN = /(?:tỉnh|thành phố)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})/u;
const PROVINCIAL = /^(?:Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy)$/u;
const SIGNING = String.raw`(?:vừa|đã|mới|chính thức)?\s*(?:ký(?:\s+ban\s+hành)?|ban\s+hành)`;
const NUMBER = String.raw`\d{1,5}(?:\/\d{4})?[\/-](?:\d{4}\/)?\p{Lu}[\p{L}\d&]*(?:[\/-](?:\s(?=\p{Lu}{2}))?[\p{L}\d&]+)*`;

/**
 * The document a news lead reports: "<issuer> vừa ký <type> số <number> [ngày <date>]".
 * Only the opening paragraphs count: later ones cite other documents.
 */
export function identityFromNewsLead(paragraphs: readonly string[], types: DocumentTypes): LeadIdentity | null {
  const typeWords = types.typeLine.map(({ spelling }) => spelling.replace(/ /gu, String.raw`\s+`)).join('|');
  const lead = new RegExp(String.raw`${SIGNING}\s+(${typeWords})\s+(?:số\s*:?\s*)?(${NUMBER})(?![\p{L}\d])`, 'iu');
  for (const paragraph of paragraphs.slice(0, 3)) {
    const match = lead.exec(paragraph);
    if (!match) continue;
    const type = typeAtStartOf(match[1]!, types.typeLine);
    if (!type) continue;
    const number = canonicalNumber(match[2]!, types);
    const after = paragraph.slice(match.index + match[0].length, match.index + match[0].length + 40);
    const dated = /^\s*,?\s*ngày\s+/u.test(after) ? findFullDate(after) : null;
    // The number's codes name the body ("CĐ-TTg" → Thủ tướng Chính phủ); a provincial one takes the
    // place the lead names ("Ủy ban nhân dân tỉnh Nghệ An vừa ban hành …").
    const byCode = issuerFromNumber(number, types);
    const place = PLACE_IN.exec(paragraph.slice(0, match.index));
    const issuer = byCode && PROVINCIAL.test(byCode) && place ? `${byCode} ${place[0]}` : byCode;
    return { number, type, issuer, issued: dated };
  }
  return null;
}

/**
 * The author a title names after its type: "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh,
 * nhiệm kỳ 2015 - 2020 …" → "Ban Chấp hành Đảng bộ tỉnh Hậu Giang" (a level word at the end
 * takes the document's place).
 */
export function issuerFromTitle(title: string, placeName: string | null, types: DocumentTypes): string | null {
  const cleaned = title.replace(/^(?:TÓM TẮT|Tóm tắt|DỰ THẢO|Dự thảo)\s+/u, '');
  if (!typeAtStartOf(cleaned, types.typeLine)) return null;
  const match = /\s(?:của|do)\s+([^,;:()]+)/u.exec(cleaned);
  if (!match) return null;
  const body = match[1]!.replace(NAME_END, '').trim();
  if (!BODY_HEAD.test(body) || body.split(/\s+/u).length > 12) return null;
  return placeName && /\s(?:tỉnh|thành phố)$/u.test(body) ? `${body} ${placeName}` : body;
}
