/**
 * Intermediate data passed between the converter's stages.
 *
 *   read      → SourceText                 (bytes → checked, decoded text)
 *   normalize → NormalizedText             (idempotent clean-ups, line map to the source)
 *   segment   → Block[]                    (paragraphs/items/headings with labels and nesting)
 *   parse     → ParsedDocument             (header metadata, section tree, body blocks, footnotes)
 *   extract   → Extraction                 (commitments, agencies, targets, actuals, references, themes)
 *   assemble  → ConvertedDocument          (schema-valid entities with ids, the MDX body)
 *   write     → files under content/       (atomic, deterministic, human edits merged)
 *
 * Every stage except read and write is a pure function of its inputs.
 */

import type { DOCUMENT_KINDS } from '../../src/schemas/document.ts';

/** A problem found in the input (see src/diagnostics: every code is in its catalogue). */
export type { Diagnostic } from '../../src/diagnostics/index.ts';

/** Output of `read`: the decoded source and where it came from. */
export interface SourceText {
  /** Repository-relative (or as given) path of the source file. */
  file: string;
  /** Decoded text, BOM removed, not yet normalised. */
  text: string;
  /** Optional metadata from a sidecar `<name>.meta.yaml` (source URL, publication date, overrides). */
  sidecar: SourceSidecar;
}

/** What a staff member can state about a source that the text cannot tell. */
export interface SourceSidecar {
  url?: string;
  published?: string;
  /** Overrides for document fields the converter gets wrong, e.g. { place: 'hau-giang' }. */
  document?: Record<string, unknown>;
}

/** Where a line sits in a table of the source: table, row and column, 0-based. */
export interface CellPosition {
  table: number;
  row: number;
  column: number;
}

/** One normalised line and the 1-based line of the source it came from. */
export interface NormalizedLine {
  text: string;
  sourceLine: number;
  /** Set when the page layout shows the line is a photo caption (printed twice, or right under a photo). */
  caption?: true;
  /** Set when the line is (part of) a table cell. */
  cell?: CellPosition;
}

/** The shape of a table of the source: the number of cells of each row, empty cells included. */
export interface TableShape {
  rowCells: number[];
}

/** Output of `normalize`. */
export interface NormalizedText {
  file: string;
  lines: NormalizedLine[];
  /** Boilerplate removed (web chrome such as "Đang tải nội dung…"), kept for the "nothing lost" check. */
  removed: NormalizedLine[];
  /** Values of a legal portal's metadata table ("Số hiệu:" → number, "Người ký:" → signer). */
  meta: Record<string, string>;
  /** Tables of the source, by the `table` number of `NormalizedLine.cell`. */
  tables: TableShape[];
}

/** Numbering styles a block label can have. */
export type LabelStyle =
  | 'appendix' // "PHỤ LỤC 01", "Phụ lục"
  | 'part' // "Phần thứ nhất", "PHẦN I"
  | 'chapter' // "Chương I"
  | 'section-group' // "Mục 1" (a group of articles inside a chapter)
  | 'article' // "Điều 1."
  | 'upper-letter' // "A.", "B."
  | 'roman' // "I.", "II."
  | 'arabic' // "1.", "2."
  | 'arabic-nested' // "1.1.", "2.3.1."
  | 'lower-letter' // "a)", "b)", "đ)"
  | 'paren-number' // "(1)" as a list item (not a footnote)
  | 'dash' // "-"
  | 'plus' // "+"
  | 'bullet' // "•", "*"
  | 'none'; // unnumbered paragraph or inline heading

/**
 * The part of a document a block belongs to. Tasks are read in the operative zones (tasks,
 * organisation, and body: a text without headings); targets in goals; reported results in
 * assessment. The header, recipients and signature are not blocks: they are
 * `frontMatterLines` and `backMatterLines`.
 */
