/**
 * Which blocks are tasks: an actor plus a directive, an imperative item, or a task-table row,
 * in an operative zone, at the finest level that has its own text.
 *
 * - Operative zones: tasks, organisation, and body (a text without headings). Procedure steps
 *   the document itself enacts, and funding paragraphs, are tasks only when they name who acts;
 *   purpose, assessment, goals (targets), scope, preamble, closing formulas, the entry into
 *   force, forms and appendix catalogues never are.
 * - A heading, lead-in or agency heading whose children are tasks is not a task; a label with
 *   its own clause whose children are noun phrases is one task, and so is a clause label with
 *   one unmarked paragraph under it ("b) Xây dựng … vận hành:" / "Xây dựng, phát triển …"), and so is an
 *   item that names a lead and partners with one unmarked paragraph under it ("1. Sở X chủ trì, phối hợp
 *   với Y:" / "Rà soát …").
 * - Field lines, row numbers and the other cells of a task row, notes in brackets and noun
 *   phrases ("- Nền tảng dữ liệu nông nghiệp") are not tasks.
 */
import type { Lexicon } from '../lexicon/load.ts';
import { isUpperCaseLine } from '../parse/terminals.ts';
import type { Clause } from './clause.ts';
import type { TableTask } from './task-table.ts';
import type { Block, ParsedDocument } from './types.ts';

/** A task and the blocks it takes in (its one unmarked paragraph, noun-phrase children). */
export interface SelectedTask {
  block: number;
  absorbed: number[];
  /** The task row of a task table, when the task is one. */
  row?: TableTask;
}

/** What the selection needs to know about every block. */
export interface BlockFacts {
  clauses: Clause[];
  isField: Set<number>;
  tableTasks: TableTask[];
}

const BACK_MATTER = /^(?:-\s*)?(?:Nơi nhận|Như trên|Như Điều \d+|Lưu\s*:|Lưu VT)(?=[\s:;,.]|$)/u;
// Form templates ("Tên tổ chức:............", "□ Điều chỉnh tiến độ") are blanks to fill, not tasks.
const TEMPLATE = /\.{6,}|…{3,}|_{5,}|□|☐/u;
// "(Danh mục các nhiệm vụ trọng tâm tại Phụ lục kèm theo)": a note, not a task.
const NOTE = /^\(.*\)\.?$/su;
// The issuer's own act ("Hội đồng nhân dân ban hành Nghị quyết …") assigns nothing.
const ENACTMENT =
  /^(?:Hội đồng nhân dân|Ủy ban nhân dân|Chính phủ|Bộ trưởng|Chủ tịch|Thủ tướng)(?! các)[^.;:,]{0,60}\sban hành (?:Nghị quyết|Quyết định|Kế hoạch|Chương trình|Chỉ thị|Quy định|Thông tư|Nghị định|Quy chế|Công điện)/u;
// The text's own amendments ("1. Sửa đổi, bổ sung khoản 2 Điều 2 như sau:", "c) Bãi bỏ Điều 12.", "a) Thay thế
// cụm từ …") are acts of the document itself, not tasks: they name units of a regulation, not work to do.
// The decision's own act: "Điều 1. Ban hành kèm theo Quyết định này Quy chế …", "Thông qua Báo cáo …",
// "Công bố kèm theo Quyết định này danh mục …".
const OWN_ACT = /^(?:Ban hành|Công bố|Phê duyệt|Ban hành và công bố)\s+kèm theo\s|^Thông qua\s/u;
const AMENDMENT =
  /^(?:Sửa đổi|Bổ sung|Bãi bỏ|Thay thế|Bãi bỏ, thay thế|Thay thế, bãi bỏ|Sửa đổi, bổ sung|Bổ sung, sửa đổi|Đính chính)(?:,?\s+(?:bổ sung|bãi bỏ|thay thế))?\s+(?:một số\s+|các\s+)?(?:khoản|điểm|điều|Điều|mục|tiết|cụm từ|từ|tên|phụ lục|Phụ lục|mẫu|Mẫu|chương|Chương)(?=[\s,])/u;
