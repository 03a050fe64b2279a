/**
 * Normalise stage: decoded source text → logical lines, each mapped to its source line.
 *
 * Guarantees (the character and markup steps are idempotent; rejoining is idempotent too,
 * except where it relied on layout marks such as table pipes that its output no longer has):
 * - text is Unicode NFC; CRLF/CR become LF; NBSP and other spaces become a plain space;
 *   zero-width characters and tabs are gone; runs of spaces are one space; no line has
 *   leading or trailing spaces;
 * - markdown emphasis (`**`, `*`), heading marks (`#`) and table pipes (`|`) are removed,
 *   the words they wrapped are kept;
 * - web boilerplate lines ("Đang tải nội dung…", "0:00 / 0:00") and the legal portal's
 *   metadata table move to `removed` (the table's values go to `meta`, as does a scraper's
 *   leading "date 2020-10" tag);
 * - hard-wrapped lines and page-break splits are rejoined with one space, so one logical
 *   line is one paragraph, list item or heading;
 * - empty lines are dropped (a paragraph break is the end of a logical line).
 */
import { isBoilerplate, PHOTO_MARKER, portalMetaKey, TRAILING_PANEL_START } from './boilerplate.ts';
import type { NormalizedLine, NormalizedText } from './types.ts';
import { isIssuerLine, isIssuingUnitLine } from './parse/header.ts';
import { isUpperCaseLine, startsWithLabel } from './parse/terminals.ts';

/** A physical line after character clean-up, before rejoining. */
interface RawLine {
  text: string;
  sourceLine: number;
  /** A break follows the line whatever comes next (closing bold, table cell end, separator). */
  hardBreakAfter: boolean;
  /** The line starts a block whatever came before (opening bold, table cell start). */
  hardBreakBefore: boolean;
}

/** Marks a layout-only physical line (table pipe, rule), which is a hard break. */
const LAYOUT = '\u0001';

/** NFC, LF line ends, plain spaces, no zero-width characters. */
export function cleanCharacters(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\t\f\v]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '');
}

