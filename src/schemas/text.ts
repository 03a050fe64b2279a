import { z } from 'astro/zod';
import { Anchor, NonEmptyText, type RefFactory } from './fields.ts';

/**
 * The verbatim text of a document, as data. Why data and not MDX: source text must never
 * become code. Pages render these blocks with components that escape every character, so
 * a line starting with `import`, `{`, `<` or `---` is shown as written and cannot run.
 */

const line = z.number().int().min(1);

/** A heading of the section tree: "II. NHIỆM VỤ, GIẢI PHÁP" (lines of a wrapped heading joined by "\n"). */
const HeadingBlock = z.object({
  kind: z.literal('heading'),
  /** Heading as written, label included. */
  text: NonEmptyText,
  /** Line in the source file (1-based). */
  line,
  /** Anchor of its section (the HTML id on the document page). */
  anchor: Anchor,
  /** HTML heading level, 2–6 (the page title is the h1). */
  level: z.number().int().min(2).max(6),
});

/** Text that is not a heading: header and signature lines, paragraphs, list items, captions. */
const TextBlock = z.object({
  /** `header`/`signature`: lines above and below the body; `caption`: a photo caption of a news text. */
  kind: z.enum(['header', 'paragraph', 'item', 'caption', 'signature']),
  /** The block as written (NFC, markdown emphasis removed). */
  text: NonEmptyText,
  line,
});

/** One row of a table (a task table's row, a header row): consecutive rows form one table. */
const RowBlock = z.object({
  kind: z.literal('row'),
  /** The row's cells joined by " | ", as a reader would quote it. */
  text: NonEmptyText,
  line,
  /** Cells in column order, verbatim. */
  cells: z.array(z.string()),
  /** True for a header row. */
  header: z.boolean().default(false),
});

/** One block of a document's text. */
export const TextBlockSchema = z.discriminatedUnion('kind', [HeadingBlock, TextBlock, RowBlock]);
export type TextBlock = z.output<typeof TextBlockSchema>;

/** Builds the schema of `content/texts/<document>.yaml`: the document's text in reading order. */
export function makeTextSchema(ref: RefFactory) {
  return z.object({
    /** The document this is the text of. */
    document: ref('documents'),
    /** Blocks in reading order; commitments point at them by index (`block`). */
    blocks: z.array(TextBlockSchema),
  });
}
export type DocumentText = z.output<ReturnType<typeof makeTextSchema>>;