export type Zone =
  | 'preamble' // "Căn cứ …", "Xét …", the text before the first heading
  | 'purpose' // "Mục đích, yêu cầu"
  | 'scope' // "Phạm vi, đối tượng", "Quan điểm", "Nguyên tắc"
  | 'assessment' // "Kết quả thực hiện", "Đánh giá tình hình", "Hạn chế, nguyên nhân"
  | 'goals' // "Mục tiêu", "Chỉ tiêu"
  | 'tasks' // "Nhiệm vụ, giải pháp", "Nội dung", "Phương án"
  | 'organisation' // "Tổ chức thực hiện", "Phân công nhiệm vụ", the execution article
  | 'timeline' // a plan-wide "Thời gian thực hiện"
  | 'funding' // "Kinh phí thực hiện"
  | 'procedure' // administrative procedures: steps, files, fees
  | 'form' // "Mẫu số 01", forms to fill
  | 'appendix' // an appendix whose heading says nothing more
  | 'effect' // "… có hiệu lực kể từ ngày …"
  | 'closing' // "Trên đây là …", "Trong quá trình thực hiện, nếu có khó khăn …"
  | 'body'; // a text without headings, or a part whose headings say nothing

/** A unit of body text: one heading, paragraph or list item, verbatim. */
export interface Block {
  /** Index in ParsedDocument.blocks. */
  index: number;
  kind: 'heading' | 'paragraph' | 'item' | 'caption' | 'table';
  /** Label as written without trailing punctuation, e.g. "1.1", "a", "II", "-". */
  label: string;
  style: LabelStyle;
  /** Full text of the block as it appears in the source (label included), NFC, markdown emphasis removed. */
  text: string;
  /** Text after the label. */
  content: string;
  /** 1-based source line where the block starts. */
  line: number;
  /** Index of the enclosing block (heading or lead-in item), null at top level. */
  parent: number | null;
  /** Anchor of the innermost section containing the block. */
  section: string | null;
  /** Set when the block is (part of) a table cell. */
  cell?: CellPosition;
  /** The part of the document the block belongs to (set by the parse stage). */
  zone: Zone;
}

/** What a table column holds, from what its header says. */
export type ColumnRole = 'number' | 'step' | 'task' | 'lead' | 'partners' | 'timing' | 'product' | 'target' | 'budget' | 'note' | 'other';

/** A row of a table: the blocks of each cell, column by column. */
export interface TableRow {
  /** Block indexes per column; [] for an empty cell. A merged row has fewer cells than the table has columns. */
  cells: number[][];
  /** A header row names the columns; a group row ("I | CƠ CHẾ, CHÍNH SÁCH") heads the rows under it. */
  kind: 'header' | 'group' | 'data';
}

/** A table of the body, rows and columns recovered from the layout. */
export interface Table {
  rows: TableRow[];
  /** Role of each column, from the header row; all 'other' when the table has no header we understand. */
  columns: ColumnRole[];
}

/** A node of the section tree (headings and numbered groups). */
export interface SectionNode {
  anchor: string;
  label: string;
  heading: string;
  level: number;
  line: number;
  parent: string | null;
  order: number;
  /** Index of the heading block. */
  block: number;
}

/** Document metadata found in the header, signature and title. */
export interface DocumentHeader {
  number: string | null;
  type: string;
  kind: (typeof DOCUMENT_KINDS)[number];
  issuer: string | null;
  /** Body printed above the issuing unit ("Bộ Tài chính" above "Cục Thuế"), when any. */
  issuerParent?: string | null;
  /** Place name as written in the place-date line or issuer, e.g. "Cà Mau". */
  placeName: string | null;
  issued: string | null;
  signer: string | null;
  signerTitle: string | null;
  title: string;
  period: string | null;
  recipients: string[];
  people: string[];
}

/** Output of `parse`. */
export interface ParsedDocument {
  file: string;
  header: DocumentHeader;
  sections: SectionNode[];
  blocks: Block[];
  footnotes: { label: string; text: string; line: number }[];
  /** Tables of the body, with their rows, cells and column roles. */
  tables: Table[];
  /** Lines that belong to the header/signature/recipient areas, kept verbatim. */
  frontMatterLines: NormalizedLine[];
  backMatterLines: NormalizedLine[];
}
