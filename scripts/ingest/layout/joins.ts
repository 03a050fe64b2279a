/**
 * When two physical lines are one logical line: hard wraps, page-break splits, a label
 * printed alone on its line, a "- " that continues a sentence. Pure functions of the two texts.
 */
import { isIssuerLine, isIssuingUnitLine } from '../parse/header.ts';
import { matchBareLabel, startsWithLabel } from '../parse/numbering.ts';
import { isUpperCaseLine } from '../parse/terminals.ts';
import type { Lexicon } from '../lexicon/load.ts';

const MOTTO_START = /^(CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do)/u;
const TERMINAL = /[.;:!?…]["”»)]*$/;
const LOWER_START = /^["“(]?[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;
const LOWER_LETTER = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;

/**
 * True when `line` is only a numbering label ("I.", "2.", "a)", "1.1.") whose text is on the
 * next line: "**I." / "ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI**".
 */
export function isBareLabel(line: string): boolean {
  return matchBareLabel(line) !== null;
}

/**
 * True when a line starting with a dash continues the sentence above rather than opening a
 * bullet: the line above is unfinished and the dash joins two halves of a compound or a span
 * ("… các tổ chức chính trị" / "- xã hội thuộc Thành phố", "giai đoạn 2021" / "- 2025 sang …").
 */
export function continuesWithDash(prev: string, next: string): boolean {
  const match = /^[-–]\s+(.*)$/u.exec(next);
  if (!match || TERMINAL.test(prev)) return false;
  const rest = match[1]!;
  return LOWER_LETTER.test(rest) || (/\d$/u.test(prev) && /^\d/u.test(rest));
}

/**
 * True when a line starting with a number continues a sentence that ends with a counting noun:
 * "… ưu tiên các địa bàn cấp độ" / "1. Cấp ngay mì tôm …" is "cấp độ 1", not item 1.
 */
export function continuesWithNumber(prev: string, next: string, lexicon: Lexicon): boolean {
  return /^\d{1,3}[.)]\s/u.test(next) && !TERMINAL.test(prev) && lexicon.layout.countingNouns.endsWith(prev);
}

/**
 * True when `prev` is a bulleted label whose text is on the next line: "- *Giai đoạn 48-72 giờ:*" /
 * "Tổ chức bếp ăn cộng đồng …", "- Nhóm 1:" / "40 xã, phường …".
 */
export function isBulletedLabel(prev: string): boolean {
  const match = /^[-+•]\s*([^.;:!?]{1,60}):$/u.exec(prev);
  return match !== null && match[1]!.split(/\s+/u).length <= 8;
}

/**
 * Should `next` continue the logical line `prev` (a hard wrap, not a new block)? `wrapped` says the
 * page separates paragraphs with blank lines and wraps lines inside them: there a line that follows
 * without a blank line continues the paragraph even after a full stop ("… tài liệu bí mật nhà nước." /
 * "Nghiên cứu, xây dựng và ban hành quy chuẩn …").
 */
export function continues(prev: string, next: string, blankBetween: boolean, lexicon: Lexicon, wrapped = false): boolean {
  if (continuesWithDash(prev, next)) return !blankBetween;
  if (continuesWithNumber(prev, next, lexicon)) return !blankBetween;
  if (startsWithLabel(next)) return false;
  // Header lines stand alone even without a blank line: "Số: 01/CTr-UBND" / "Cà Mau, ngày 19 tháng 01 năm 2023".
  if (/^Số( hiệu)?\s*[:.]/u.test(prev) || /^[\p{L} .'-]{2,40}, ngày \d{1,2} tháng/u.test(next)) return false;
  // The issuer column and the national motto are two header cells, even when nothing separates them.
  if (MOTTO_START.test(next) || (MOTTO_START.test(prev) && /(VIỆT NAM|Hạnh phúc)$/u.test(prev))) return false;
  // "ĐẢNG BỘ TỈNH X" / "TỈNH ỦY X", "BỘ TÀI CHÍNH" / "CỤC THUẾ": a parent body above the issuing unit.
  if (isIssuerLine(prev) && isIssuingUnitLine(next)) return false;
  // A sentence-case subject under the type line ("Về tăng cường công tác …") has no closing
  // punctuation; the preamble after it ("Để …", "Căn cứ …", "Thực hiện …") starts the body.
  if (/^(?:Về|V\/v)\s/u.test(prev) && /^(?:Căn cứ|Xét|Thực hiện|Theo|Để|Nhằm|Thời gian qua|Những năm qua|Năm \d{4},)\s/u.test(next))
    return false;
  const lowerStart = LOWER_START.test(next);
  // "… hoàn thành sớm mục" / (page break) / "tiêu xây dựng nông thôn mới": a page break
  // splits a sentence; only a lower-case continuation after an unfinished line qualifies.
  if (blankBetween) return lowerStart && !TERMINAL.test(prev);
  if (lowerStart) return true;
  if (TERMINAL.test(prev))
    return wrapped && /[.;]["”)]*$/u.test(prev) && !isUpperCaseLine(prev) && !isUpperCaseLine(next) && !/^\S+$/u.test(next);
  // "Cảng hàng không Long Thành -" / "ACV.": a short upper-case tail that ends the sentence.
  if (/^\S+( \S+){0,2}$/u.test(next) && /[.;,)]$/u.test(next) && next.length <= 24) return true;
  const prevUpper = isUpperCaseLine(prev);
  const nextUpper = isUpperCaseLine(next);
  // Wrapped upper-case titles join; an upper-case heading does not swallow the body text after it.
  if (prevUpper || nextUpper) return prevUpper && nextUpper;
  return true;
}
