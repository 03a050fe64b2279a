/** Every document cited anywhere in the body, the title or the footnotes, merged by id. */
import { findReferences, mergeReferences } from './references.ts';
import type { ExtractedReference, ParsedDocument } from './types.ts';

/** Collects the references of a document, sorted by id. */
export function extractReferences(parsed: ParsedDocument): ExtractedReference[] {
  const texts = [parsed.header.title, ...parsed.blocks.map((block) => block.text), ...parsed.footnotes.map((footnote) => footnote.text)];
  const own = parsed.header.number;
  return mergeReferences(texts.flatMap((text) => findReferences(text).map((match) => match.reference))).filter(
    (reference) => reference.number !== own,
  );
}
