/**
 * Physical lines: the source split at line ends, markup removed, with what the markup said
 * about breaks (a bold heading ends a block, a pipe separates cells) and where table cells are.
 */
import { cleanCharacters, isPipeLine, isRuleLine, stripMarkup } from './characters.ts';
import { matchLabel } from '../parse/numbering.ts';
import { isUpperCaseLine } from '../parse/terminals.ts';
import { locateCells, type CellPosition, type LineKind, type TableShape } from './tables.ts';

/** A physical line after character clean-up, before rejoining. */
export interface RawLine {
  /** Text without markup; PIPE or RULE for layout-only lines; '' for a blank line. */
  text: string;
  sourceLine: number;
  /** A break follows the line whatever comes next (closing bold, table cell end). */
  hardBreakAfter: boolean;
  /** The line starts a block whatever came before (opening bold, table cell start). */
  hardBreakBefore: boolean;
  /** The table cell the line belongs to, when it is inside a table. */
  cell?: CellPosition;
}

/** Marks a pipe line: a cell boundary, never joined across. */
export const PIPE = '\u0001';
/** Marks a rule line ("-------" under a header cell): a hard break inside a cell. */
export const RULE = '\u0002';

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

/** One piece of a physical line: a pipe, or text with the pipes at its edges taken off. */
interface Piece {
  raw: string;
  sourceLine: number;
  pipe: boolean;
}

/** Pieces of the source: a "|x|" cell from a flattened row becomes pipe, text, pipe. */
function toPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  cleanCharacters(text)
    .split('\n')
    .forEach((line, i) => {
      const sourceLine = i + 1;
      // "|", and a markdown separator row "|---|---|": cell boundaries only.
      if (isPipeLine(line) || (line.includes('|') && isRuleLine(line))) {
        pieces.push({ raw: '|', sourceLine, pipe: true });
        return;
      }
      const cells = splitCells(line);
      const trimmed = line.trim();
      // A row split into cells shares its inner pipes: "| a | b |" is pipe, a, pipe, b, pipe.
      if (cells.length > 1 || /^\|/.test(trimmed) || /\|$/.test(trimmed)) {
        const edges = cells.length > 1 || /^\|/.test(trimmed);
        if (edges) pieces.push({ raw: '|', sourceLine, pipe: true });
        cells.forEach((cell, k) => {
          pieces.push({
            raw: cell
              .trim()
              .replace(/^\|+|\|+$/g, '')
              .trim(),
            sourceLine,
            pipe: false,
          });
          if (k < cells.length - 1 || cells.length > 1 || /\|$/.test(trimmed)) pieces.push({ raw: '|', sourceLine, pipe: true });
        });
        return;
      }
      pieces.push({ raw: trimmed, sourceLine, pipe: false });
    });
  return pieces;
}

/**
 * A line that opens a part of the document rather than a table cell: an appendix, part,
 * chapter or section heading, the recipients ("Nơi nhận:"), the addressee of a letter
 * ("Kính gửi:"), the document type above the body ("QUYẾT ĐỊNH"), or an upper-case heading
 * numbered with a roman numeral ("I. DANH MỤC THỦ TỤC HÀNH CHÍNH …").
 */
function opensPart(line: string): boolean {
  const label = matchLabel(line);
  if (label && ['appendix', 'part', 'chapter', 'section-group'].includes(label.style) && !/^(?:MẪU|Mẫu)/u.test(label.label)) return true;
  if (label?.style === 'roman' && isUpperCaseLine(label.content) && label.content.length >= 12) return true;
  // "Kính gửi: …" opens a letter's body; "QUYẾT ĐỊNH", "CÔNG ĐIỆN" alone name the text that follows the header.
  return /^(?:Nơi nhận|Kính gửi)\s*:/u.test(line) || DOCUMENT_TYPE_LINE.test(line);
}

/** A document type printed alone in capitals above the body. */
const DOCUMENT_TYPE_LINE =
  /^(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO|CÔNG ĐIỆN|CÔNG VĂN|BÁO CÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|QUY ĐỊNH|QUY CHẾ|TỜ TRÌNH|KẾT LUẬN|HƯỚNG DẪN|THÔNG TƯ|NGHỊ ĐỊNH|LUẬT)\s*:?$/u;

/** Physical lines with markup removed, break hints from the markup, table cells located. */
export function toRawLines(text: string): { lines: RawLine[]; tables: TableShape[] } {
  const pieces = toPieces(text);
  const stripped = pieces.map((p) => (p.pipe ? '' : stripMarkup(p.raw)));
  const kinds: LineKind[] = pieces.map((p, i) =>
    p.pipe ? 'pipe' : p.raw === '' ? 'blank' : opensPart(stripped[i]!) ? 'opener' : 'content',
  );
  const rowLabel = pieces.map((p, i) => !p.pipe && /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]+\.?|[A-ZĐ]\.?)$/u.test(stripped[i]!));
  const { positions, tables } = locateCells(kinds, rowLabel);
  let inBold = false;
  const lines = pieces.map((piece, i): RawLine => {
    const cell = positions[i] ?? undefined;
    if (piece.pipe) return { text: PIPE, sourceLine: piece.sourceLine, hardBreakAfter: true, hardBreakBefore: true };
    const raw = piece.raw;
    const wasBold = inBold;
    inBold = ((raw.match(/\*\*/g) ?? []).length % 2 === 1) !== inBold;
    const text = isRuleLine(raw) ? RULE : stripped[i]!;
    return {
      text,
      sourceLine: piece.sourceLine,
      // "**Điều 1. Phạm vi điều chỉnh**" ends a block (a closing "**", not "… của **" opening one);
      // a line in italics ("*Hà Nội, ngày …*") is a cell of its own.
      hardBreakAfter: (/\*\*\s*$/.test(raw) && !inBold) || /^\*[^*].*\*$/.test(raw),
      // "**Số hiệu:**" starts a block.
      hardBreakBefore: /^\*\*(?!\s*$)/.test(raw) && !wasBold,
      ...(cell ? { cell } : {}),
    };
  });
  return { lines: splitDateTag(lines), tables };
}
