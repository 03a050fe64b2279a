/**
 * Labelled fields of a task, in all their wordings ("- Cơ quan chủ trì: Sở Nội vụ",
 * "Đơn vị thực hiện: …", "- Thời gian thực hiện: Quý I/2026"), and the task(s) each field
 * block belongs to: the item it sits under, else the task(s) right above it.
 */
import type { Lexicon } from '../lexicon/load.ts';
import { readAgencyList } from './agency-grammar.ts';
import type { Block, ParsedDocument } from './types.ts';

/** One labelled field. */
export interface Field {
  field: 'lead' | 'partners' | 'timing' | 'product';
  /** The text after the label, as written. */
  value: string;
  /** Agencies named in the value (lead and partner fields). */
  agencies: string[];
}

/** Reads a field line ("- Đơn vị chủ trì: Sở Nội vụ"), or null when the text is not one. */
export function readField(text: string, lexicon: Lexicon): Field | null {
  const body = text.trim().replace(/^(?:[-+•*]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*)/u, '');
  const colon = body.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const label = body.slice(0, colon).trim();
  const value = body.slice(colon + 1).trim();
  const { fields } = lexicon.roles;
  // The whole label must be a field label: "Thời gian thực hiện nhiệm vụ:" is, "Chủ trì triển khai các nhiệm vụ:" is not.
  const kind = fields.lead.whole(label)
    ? 'lead'
    : fields.partners.whole(label)
      ? 'partners'
      : fields.timing.whole(label) || /^(?:thời gian|thời hạn|tiến độ)(?: thực hiện| hoàn thành)?(?: nhiệm vụ)?$/iu.test(label)
        ? 'timing'
        : fields.product.whole(label)
          ? 'product'
          : null;
  if (!kind) return null;
  const agencies =
    kind === 'lead' || kind === 'partners'
      ? value.split(/\s*;\s*/u).flatMap((part) => readAgencyList(part.replace(/[.;]\s*$/u, ''), 0, lexicon)?.mentions ?? [])
      : [];
  return { field: kind, value, agencies };
}

/**
 * The fields of the document by the block they describe. A field block under an item belongs
 * to that item; a field block that follows items of one list belongs to the items above it
 * back to the previous field block ("- Task A" / "- Task B" / "Đơn vị chủ trì: X").
 */
export function attachFields(parsed: ParsedDocument, lexicon: Lexicon): { fields: Map<number, Field[]>; isField: Set<number> } {
  const fields = new Map<number, Field[]>();
  const isField = new Set<number>();
  const read = parsed.blocks.map((block) => (block.cell ? null : readField(block.text, lexicon)));
  read.forEach((field, index) => {
    if (field) isField.add(index);
  });
  const add = (target: number, field: Field) => fields.set(target, [...(fields.get(target) ?? []), field]);
  for (const block of parsed.blocks) {
    const field = read[block.index];
    if (!field) continue;
    const parent = block.parent !== null ? parsed.blocks[block.parent] : undefined;
    // "1. Tổ chức tập huấn …" / "- Đơn vị chủ trì: Sở Nội vụ": the item the field sits under.
    if (parent && !isHeadingOfMany(parsed, parent, isField)) {
      add(parent.index, field);
      continue;
    }
    // "a) Rà soát …;" / "Cơ quan chủ trì: …" (a paragraph the nesting put beside the item): the items just above.
    for (const target of itemsAbove(parsed, block, isField)) add(target, field);
  }
  return { fields, isField };
}

/** True when a heading holds several items of its own, fields aside (then a field under it belongs to the item above it). */
function isHeadingOfMany(parsed: ParsedDocument, heading: Block, isField: Set<number>): boolean {
  let items = 0;
  for (const block of parsed.blocks) if (block.parent === heading.index && block.style !== 'none' && !isField.has(block.index)) items++;
  return items > 1;
}

/**
 * The items of the list right above a field block, back to the previous field block: one item
 * ("a) …" / "Cơ quan chủ trì: …"), or several ("- Task A" / "- Task B" / "Đơn vị chủ trì: X").
 */
function itemsAbove(parsed: ParsedDocument, field: Block, isField: Set<number>): number[] {
  const found: number[] = [];
  let index = field.index - 1;
  // The other lines of the same field block.
  while (index >= 0 && isField.has(index)) index--;
  for (; index >= 0; index--) {
    const block = parsed.blocks[index]!;
    if (isField.has(index) || block.index === field.parent) break;
    // Children of an item above belong to it; only its own level counts.
    if (block.parent !== field.parent) continue;
    if (block.kind === 'heading' && block.style !== 'none' && found.length > 0) break;
    found.push(index);
    // Unlabelled text above the fields is one item.
    if (block.style === 'none') break;
  }
  return found.reverse();
}
