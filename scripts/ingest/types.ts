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

/** One normalised line and the 1-based line of the source it came from. */
export interface NormalizedLine {
  text: string;
  sourceLine: number;
  /** Set when the page layout shows the line is a photo caption (printed twice, or right under a photo). */
  caption?: true;
}

/** Output of `normalize`. */
export interface NormalizedText {
  file: string;
  lines: NormalizedLine[];
  /** Boilerplate removed (web chrome such as "Đang tải nội dung…"), kept for the "nothing lost" check. */
  removed: NormalizedLine[];
  /** Values of a legal portal's metadata table ("Số hiệu:" → number, "Người ký:" → signer). */
  meta: Record<string, string>;
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
  kind: 'plan' | 'resolution' | 'report' | 'news';
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
  /** Lines that belong to the header/signature/recipient areas, kept verbatim. */
  frontMatterLines: NormalizedLine[];
  backMatterLines: NormalizedLine[];
}
