/**
 * Segment stage: body lines → blocks (heading candidates, paragraphs, items, captions),
 * each with its numbering label. Nesting and sections are decided later (parse/sections.ts).
 *
 * A text flattened into one long line (no line breaks at all) is split into sentences,
 * and inline headings ("… bền vững. Những nhiệm vụ trọng tâm Tăng cường …") become
 * heading blocks of their own.
 */
import type { Block, LabelStyle, NormalizedLine } from './types.ts';
import { isIssuerLine } from './parse/header.ts';
import { NUMBERING_STYLES } from './parse/numbering.ts';
import { isUpperCaseLine, LETTERS, matchLabel } from './parse/terminals.ts';

/** A block before nesting: no parent, no section yet. */
export type Segment = Pick<Block, 'kind' | 'label' | 'style' | 'text' | 'content' | 'line' | 'cell'>;

/** The national motto printed at the top of forms in appendices: part of the form, not a heading. */
const MOTTO_LINE = /^(CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM$|^ĐẢNG CỘNG SẢN VIỆT NAM$/u;
/** The enacting formula alone on its line ("QUYẾT ĐỊNH", "QUYẾT NGHỊ") introduces the articles; it heads nothing. */
const ENACTING = /^(QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|CHỈ THỊ|KẾT LUẬN|THÔNG BÁO|BAN HÀNH)\s*:?$/u;
const CAPTION = /^(Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Video)\s*:/u;
/** A caption that ends with its photo credit: "Quang cảnh hội nghị. Ảnh: VGP", "… (Ảnh: Hữu Nghĩa)". */
const CREDITED_CAPTION = /(?:^|[.\s(–-])(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh)\s*:\s*[^.;:]{1,60}\)?\.?$/u;
/** Longest line read as a caption by its position (before a credit line); longer ones are article text. */
const CAPTION_MAX = 250;
/** Styles whose label may stand alone on its line, with the heading on the next line ("Phần thứ nhất" / "KẾT QUẢ …"). */
const STANDALONE = new Set<LabelStyle>(NUMBERING_STYLES.filter((style) => style.standalone).map((style) => style.style));
/** Styles whose upper-case text is a heading that may wrap onto a following upper-case line. */
const HEADING_STYLES = new Set<LabelStyle>(NUMBERING_STYLES.filter((style) => style.alwaysSection).map((style) => style.style));
/** Nouns that name a heading of a plan ("Những nhiệm vụ trọng tâm", "Các đột phá chiến lược"). */
const HEADING_NOUNS =
  /(nhiệm vụ|mục tiêu|đột phá|giải pháp|chỉ tiêu|phương hướng|định hướng|quan điểm|tầm nhìn|kết quả|hạn chế|tồn tại|nguyên nhân|bài học)/u;
const SENTENCE_END = new RegExp(`(?<=[.!?…]["”’)]*)\\s+(?=["“(]?[${LETTERS.UPPER}0-9])`, 'u');

/** True when the body is one (or very few) huge lines: a page flattened by a scraper. */
export function isFlattened(lines: NormalizedLine[]): boolean {
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  return lines.length <= 3 && total > 1500;
}

/** Splits a paragraph into sentences at ". X" boundaries; the pieces joined with spaces give the paragraph back. */
export function splitSentences(text: string): string[] {
  return text.split(SENTENCE_END).filter((s) => s !== '');
}

/**
 * Finds an inline heading at the start of a sentence: 2–8 lower-case words naming a plan
 * heading, directly followed by a capitalised sentence ("Những nhiệm vụ trọng tâm Tăng
 * cường …"). Returns [heading, rest] or null.
 */
export function splitInlineHeading(sentence: string): [string, string] | null {
  const words = sentence.split(' ');
  for (let k = 2; k <= Math.min(8, words.length - 2); k++) {
    const head = words.slice(0, k);
    const next = words[k]!;
    if (head.slice(1).some((w) => !/^\p{Ll}+$/u.test(w))) return null;
    const nextIsSentence = /^\p{Lu}\p{Ll}+$/u.test(next) && /^\p{Ll}/u.test(words[k + 1] ?? '');
    if (nextIsSentence && HEADING_NOUNS.test(head.join(' '))) return [head.join(' '), words.slice(k).join(' ')];
  }
  return null;
}

/** True when `line` is a photo caption: marked so by the page layout, a credit line, or a line ending with its credit. */
function isCaptionLine(line: NormalizedLine, next: NormalizedLine | undefined): boolean {
  if (line.caption || CAPTION.test(line.text)) return true;
  if (line.text.length > CAPTION_MAX || matchLabel(line.text)) return false;
  // "Quang cảnh hội nghị" with the credit "Ảnh: …" on the next line.
  return CREDITED_CAPTION.test(line.text) || (next !== undefined && CAPTION.test(next.text));
}

/** Turns one logical line into a segment, keeping its table cell. */
function toSegment(line: NormalizedLine, next?: NormalizedLine): Segment {
  const segment = lineSegment(line, next);
  return line.cell ? { ...segment, cell: line.cell } : segment;
}

function lineSegment(line: NormalizedLine, next?: NormalizedLine): Segment {
  const text = line.text;
  if (isCaptionLine(line, next)) return { kind: 'caption', label: '', style: 'none', text, content: text, line: line.sourceLine };
  const label = matchLabel(text);
  if (label) return { kind: 'item', label: label.label, style: label.style, text, content: label.content, line: line.sourceLine };
  const words = text.split(' ').length;
  // "CHÍNH PHỦ" alone before "Căn cứ …" names the enacting body, and a quoted motto is content: neither is a heading.
  const heading =
    !isIssuerLine(text) &&
    !MOTTO_LINE.test(text) &&
    !ENACTING.test(text) &&
    !/^["“'‘(]/u.test(text) &&
    isUpperCaseLine(text) &&
    words >= 2 &&
    text.length <= 250 &&
    !/[.;,:]$/u.test(text);
  return { kind: heading ? 'heading' : 'paragraph', label: '', style: 'none', text, content: text, line: line.sourceLine };
}

/** True when two lines lie in the same table cell, or both outside tables: cells never merge. */
function sameCell(a: Pick<NormalizedLine, 'cell'>, b: Pick<NormalizedLine, 'cell'>): boolean {
  if (!a.cell || !b.cell) return !a.cell && !b.cell;
  return a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.column === b.cell.column;
}

/** Segments the body lines. */
export function segment(lines: NormalizedLine[]): Segment[] {
  const out: Segment[] = [];
  const flattened = isFlattened(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const seg = toSegment(line, next);
    // "Phần thứ nhất" alone, heading on the next line: one heading block.
    if (
      STANDALONE.has(seg.style) &&
      seg.content === '' &&
      next &&
      sameCell(line, next) &&
      !matchLabel(next.text) &&
      next.text.length <= 300
    ) {
      out.push({ ...seg, text: `${seg.text}\n${next.text}`, content: next.text });
      i++;
      continue;
    }
    // "QUY ĐỊNH" / "CHỨC NĂNG, NHIỆM VỤ …": a title printed over several upper-case lines is one heading.
    const previous = out[out.length - 1];
    // "Mục 1. TRÌNH TỰ, THỦ TỤC LẬP," / "THẨM ĐỊNH, PHÊ DUYỆT …": an upper-case line right after a
    // numbered upper-case heading continues it.
    const continuesLabelled =
      previous !== undefined && previous.style !== 'none' && HEADING_STYLES.has(previous.style) && isUpperCaseLine(previous.content);
    if (
      seg.kind === 'heading' &&
      seg.style === 'none' &&
      previous !== undefined &&
      previous.line < seg.line &&
      sameCell(previous, seg) &&
      ((previous.kind === 'heading' && previous.style === 'none') || continuesLabelled)
    ) {
      previous.text = `${previous.text}\n${seg.text}`;
      previous.content = `${previous.content}\n${seg.content}`;
      continue;
    }
    if (!flattened || seg.kind !== 'paragraph') {
      out.push(seg);
      continue;
    }
    for (const sentence of splitSentences(line.text)) {
      const inline = splitInlineHeading(sentence);
      if (inline) {
        out.push({ kind: 'heading', label: '', style: 'none', text: inline[0], content: inline[0], line: line.sourceLine });
        out.push({ kind: 'paragraph', label: '', style: 'none', text: inline[1], content: inline[1], line: line.sourceLine });
      } else {
        out.push({ kind: 'paragraph', label: '', style: 'none', text: sentence, content: sentence, line: line.sourceLine });
      }
    }
  }
  return out;
}
