/**
 * MDX body of a document: the full verbatim text (NFC), headings as JSX with stable ids,
 * commitments wrapped in <Commitment>, footnote markers as <FootnoteRef>, captions as
 * <Caption>. The components are passed by the site to `<Content components={…}/>`.
 * Footnote texts are not in the body: they are in the frontmatter (`footnotes`), and the
 * site lists them with ids `fn-<label>` that the markers link to.
 *
 * Everything MDX or markdown would interpret is written as a numeric character
 * reference, so the rendered page shows the source characters exactly.
 */
import type { Block, NormalizedLine, ParsedDocument } from './types.ts';

/** Characters MDX/markdown interpret anywhere in text. */
const SPECIAL = /[&<>{}*_[\]#|\\`~!]/g;
/** Characters that start a markdown block at the beginning of a line (lists, quotes, headings, setext rules). */
const LINE_START = /^([-+=>0-9.)]+)/;

/** Escapes text so MDX renders it verbatim. */
export function escapeMdx(text: string): string {
  const escaped = text.replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
  // "1. …", "- …", "+ …" or "> …" would start a list or a quote; escape the first character.
  return escaped.replace(LINE_START, (m) => `&#${m.charCodeAt(0)};${m.slice(1)}`);
}

/** Escapes a string for a JSX attribute value in double quotes. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Replaces inline footnote markers "(1)"/"[1]" (not at the start of the block) by <FootnoteRef>. */
function withFootnoteRefs(escaped: string, labels: Set<string>, seen: Map<string, number>): string {
  // After escaping, "[1]" reads "&#91;1&#93;"; "(1)" is unchanged.
  return escaped.replace(/(?<=\S ?)(?:\((\d{1,3})\)|&#91;(\d{1,3})&#93;)/g, (marker: string, a?: string, b?: string) => {
    const label = a ?? b ?? '';
    if (!labels.has(label)) return marker;
    const occurrence = (seen.get(label) ?? 0) + 1;
    seen.set(label, occurrence);
    return `<FootnoteRef label="${label}" occurrence={${occurrence}} />`;
  });
}

/** One paragraph of plain lines (front or back matter). */
function plainLines(lines: NormalizedLine[], className: string): string {
  if (lines.length === 0) return '';
  const inner = lines.map((l) => `<p>${escapeMdx(l.text)}</p>`).join('\n');
  return `<div class="${className}">\n${inner}\n</div>`;
}

/** Renders one body block. */
function renderBlock(block: Block, parsed: ParsedDocument, labels: Set<string>, seen: Map<string, number>): string {
  const text = (t: string) => withFootnoteRefs(escapeMdx(t), labels, seen);
  if (block.kind === 'heading') {
    const section = parsed.sections.find((s) => s.block === block.index);
    const level = Math.min(6, (section?.level ?? 1) + 1);
    const inner = block.text.split('\n').map(text).join('<br />');
    return `<h${level} id="${attr(section?.anchor ?? '')}">${inner}</h${level}>`;
  }
  if (block.kind === 'caption') return `<Caption>${text(block.text)}</Caption>`;
  return text(block.text);
}

/** Renders the whole MDX body; `commitments` maps commitment ids to their block index. */
export function renderMdx(parsed: ParsedDocument, commitments: { id: string; block: number }[]): string {
  const labels = new Set(parsed.footnotes.map((f) => f.label));
  const seen = new Map<string, number>();
  const byBlock = new Map<number, string[]>();
  for (const c of commitments) byBlock.set(c.block, [...(byBlock.get(c.block) ?? []), c.id]);
  const parts: string[] = [];
  const front = plainLines(parsed.frontMatterLines, 'document-header');
  if (front) parts.push(front);
  for (const block of parsed.blocks) {
    let html = renderBlock(block, parsed, labels, seen);
    // A block holding several commitments is wrapped once, by its first id.
    const ids = byBlock.get(block.index);
    if (ids) html = `<Commitment id="${attr(ids[0]!)}">\n\n${html}\n\n</Commitment>`;
    parts.push(html);
  }
  const back = plainLines(parsed.backMatterLines, 'document-signature');
  if (back) parts.push(back);
  return `${parts.join('\n\n')}\n`;
}

/**
 * The text a reader sees in an MDX body (tags dropped, character references decoded,
 * footnote markers as "(n)"), whitespace collapsed. Used by the "nothing lost" check.
 */
export function mdxToText(body: string): string {
  return (
    body
      .replace(/<FootnoteRef label="([^"]+)"[^>]*\/>/g, '($1)')
      .replace(/<br \/>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      // One pass, so an escaped "&amp;" of the source is not decoded twice.
      .replace(/&(#\d+|quot|amp);/g, (_, ref: string) =>
        ref === 'quot' ? '"' : ref === 'amp' ? '&' : String.fromCharCode(Number(ref.slice(1))),
      )
      .replace(/\s+/g, ' ')
      .trim()
  );
}
