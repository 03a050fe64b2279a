/**
 * Back matter: recipients ("Nơi nhận: …"), signature block (title + signer) and footnotes.
 *
 * Recipients are never body text (so never commitments). Lines after the signature that
 * are neither recipients nor footnotes (appendices, "PHỤ LỤC …") stay in the body.
 */
import type { NormalizedLine } from '../types.ts';
import { isUpperCaseLine, matchLabel } from './terminals.ts';

/** A footnote definition with its 1-based source line. */
export interface ParsedFootnote {
  label: string;
  text: string;
  line: number;
}

/** Result of parsing the back matter. */
export interface BackMatter {
  recipients: string[];
  signer: string | null;
  signerTitle: string | null;
  footnotes: ParsedFootnote[];
  /** Indexes of lines consumed by recipients, signature and footnotes. */
  consumed: Set<number>;
  /** Indexes of the recipient and signature lines (for the MDX back matter), in order. */
  backLines: number[];
}

const RECIPIENTS = /^Nơi nhận\s*:?\s*(.*)$/iu;
// "TM."/"T/M" (on behalf of) opens a signature whatever body follows: Party committees write
// "T/M TỈNH ỦY", "T/M BAN THƯỜNG VỤ", often without the dot.
const SIGNATURE_TITLE =
  /^(?:TM\.?|T\/M\.?)\s*(?=\p{Lu}{2})|^(?:(?:KT|TM|Q|TL|TUQ|TT|T\/M)\.\s*)?(?:PHÓ\s+)?(?:CHỦ TỊCH|THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ NHIỆM|GIÁM ĐỐC|CỤC TRƯỞNG|BÍ THƯ|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TỔNG CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG GIÁM ĐỐC|THỦ TRƯỞNG|ỦY BAN|UỶ BAN|CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|HỘI ĐỒNG|BAN BIÊN TẬP)(?=[\s,.:;]|$)/u;
/** A person's name: 2–6 capitalised words, no digits or punctuation ("Huỳnh Quốc Việt"). */
const NAME = /^(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u;
const FOOTNOTE = /^(?:\((\d{1,3})\)|\[(\d{1,3})\])\s*(.+)$/u;

/** True for a signature title line such as "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN". */
export function isSignatureTitle(text: string): boolean {
  return text.length <= 90 && isUpperCaseLine(text) && SIGNATURE_TITLE.test(text);
}

// "Thượng tướng Võ Minh Lương", "PGS.TS. Nguyễn Văn A": a rank or degree before the name.
const RANK = /^(?:(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy)|(?:PGS|GS|TS|ThS|BS)\.(?:\s*TS\.)?)\s+/u;

/** The person's name of a signer line, without a rank or degree ("Thượng tướng Võ Minh Lương" → "Võ Minh Lương"). */
export function personName(text: string): string {
  return text.replace(RANK, '');
}

/** True for a signer's name line. */
export function isPersonName(text: string): boolean {
  text = personName(text);
  return (
    text.length <= 40 &&
    (NAME.test(text) || (isUpperCaseLine(text) && /^(?:\p{Lu}+\s+){1,5}\p{Lu}+$/u.test(text) && !SIGNATURE_TITLE.test(text)))
  );
}

/** Index of the first recipients or signature line at or after `from`, or -1. */
function findBackStart(lines: NormalizedLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (RECIPIENTS.test(text)) return i;
    if (isSignatureTitle(text)) {
      const near = lines.slice(i + 1, i + 4).some((l) => isPersonName(l.text) || isSignatureTitle(l.text));
      if (near || /BAN BIÊN TẬP/u.test(text) || i >= lines.length - 2) return i;
    }
  }
  return -1;
}

