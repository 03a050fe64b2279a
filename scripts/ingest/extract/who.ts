/**
 * Who leads and who partners each task, with explicit scope rules:
 *
 * 1. A task-table row takes its own row's cells, never the row above's.
 * 2. An item's own subject or directive ("Sở Y tế chủ trì …", "Giao X …", "Đề nghị X …") overrides
 *    what it inherits; an item that names only its role ("Chủ trì, phối hợp với Y …", "Phối hợp
 *    với Y …") keeps its partners and inherits its lead.
 * 3. Labelled fields ("Đơn vị chủ trì: X", "- Cơ quan phối hợp: Y") give the lead and partners
 *    of the task(s) they belong to.
 * 4. Otherwise the nearest enclosing assignment covers the item: an agency heading ("3. Sở Nông
 *    nghiệp và Môi trường", "Trách nhiệm của X", "Đối với X", "Đề nghị X"), a lead-in ("Sở Y tế
 *    chủ trì, phối hợp với …:"), a heading whose own clause names its subject; a lead-in's
 *    partners go with it. A requester ("Thủ tướng Chính phủ yêu cầu:") stands in only when
 *    nobody else is named.
 * 5. A document-wide lead-in ("Chủ tịch UBND thành phố yêu cầu Giám đốc các sở … thực hiện các
 *    nhiệm vụ sau:") gives the agencies it requests to every later item without its own.
 */
import type { Clause } from './clause.ts';
import type { Field } from './fields.ts';
import type { SelectedTask } from './tasks.ts';
import type { ParsedDocument } from './types.ts';

/** Who a task names, as written (not yet resolved to agencies). */
export interface Who {
  lead: string[];
  partners: string[];
  /** The block the lead was inherited from (its text's deadlines apply to the task), or null. */
  inheritedFrom: number | null;
}

/** An assignment that covers the blocks under it. */
interface GroupAssignment {
  lead: string[];
  partners: string[];
  block: number;
  /** Only a requester: the lead when the item names nobody else. */
  requesterOnly: boolean;
}

/** The assignment a block makes for the blocks under it, if any. */
function groupAssignment(clause: Clause, block: number): GroupAssignment | null {
  if (clause.past) return null;
  if (clause.lead.length > 0 && (clause.actor === 'subject' || clause.actor === 'directive'))
    return { lead: clause.lead, partners: clause.partners, block, requesterOnly: false };
  if (clause.requester.length > 0 && clause.assignsOnly) return { lead: clause.requester, partners: [], block, requesterOnly: true };
  return null;
}

/** The document-wide lead-in: "X yêu cầu A, B … thực hiện các nhiệm vụ sau:" before the operative part. */
function documentLeadIn(parsed: ParsedDocument, clauses: Clause[]): GroupAssignment | null {
  for (const block of parsed.blocks) {
    if (block.parent !== null || block.cell) continue;
    if (block.zone !== 'preamble' && block.zone !== 'body') continue;
    const clause = clauses[block.index]!;
    // The agencies a request names, not the issuer's own "ban hành Kế hoạch" nor an appeal to everyone.
    if (clause.actor === 'directive' && clause.lead.length > 0 && /:\s*$/u.test(block.text))
      return { lead: clause.lead, partners: clause.partners, block: block.index, requesterOnly: false };
  }
  return null;
}

/** Decides who each selected task names. */
export function assignWho(
  parsed: ParsedDocument,
  tasks: SelectedTask[],
  clauses: Clause[],
  fields: Map<number, Field[]>,
): Map<number, Who> {
  const who = new Map<number, Who>();
  const wide = documentLeadIn(parsed, clauses);
  for (const task of tasks) {
    if (task.row) {
      who.set(task.block, { lead: task.row.lead, partners: task.row.partners, inheritedFrom: null });
      continue;
    }
    // "3. Xây dựng các văn bản …" / "Sở, ban, ngành … có trách nhiệm …": the paragraph it takes in names the actor.
    const absorbedActor = task.absorbed
      .map((index) => clauses[index]!)
      .find((c) => c.lead.length > 0 && (c.actor === 'subject' || c.actor === 'directive'));
    const found = clauses[task.block]!.lead.length === 0 && absorbedActor ? absorbedActor : clauses[task.block]!;
    // "Tổ chức đánh giá giữa kỳ. Giao Sở Kế hoạch và Đầu tư chủ trì …": a later directive names the actor.
    const clause =
      found.lead.length === 0 && found.alsoLead.length > 0
        ? { ...found, lead: found.alsoLead, alsoLead: [], actor: 'directive' as const }
        : found;
    const own = clause.lead.length > 0 && (clause.actor === 'subject' || clause.actor === 'directive');
    const ownFields = [task.block, ...task.absorbed].flatMap((index) => fields.get(index) ?? []);
    const fieldLead = ownFields.filter((field) => field.field === 'lead').flatMap((field) => field.agencies);
    const fieldPartners = ownFields.filter((field) => field.field === 'partners').flatMap((field) => field.agencies);
    const ownPartners = unique([...clause.partners, ...task.absorbed.flatMap((index) => clauses[index]?.partners ?? []), ...fieldPartners]);
    if (own) {
      who.set(task.block, { lead: unique([...clause.lead, ...clause.alsoLead]), partners: ownPartners, inheritedFrom: null });
      continue;
    }
    if (fieldLead.length > 0) {
      who.set(task.block, { lead: unique(fieldLead), partners: ownPartners, inheritedFrom: null });
      continue;
    }
    const group =
      inherited(parsed, task.block, clauses) ?? leadInAbove(parsed, task.block, clauses) ?? (wide && wide.block < task.block ? wide : null);
    if (!group) {
      who.set(task.block, { lead: [], partners: ownPartners, inheritedFrom: null });
      continue;
    }
    // A lead-in's partners go with its items unless the item names its own.
    const partners = ownPartners.length > 0 || clause.actor === 'role' ? ownPartners : group.partners;
    who.set(task.block, { lead: group.lead, partners: unique(partners), inheritedFrom: group.block });
  }
  return who;
}

/**
 * A lead-in at the level of the block's list, above its first item: "Để thực hiện thắng lợi …, Ủy ban
 * nhân dân tỉnh xác định những nội dung trọng tâm … như sau:" / "1. …" / "2. …" (the numbered items
 * nest beside the lead-in, not under it).
 */
function leadInAbove(parsed: ParsedDocument, index: number, clauses: Clause[]): GroupAssignment | null {
  const block = parsed.blocks[index]!;
  for (let at = index - 1; at >= 0; at--) {
    const previous = parsed.blocks[at]!;
    if (previous.index === block.parent) return null;
    if (previous.parent !== block.parent) continue;
    if (previous.style === 'none' && /:\s*$/u.test(previous.text)) {
      const group = groupAssignment(clauses[at]!, at);
      if (group && clauses[at]!.assignsOnly) return group;
      return null;
    }
    if (previous.kind === 'heading' && previous.style === 'none') return null;
  }
  return null;
}

/** The nearest enclosing assignment of a block: its parents, then the requester-only ones. */
function inherited(parsed: ParsedDocument, index: number, clauses: Clause[]): GroupAssignment | null {
  let requester: GroupAssignment | null = null;
  for (let at = parsed.blocks[index]!.parent; at !== null; at = parsed.blocks[at]?.parent ?? null) {
    const group = groupAssignment(clauses[at]!, at);
    if (!group) continue;
    if (!group.requesterOnly) return group;
    requester ??= group;
  }
  return requester;
}

const unique = (mentions: string[]): string[] => [...new Set(mentions)];
