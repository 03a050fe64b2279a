/** Every document cited anywhere in the body, the title or the footnotes, merged by id. */
import { canonicalNumber } from '../lexicon/document-types.ts';
import { findReferences, mergeReferences, type ReferenceGrammar } from './references.ts';
import type { ExtractedReference, ParsedDocument } from './types.ts';

/** Collects the references of a document, sorted by id. */
export function extractReferences(parsed: ParsedDocument, grammar: ReferenceGrammar): ExtractedReference[] {
  const texts = [parsed.header.title, ...parsed.blocks.map((block) => block.text), ...parsed.footnotes.map((footnote) => footnote.text)];
  const own = parsed.header.number ? canonicalNumber(parsed.header.number, grammar.types) : null;
  return mergeReferences(texts.flatMap((text) => findReferences(text, grammar).map((match) => match.reference))).filter(
    (reference) => reference.number !== own,
  );
}