/** Parses recipients, signature and footnotes after the body. */
export function parseBackMatter(lines: NormalizedLine[], bodyStart: number): BackMatter {
  const result: BackMatter = { recipients: [], signer: null, signerTitle: null, footnotes: [], consumed: new Set(), backLines: [] };
  let start = findBackStart(lines, bodyStart);
  let i = start;
  const titles: string[] = [];
  for (;;) {
    i = readBackRegion(lines, i, result, titles);
    // Recipients without a signature after them (a consolidated text quoting another's "Nơi nhận"):
    // the signature is further down; look for the next back-matter region.
    if (result.signer !== null || start < 0) break;
    const next = findBackStart(lines, i);
    if (next < 0) break;
    start = next;
    i = next;
  }
  if (titles.length > 0) result.signerTitle = titles.join(' / ');
  for (const index of result.backLines) result.consumed.add(index);
  collectFootnotes(lines, start >= 0 ? i : bodyStart, start >= 0, result);
  return result;
}

/** Reads one run of recipients and signature lines from `i`; returns the index after it. */
function readBackRegion(lines: NormalizedLine[], i: number, result: BackMatter, titles: string[]): number {
  while (i >= 0 && i < lines.length) {
    const text = lines[i]!.text;
    const recipients = RECIPIENTS.exec(text);
    if (recipients) {
      if (recipients[1]) result.recipients.push(...splitRecipients(recipients[1]));
      result.backLines.push(i);
      i++;
      while (i < lines.length && !isSignatureTitle(lines[i]!.text)) {
        const item = lines[i]!.text;
        const last = result.recipients.length - 1;
        if (/^[-+•]/u.test(item)) result.recipients.push(item.replace(/^[-+•]\s*/u, ''));
        // "- BTT. UBMTT" / "QVN tỉnh Cà Mau;": a recipient wrapped inside its table cell.
        else if (last >= 0 && !/[;.]$/u.test(result.recipients[last]!) && !isPersonName(item)) result.recipients[last] += ` ${item}`;
        else break;
        result.backLines.push(i++);
      }
      continue;
    }
    if (isSignatureTitle(text)) {
      titles.push(text);
      result.backLines.push(i++);
      continue;
    }
    if (titles.length > 0 && result.signer === null && isPersonName(text)) {
      result.signer = personName(text);
      result.backLines.push(i++);
      continue;
    }
    // "(Đã ký)", "./." and the like between title and name.
    if (titles.length > 0 && result.signer === null && /^(\(.{0,20}\)|\.\/\.|Đã ký)$/u.test(text)) {
      result.backLines.push(i++);
      continue;
    }
    // A stray short token ("09 KH", a copy count) between the recipients and the signature.
    const ahead = lines.slice(i + 1, i + 3).map((l) => l.text);
    if (result.signer === null && text.length <= 20 && ahead.some((t) => isSignatureTitle(t) || (titles.length > 0 && isPersonName(t)))) {
      result.backLines.push(i++);
      continue;
    }
    break;
  }
  return i;
}

/** Splits an inline recipient list "- A; - B" into entries. */
function splitRecipients(text: string): string[] {
  return text
    .split(/\s*[;]\s*-\s*|^\s*-\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Footnote definitions "(1) …" / "[1] …" after the signature, with their continuation
 * paragraphs ("(4) Đến hết quý I …" is followed by "Đến hết quý II …"). Without a
 * signature only a trailing run of "[n]" lines counts: "(n)" at a line start in the
 * body is a numbered list item ("(1) Tốc độ tăng trưởng …").
 */
function collectFootnotes(lines: NormalizedLine[], from: number, afterSignature: boolean, result: BackMatter): void {
  let start = from;
  if (!afterSignature) {
    start = lines.length;
    while (start > from && /^\[\d{1,3}\]/u.test(lines[start - 1]!.text)) start--;
  }
  let current: ParsedFootnote | null = null;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!.text;
    const match = FOOTNOTE.exec(text);
    if (match && !result.footnotes.some((f) => f.label === (match[1] ?? match[2]))) {
      current = { label: match[1] ?? match[2]!, text: match[3]!.trim(), line: lines[i]!.sourceLine };
      result.footnotes.push(current);
      result.consumed.add(i);
      continue;
    }
    const label = matchLabel(text);
    if (current && !label && !isUpperCaseLine(text)) {
      current.text += `\n${text}`;
      result.consumed.add(i);
      continue;
    }
    current = null;
  }
}
