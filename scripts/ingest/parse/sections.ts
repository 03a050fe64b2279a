/**
 * Nesting and the section tree: segments → blocks with parents, and the sections they form.
 *
 * Nesting uses a stack of numbering styles, as legal-text parsers do: a style already on
 * the stack starts a sibling, a deeper style starts a child, a shallower one closes the
 * levels under it. Which style is deeper comes from the usual order of Vietnamese
 * documents (Phần > Chương > Mục > Điều > A. > I. > 1. > 1.1. > a) > (1) > - > +).
 * A numbered block becomes a section when something nests under it; Phần/Chương/Điều/
 * A./I. and unnumbered upper-case or inline headings are always sections.
 */
import { slugify } from '../../../src/lib/slug.ts';
import type { Segment } from '../segment.ts';
import type { Block, LabelStyle, SectionNode } from '../types.ts';
import { numberingStyle } from './numbering.ts';

/**
 * Depth rank of a nesting key: smaller is shallower. Label styles take their rank from the
 * numbering table; "1.1." is deeper than "1." by a tenth per level. Two keys are not labels:
 * an unnumbered upper-case heading ("CHƯƠNG TRÌNH HÀNH ĐỘNG" after the articles) starts a
 * top-level part, and a lead-in line ("Sở Y tế chủ trì, phối hợp …:") holds the a) / (1) /
 * - / + items after it.
 */
function rankOf(key: string): number {
  if (key === 'heading') return 0;
  if (key === 'appendix-heading') return 0.5;
  if (key === 'lead-in') return 8.95;
  const nested = /^arabic-(\d+)$/.exec(key);
  if (nested) return 8 + (Number(nested[1]) - 1) / 10;
  return numberingStyle(key as LabelStyle)?.rank ?? 15;
}

/** Keys that always make a section: unnumbered headings and the styles the numbering table says so of. */
const alwaysSection = (key: string): boolean =>
  key === 'heading' || key === 'appendix-heading' || numberingStyle(key as LabelStyle)?.alwaysSection === true;
/** Keys of list items, closed by any unnumbered paragraph. */
const ITEM_KEYS = new Set(['lead-in', 'dash', 'plus', 'bullet']);

/** Stack key of a segment, or null for a plain paragraph/caption. */
function keyOf(seg: Segment, stack: { key: string; label: string }[]): string | null {
  // Inside an appendix or form ("PHỤ LỤC 01", "Mẫu số 01") an upper-case title belongs to it.
  if (seg.kind === 'heading' && seg.style === 'none') return stack.some((s) => s.key === 'appendix') ? 'appendix-heading' : 'heading';
  if (seg.style === 'arabic') return 'arabic-1';
  if (seg.style === 'arabic-nested') return `arabic-${seg.label.split('.').length}`;
  if (seg.style === 'roman' && /^[IVX]$/.test(seg.label)) {
    // "I." after "H.", "V." after "U.": letters that look like roman numerals.
    const previous = { I: 'H', V: 'U', X: 'W' }[seg.label];
    if (stack.some((s) => s.key === 'upper-letter' && s.label === previous)) return 'upper-letter';
  }
  if (seg.style === 'none') return seg.kind === 'paragraph' && /:$/u.test(seg.text) ? 'lead-in' : null;
  return seg.style;
}