// News sentences that report the event itself are not directions.
const NEWS_EVENT =
  /^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua)\s+(?:ngày\s+)?\d|Theo báo cáo|Hội nghị|Bên cạnh (?:những|các) (?:mặt|kết quả))|phát biểu chỉ đạo tại|hạn chế, yếu kém/u;
const DIRECTION_CUE =
  /yêu cầu|đề nghị|chỉ đạo|cần|phải|tập trung|phấn đấu|nhiệm vụ|giải pháp|tiếp tục|đẩy mạnh|tăng cường|thời gian tới|thời gian còn lại/iu;

const OPERATIVE = new Set<Block['zone']>(['tasks', 'organisation', 'body']);

/** True when the block lies inside an appendix ("PHỤ LỤC …", "Mẫu số …"). */
function inAppendix(parsed: ParsedDocument, block: Block): boolean {
  for (let at = block.parent; at !== null; at = parsed.blocks[at]?.parent ?? null) if (parsed.blocks[at]?.style === 'appendix') return true;
  return block.style === 'appendix';
}

/** True when the zone lets the block be a task, given what its clause says. */
function inTaskZone(parsed: ParsedDocument, block: Block, clause: Clause): boolean {
  if (OPERATIVE.has(block.zone)) return true;
  const named = (clause.actor === 'subject' || clause.actor === 'directive') && clause.lead.length > 0 && !clause.past;
  // "Phòng Kinh tế rà soát, thẩm định …" in a procedure the document enacts; "Giao Sở Tài chính cân đối kinh phí …".
  if (block.zone === 'procedure') return named && !inAppendix(parsed, block);
  if (block.zone === 'funding') return named;
  return false;
}

/** True when the text of the block is itself a task: an actor with an action, or an imperative. */
function isTaskText(parsed: ParsedDocument, block: Block, clause: Clause): boolean {
  const text = block.content || block.text;
  if (TEMPLATE.test(text) || NOTE.test(text.trim()) || ENACTMENT.test(text) || AMENDMENT.test(text) || OWN_ACT.test(text)) return false;
  if (clause.past || clause.assignsOnly) return false;
  // "PHỐI HỢP THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ …": a title in capitals, not a task.
  if (isUpperCaseLine(text)) return false;
  // "- VP UBND tỉnh: V, C;": a recipient with its codes, not an agency and its task.
  if (/^[^:]{2,60}:\s*(?:\S+\s*){0,3}[;.]?$/u.test(text) && clause.actor === 'subject') return false;
  if (parsed.header.kind === 'news') {
    // A news paragraph that assigns agencies ("… đề nghị các thủ trưởng cơ quan …") is a direction even when it
    // reports the speech; a dateline sentence ("Chiều 5/7, Ủy ban nhân dân tỉnh tổ chức …") reports the event.
    return (clause.actor === 'directive' || !NEWS_EVENT.test(text)) && DIRECTION_CUE.test(text);
  }
  if (clause.actor === 'subject' || clause.actor === 'directive') return clause.lead.length > 0;
  // "1. Tập trung.", "3. Kết hợp trực tiếp và trực tuyến.": a form named by its verb, not a task.
  return clause.imperative && text.split(/\s+/u).length >= 5;
}

