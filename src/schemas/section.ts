import { z } from 'astro/zod';
import { NonEmptyText, Slug, type RefFactory } from './fields.ts';

/** Builds the schema of one section of a document's structure (a node of its tree). */
export function makeSectionSchema(ref: RefFactory) {
  return z.object({
    /** Document the section belongs to. */
    document: ref('documents'),
    /** HTML anchor on the document page, stable across re-conversions, e.g. `b-ii-1-1`. */
    anchor: Slug,
    /** Numbering label as written, e.g. "B", "II", "1.1", "a", "Phần thứ nhất"; empty when unnumbered. */
    label: z.string(),
    /** Heading text without its label, e.g. "MỤC ĐÍCH, YÊU CẦU". */
    heading: NonEmptyText,
    /** Depth in the tree, 1 for top-level sections. */
    level: z.number().int().min(1),
    /** Parent section (id of the sections collection), null at top level. */
    parent: ref('sections').nullable().default(null),
    /** Position in document order, from 0. */
    order: z.number().int().min(0),
    /** Line of the heading in the source file (1-based). */
    line: z.number().int().min(1),
  });
}
export type Section = z.output<ReturnType<typeof makeSectionSchema>>;