/** Nests segments into blocks (parent indexes set, sections not yet). */
export function nest(segments: Segment[]): { blocks: Block[]; keys: (string | null)[] } {
  const stack: { key: string; label: string; index: number; text: string }[] = [];
  const blocks: Block[] = [];
  const keys: (string | null)[] = [];
  segments.forEach((seg, index) => {
    const key = keyOf(seg, stack);
    keys.push(key);
    if (key === null || key === 'lead-in') {
      while (stack.length > 0 && ITEM_KEYS.has(stack[stack.length - 1]!.key)) stack.pop();
      // A numbered item that is a finished sentence ("h) Bộ Xây dựng phối hợp … ." or "…;") holds
      // no paragraphs: the text after it ("Văn phòng Chính phủ xin thông báo …") belongs to the level above.
      while (stack.length > 0 && rankOf(stack[stack.length - 1]!.key) >= 8 && /[.;]["”)]*$/u.test(stack[stack.length - 1]!.text))
        stack.pop();
    }
    if (key !== null) {
      const same = stack.findIndex((s) => s.key === key);
      if (same >= 0) stack.length = same;
      else while (stack.length > 0 && rankOf(stack[stack.length - 1]!.key) >= rankOf(key)) stack.pop();
    }
    const parent = stack.length > 0 ? stack[stack.length - 1]!.index : null;
    const style = key === 'upper-letter' ? 'upper-letter' : seg.style;
    blocks.push({ ...seg, style, index, parent, section: null, zone: 'body' });
    if (key !== null) stack.push({ key, label: seg.label, index, text: seg.text });
  });
  return { blocks, keys };
}

/**
 * Ids the document page already uses for its own parts (src/pages/van-ban, src/components):
 * a section heading "Chỉ tiêu" must not get the id of the page's targets table.
 */
const PAGE_IDS = new Set([
  'main',
  'muc-luc',
  'toan-van',
  'chu-thich',
  'co-quan',
  'chi-tieu',
  'so-lieu',
  'lien-quan',
  'trich-dan',
  'trich-dan-boi',
  'van-ban-trich-dan',
  'chu-de',
  'dia-phuong',
  'thoi-han',
  'tinh-trang',
  'thoi-gian',
]);

/** Own part of an anchor: "1.2" under "1" → "2"; "Phần thứ nhất" → "phan-thu-nhat"; unnumbered → heading slug. */
function ownAnchor(block: Block, parent: Block | undefined): string {
  if (block.label === '') return slugify(block.content, 40) || 'muc';
  const style = numberingStyle(block.style);
  return style ? style.anchor(block.label, parent?.label ?? null) : slugify(block.label) || 'muc';
}

/** Builds the section tree and sets each block's kind and section anchor. */
export function buildSections(segments: Segment[]): { blocks: Block[]; sections: SectionNode[] } {
  const { blocks, keys } = nest(segments);
  // A photo caption under an item does not make the item a group.
  const hasChildren = new Set(
    blocks
      .filter((b) => b.kind !== 'caption')
      .map((b) => b.parent)
      .filter((p): p is number => p !== null),
  );
  const isSection = (b: Block, i: number) =>
    b.kind !== 'caption' &&
    keys[i] !== null &&
    keys[i] !== 'lead-in' &&
    !ITEM_KEYS.has(keys[i]!) &&
    keys[i] !== 'paren-number' &&
    (alwaysSection(keys[i]!) || hasChildren.has(i));
  const sections: SectionNode[] = [];
  const anchorOf = new Map<number, string>();
  const used = new Set<string>();
  blocks.forEach((block, i) => {
    if (!isSection(block, i)) {
      if (block.kind === 'heading') block.kind = 'paragraph';
      return;
    }
    block.kind = 'heading';
    let up = block.parent;
    while (up !== null && !anchorOf.has(up)) up = blocks[up]!.parent;
    const parentAnchor = up === null ? null : anchorOf.get(up)!;
    const own = ownAnchor(block, up === null ? undefined : blocks[up]);
    let anchor = parentAnchor ? `${parentAnchor}-${own}` : own;
    if (PAGE_IDS.has(anchor) || /^fn(ref)?-/.test(anchor)) anchor = `${anchor}-muc`;
    for (let n = 2; used.has(anchor); n++) anchor = `${parentAnchor ? `${parentAnchor}-` : ''}${own}-${n}`;
    used.add(anchor);
    anchorOf.set(i, anchor);
    const parentNode = sections.find((s) => s.anchor === parentAnchor);
    sections.push({
      anchor,
      label: block.label,
      heading: block.content || block.text,
      level: parentNode ? parentNode.level + 1 : 1,
      line: block.line,
      parent: parentAnchor,
      order: sections.length,
      block: i,
    });
  });
  for (const block of blocks) {
    if (block.kind !== 'heading' && block.kind !== 'paragraph' && block.kind !== 'caption') block.kind = 'item';
    let up: number | null = block.index;
    while (up !== null && !anchorOf.has(up)) up = blocks[up]!.parent;
    block.section = up === null ? null : anchorOf.get(up)!;
  }
  return { blocks, sections };
}
