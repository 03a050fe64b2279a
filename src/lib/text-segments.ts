/**
 * Splits a verbatim text into what a page shows as plain text, footnote markers and links.
 * Pages render every segment through Astro's escaping, so no character of a source can
 * become markup; only http(s) addresses that pass {@link isHttpUrl} become links.
 */
import { isHttpUrl } from '../schemas/fields.ts';

/** A piece of a text: plain text, a marker of footnote `label`, or a web address. */
export type Segment =
  { kind: 'text'; text: string } | { kind: 'footnote'; label: string; text: string } | { kind: 'link'; href: string; text: string };

// "(1)" or "[1]" after some text: a footnote marker ("… của tỉnh (2), chủ động …"); at the very
// start of a block "(1)" numbers a list item instead.
const FOOTNOTE = /(?<=\S ?)(?:\((\d{1,3})\)|\[(\d{1,3})\])/gu;
// A web address, without the punctuation that closes the sentence around it.
const ADDRESS = /https?:\/\/[^\s<>"'“”]+?(?=[.,;:!?)\]]*(?:\s|$))/giu;

/** Segments of `text`; markers become footnotes only for `labels` that the document has. */
export function textSegments(text: string, labels: ReadonlySet<string> = new Set()): Segment[] {
  const marks: { start: number; end: number; segment: Segment }[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    if (isHttpUrl(match[0]))
      marks.push({ start: match.index, end: match.index + match[0].length, segment: { kind: 'link', href: match[0], text: match[0] } });
  }
  for (const match of text.matchAll(FOOTNOTE)) {
    const label = match[1] ?? match[2] ?? '';
    const start = match.index;
    if (!labels.has(label) || marks.some((m) => start < m.end && start + match[0].length > m.start)) continue;
    marks.push({ start, end: start + match[0].length, segment: { kind: 'footnote', label, text: match[0] } });
  }
  marks.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) segments.push({ kind: 'text', text: text.slice(at, mark.start) });
    segments.push(mark.segment);
    at = mark.end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}