/** Selects the tasks of a document. */
export function selectTasks(parsed: ParsedDocument, facts: BlockFacts, lexicon: Lexicon): SelectedTask[] {
  void lexicon;
  const { blocks } = parsed;
  const rowOf = new Map(facts.tableTasks.map((row) => [row.block, row]));
  const cellOf = new Set(facts.tableTasks.flatMap((row) => row.cells));
  const skip = (block: Block) =>
    block.kind === 'caption' ||
    facts.isField.has(block.index) ||
    BACK_MATTER.test(block.text.trim()) ||
    (block.cell !== undefined && !rowOf.has(block.index));
  const children = new Map<number, Block[]>();
  for (const block of blocks) {
    if (block.parent === null || skip(block) || cellOf.has(block.index)) continue;
    children.set(block.parent, [...(children.get(block.parent) ?? []), block]);
  }
  const isTask = new Map<number, SelectedTask>();
  const hasTaskBelow = new Set<number>();
  // Children come after their parents: deciding from the end sees every child before its parent.
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!;
    const row = rowOf.get(index);
    if (row) {
      isTask.set(index, { block: index, absorbed: [], row });
      markAbove(parsed, block, hasTaskBelow);
      continue;
    }
    if (skip(block) || cellOf.has(index)) continue;
    const clause = facts.clauses[index]!;
    const kids = children.get(index) ?? [];
    // "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng UBND tỉnh:" / "Rà soát, …" / "Thời hạn hoàn
    // thành …": an item that assigns a lead and partners, then states its one action in unmarked paragraphs, is one task.
    const kidTasks = kids.filter((kid) => isTask.has(kid.index) || hasTaskBelow.has(kid.index));
    if (
      clause.assignsOnly &&
      clause.lead.length > 0 &&
      clause.partners.length > 0 &&
      block.style !== 'none' &&
      kids.every((kid) => kid.style === 'none') &&
      kidTasks.length === 1 &&
      !hasTaskBelow.has(kidTasks[0]!.index) &&
      inTaskZone(parsed, block, clause)
    ) {
      isTask.delete(kidTasks[0]!.index);
      isTask.set(index, { block: index, absorbed: kids.map((kid) => kid.index) });
      markAbove(parsed, block, hasTaskBelow);
      continue;
    }
    if (!inTaskZone(parsed, block, clause) || !isTaskText(parsed, block, clause)) continue;
    if (hasTaskBelow.has(index)) {
      // "Điều 2. Giao Bộ trưởng Bộ Nội vụ … trình Quốc hội …" over "Bộ Nội vụ chịu trách nhiệm …": an article
      // with its own actor and action is a task, and so is each child.
      if (block.style === 'article' && (clause.actor === 'subject' || clause.actor === 'directive')) {
        isTask.set(index, { block: index, absorbed: [] });
        markAbove(parsed, block, hasTaskBelow);
        continue;
      }
      // "b) Xây dựng, phát triển nền tảng …:" or "3. Xây dựng các văn bản quy phạm …" with one unmarked
      // paragraph under it: one task, the label's (an agency heading with one paragraph is not task text).
      const only = kids.length === 1 ? kids[0]! : undefined;
      if (!(only && only.style === 'none' && isTask.has(only.index) && block.style !== 'none')) continue;
      isTask.delete(only.index);
      isTask.set(index, { block: index, absorbed: [only.index] });
      markAbove(parsed, block, hasTaskBelow);
      continue;
    }
    isTask.set(index, { block: index, absorbed: kids.map((kid) => kid.index) });
    markAbove(parsed, block, hasTaskBelow);
  }
  dropFlatLeadIns(parsed, isTask, hasTaskBelow);
  return [...isTask.values()].sort((a, b) => a.block - b.block);
}

/**
 * "…, Thủ tướng Chính phủ yêu cầu … tập trung thực hiện một số giải pháp sau:" / "1. …" / "2. …": a
 * paragraph that ends with a colon and is followed by list items beside it (not under it) is
 * their lead-in, not a task of its own, when the first item is a task or holds tasks.
 */
function dropFlatLeadIns(parsed: ParsedDocument, isTask: Map<number, SelectedTask>, hasTaskBelow: Set<number>): void {
  for (const task of [...isTask.values()]) {
    const block = parsed.blocks[task.block]!;
    if (block.style !== 'none' || task.absorbed.length > 0 || !/:\s*$/u.test(block.text)) continue;
    const next = parsed.blocks[task.block + 1];
    if (!next || next.parent !== block.parent || next.style === 'none') continue;
    if (isTask.has(next.index) || hasTaskBelow.has(next.index)) isTask.delete(task.block);
  }
}

/** Marks every ancestor of a task as holding a task. */
function markAbove(parsed: ParsedDocument, block: Block, marks: Set<number>): void {
  for (let at = block.parent; at !== null; at = parsed.blocks[at]?.parent ?? null) marks.add(at);
}