/** Removes markdown emphasis and heading marks; keeps "(*)" which is a real marker. */
export function stripMarkup(line: string): string {
  return line
    .replace(/^#{1,6}(\s+|$)/, '')
    .split('(*)')
    .map((part) => part.replace(/\*+/g, ''))
    .join('(*)')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** True for layout-only lines: table pipes, "-------" rules, lone emphasis marks. */
function isLayoutOnly(line: string): boolean {
  return /^[|\s]*\|[|\s]*$/.test(line) || /^[-_=~.·•]{3,}$/.test(line.replace(/\s/g, ''));
}

const MOTTO_START = /^(CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*-\s*Tự do)/u;
const TERMINAL = /[.;:!?…]["”»)]*$/;
const LOWER_START = /^["“(]?[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;

/** Should `next` continue the logical line `prev` (a hard wrap, not a new block)? */
export function continues(prev: string, next: string, blankBetween: boolean): boolean {
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
  if (TERMINAL.test(prev)) return false;
  // "Cảng hàng không Long Thành -" / "ACV.": a short upper-case tail that ends the sentence.
  if (/^\S+( \S+){0,2}$/u.test(next) && /[.;,)]$/u.test(next) && next.length <= 24) return true;
  const prevUpper = isUpperCaseLine(prev);
  const nextUpper = isUpperCaseLine(next);
  // Wrapped upper-case titles join; an upper-case heading does not swallow the body text after it.
  if (prevUpper || nextUpper) return prevUpper && nextUpper;
  return true;
}

/** Splits "date 2020-10 Cà Mau xác định…" (a scraper's date tag) off the first line. */
function splitDateTag(lines: RawLine[]): RawLine[] {
  const first = lines.findIndex((l) => l.text !== '');
  const match = first >= 0 ? /^(date \d{4}-\d{2}(?:-\d{2})?)\s+(.+)$/.exec(lines[first]!.text) : null;
  if (!match) return lines;
  const head = lines[first]!;
  return [
    ...lines.slice(0, first),
    { ...head, text: match[1]!, hardBreakAfter: true },
    { ...head, text: match[2]!, hardBreakBefore: true },
    ...lines.slice(first + 1),
  ];
}

/**
 * Cells of a table row flattened onto one line ("CHÍNH PHỦ____ Số: 170/NĐ-CP | CỘNG HÒA …"):
 * inner pipes and long underscore/dash rules separate cells, which become lines of their own.
 */
export function splitCells(line: string): string[] {
  const trimmed = line.trim();
  const inner = trimmed.replace(/^\|+|\|+$/g, '');
  // A pipe inside a sentence ("#1 | cột") is text; only a row (edge pipes or a rule in it) is split.
  const isRow = /^\||\|$/.test(trimmed) || /_{3,}|-{5,}/.test(inner);
  if (!isRow || !/\s\|\s|_{3,}|-{5,}/.test(inner)) return [line];
  const cells = inner
    .split(/\s+\|\s+|_{3,}|-{5,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return cells.length > 0 ? cells.map((c) => `|${c}|`) : [line];
}

/** Physical lines with markup removed and break hints from the markup. */
function toRawLines(text: string): RawLine[] {
  return cleanCharacters(text)
    .split('\n')
    .flatMap((raw, i) => splitCells(raw).map((cell) => [cell, i] as const))
    .map(([raw, i]) => {
      const trimmed = raw.trim();
      return {
        text: isLayoutOnly(trimmed) ? LAYOUT : stripMarkup(trimmed.replace(/^\|+|\|+$/g, '')),
        sourceLine: i + 1,
        // "**Điều 1. Phạm vi điều chỉnh**" ends a block; "**Số hiệu:**" starts one.
        hardBreakAfter: /\*\*\s*$/.test(trimmed) || /\|\s*$/.test(trimmed) || /^\*[^*].*\*$/.test(trimmed),
        hardBreakBefore: /^\*\*(?!\s*$)/.test(trimmed) || /^\|/.test(trimmed),
      };
    });
}

/**
 * Index where the portal's trailing panel starts, or the line count. The portal's headline
 * of the document ("Nghị quyết 55/2025/NQ-HĐND quy định …") just before the panel belongs to it.
 */
function trailingPanelStart(raw: RawLine[]): number {
  const at = raw.findIndex((l) => TRAILING_PANEL_START.test(l.text));
  if (at < 0) return raw.length;
  let start = at;
  while (start > 0 && raw[start - 1]!.text === '') start--;
  const before = raw[start - 1]?.text ?? '';
  return /^\p{Lu}\p{Ll}+( \p{Ll}+)? \d+\/[\w/Đđ-]+ /u.test(before) && !/[.;:]$/u.test(before) ? start - 1 : start;
}

/** A caption is one short sentence; a longer paragraph under a photo is article text. */
function isCaptionSized(text: string): boolean {
  return text.length <= 250 && !/[.!?…]\s+\p{Lu}/u.test(text.replace(/[.!?…]+$/u, ''));
}

/** Runs the normalise stage over one decoded source. */
export function normalize(file: string, text: string): NormalizedText {
  const all = splitDateTag(toRawLines(text));
  const panel = trailingPanelStart(all);
  const raw = all.slice(0, panel);
  const removed: NormalizedLine[] = all
    .slice(panel)
    .filter((l) => l.text !== '' && l.text !== LAYOUT)
    .map((l) => ({ text: l.text, sourceLine: l.sourceLine }));
  const meta: Record<string, string> = {};
  const lines: NormalizedLine[] = [];
  let pendingBreak = true; // a break (blank, removed or layout line) since the last kept line
  let lastHard = true;
  let lastKept = '';
  let underPhoto = false; // the last removed line was a photo marker
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (line.text === '' || line.text === LAYOUT) {
      // A table pipe or a "-------" rule separates cells and header columns: never join across it.
      if (line.text === LAYOUT) lastHard = true;
      pendingBreak = true;
      continue;
    }
    // The scraper's "date 2020-10" tag is metadata, not text of the document.
    const tag = /^date (\d{4}-\d{2}(?:-\d{2})?)$/.exec(line.text);
    if (tag && lines.length === 0) {
      meta.date = tag[1]!;
      removed.push({ text: line.text, sourceLine: line.sourceLine });
      pendingBreak = true;
      continue;
    }
    const key = portalMetaKey(line.text);
    let valueAt = i + 1;
    while (key && valueAt < raw.length && (raw[valueAt]!.text === '' || raw[valueAt]!.text === LAYOUT)) valueAt++;
    const value = key ? raw[valueAt] : undefined;
    if (key && value && !portalMetaKey(value.text)) {
      meta[key] = value.text;
      removed.push({ text: line.text, sourceLine: line.sourceLine }, { text: value.text, sourceLine: value.sourceLine });
      i = valueAt;
      pendingBreak = true;
      continue;
    }
    // A repeated line right after itself is a web caption printed twice (alt text, then caption).
    const repeated = line.text === lastKept;
    if (isBoilerplate(line.text) || repeated) {
      const kept = lines[lines.length - 1];
      if (repeated && kept && kept.text === line.text && isCaptionSized(kept.text)) kept.caption = true;
      removed.push({ text: line.text, sourceLine: line.sourceLine });
      underPhoto = PHOTO_MARKER.test(line.text);
      pendingBreak = true;
      continue;
    }
    const prev = lines[lines.length - 1];
    const join = prev !== undefined && !lastHard && !line.hardBreakBefore && continues(prev.text, line.text, pendingBreak);
    if (join) prev.text = `${prev.text} ${line.text}`.replace(/ {2,}/g, ' ');
    // The paragraph printed under a photo is its caption.
    else
      lines.push({
        text: line.text,
        sourceLine: line.sourceLine,
        ...(underPhoto && isCaptionSized(line.text) ? { caption: true as const } : {}),
      });
    underPhoto = false;
    lastKept = line.text;
    lastHard = line.hardBreakAfter;
    pendingBreak = false;
  }
  return { file, lines, removed, meta };
}
