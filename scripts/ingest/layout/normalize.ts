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
import { isBoilerplate, PHOTO_MARKER, portalMetaKey, TRAILING_PANEL_START } from '../boilerplate.ts';
import type { NormalizedLine, NormalizedText } from '../types.ts';
import { loadLexicon, type Lexicon } from '../lexicon/load.ts';
import { continues, isBareLabel, isBulletedLabel } from './joins.ts';
import { PIPE, RULE, toRawLines, type RawLine } from './physical.ts';
import { startsWithLabel } from '../parse/numbering.ts';

export { cleanCharacters, stripMarkup } from './characters.ts';
export { continues } from './joins.ts';
export { splitCells } from './physical.ts';

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

const isLayout = (text: string): boolean => text === PIPE || text === RULE;

/** Runs the normalise stage over one decoded source. */
export function normalize(file: string, text: string, lexicon: Lexicon = loadLexicon()): NormalizedText {
  const { lines: all, tables } = toRawLines(text);
  const panel = trailingPanelStart(all);
  const raw = all.slice(0, panel);
  const removed: NormalizedLine[] = all
    .slice(panel)
    .filter((l) => l.text !== '' && !isLayout(l.text))
    .map((l) => ({ text: l.text, sourceLine: l.sourceLine }));
  const meta: Record<string, string> = {};
  const lines: NormalizedLine[] = [];
  const wrapped = wrapsParagraphs(raw);
  let pendingBreak = true; // a break (blank, removed or layout line) since the last kept line
  let lastHard = true; // the markup ended the last kept line (closing bold, italics)
  let layoutBreak = true; // a pipe or rule since the last kept line: never join across it
  let lastKept = '';
  let underPhoto = false; // the last removed line was a photo marker
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (line.text === '' || isLayout(line.text)) {
      if (isLayout(line.text)) layoutBreak = true;
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
    while (key && valueAt < raw.length && (raw[valueAt]!.text === '' || isLayout(raw[valueAt]!.text))) valueAt++;
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
    const sameCell = prev !== undefined && sameCellAs(prev, line);
    // "**I." / "ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI**": a label printed alone takes the next line as its text,
    // whatever the markup around them says.
    const afterBareLabel = prev !== undefined && !layoutBreak && sameCell && isBareLabel(prev.text) && !startsWithLabel(line.text);
    // "- *Giai đoạn 48-72 giờ:*" / "Tổ chức bếp ăn …": a bulleted label and its text are one item.
    const afterLabel = prev !== undefined && !layoutBreak && sameCell && isBulletedLabel(prev.text) && !startsWithLabel(line.text);
    const join =
      afterBareLabel ||
      afterLabel ||
      (prev !== undefined &&
        !layoutBreak &&
        sameCell &&
        !lastHard &&
        !line.hardBreakBefore &&
        continues(prev.text, line.text, pendingBreak, lexicon, wrapped));
    if (join) prev.text = `${prev.text} ${line.text}`.replace(/ {2,}/g, ' ');
    // The paragraph printed under a photo is its caption.
    else
      lines.push({
        text: line.text,
        sourceLine: line.sourceLine,
        ...(underPhoto && isCaptionSized(line.text) ? { caption: true as const } : {}),
        ...(line.cell ? { cell: line.cell } : {}),
      });
    underPhoto = false;
    lastKept = line.text;
    lastHard = line.hardBreakAfter;
    layoutBreak = false;
    pendingBreak = false;
  }
  return { file, lines, removed, meta, tables };
}

/**
 * True when the page wraps lines inside paragraphs and separates paragraphs with blank lines: some,
 * but not most, text lines outside tables are followed by a blank line.
 */
function wrapsParagraphs(raw: RawLine[]): boolean {
  let text = 0;
  let beforeBlank = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    const line = raw[i]!;
    if (line.cell || line.text === '' || isLayout(line.text)) continue;
    text++;
    if (raw[i + 1]!.text === '') beforeBlank++;
  }
  return beforeBlank >= 5 && beforeBlank / Math.max(1, text) >= 0.03 && beforeBlank / Math.max(1, text) <= 0.45;
}

/** True when a raw line lies in the same table cell as a logical line (or both lie outside tables). */
function sameCellAs(line: NormalizedLine, raw: RawLine): boolean {
  const a = line.cell;
  const b = raw.cell;
  if (!a || !b) return !a && !b;
  return a.table === b.table && a.row === b.row && a.column === b.column;
}
