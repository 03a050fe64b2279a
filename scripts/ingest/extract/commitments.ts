/**
 * Commitments: the actionable items of a document, each with lead and partner agencies,
 * deadlines, themes, targets and cited documents.
 *
 * Who leads an item: its own subject ("- Trung tâm … tập trung …") overrides the group;
 * otherwise the nearest lead-in above it ("Sở Y tế chủ trì, phối hợp với …:"), found
 * through the block's parents, its section headings, or the preceding lead-in line.
 * Lead-ins without a task of their own are not commitments; their children are.
 */
import {
  parseAssignment,
  parseEmbeddedAssignments,
  parseTaskField,
  STRONG_VERB,
  WEAK_VERB,
  type Assignment,
  type TaskField,
} from './assignment.ts';
import type { AgencyResolver } from './agencies.ts';
import type { FactsLexicon } from '../lexicon/facts-lexicon.ts';
import { deadlinesOf, extractTiming } from './timing/index.ts';
import { findReferences } from './references.ts';
import { taskTableFields } from './task-table.ts';
import { assignThemes, type CompiledThemes } from './themes.ts';
import type { Block, ExtractedCommitment, ExtractedTarget, ParsedDocument } from './types.ts';

/** What the commitment extractor needs besides the parsed document. */
export interface CommitmentInputs {
  documentId: string;
  resolver: AgencyResolver;
  themes: CompiledThemes;
  targets: ExtractedTarget[];
  /** Facts vocabularies (time words, document types), compiled. */
  facts: FactsLexicon;
}

const ACTION_SECTION =
  /nhiệm vụ|giải pháp|tổ chức thực hiện|phương hướng|định hướng|đột phá|trọng tâm|chỉ đạo|điều hành|kế hoạch|mục tiêu|chương trình|trách nhiệm|phân công|hoạt động|triển khai|biện pháp/iu;
const DESCRIPTIVE_SECTION =
  /kết quả|đánh giá|tình hình|hạn chế|nguyên nhân|bài học|kinh nghiệm|mục đích|yêu cầu|bối cảnh|căn cứ|sự cần thiết/iu;
const PAST_SECTION = /kết quả (?:thực hiện|đạt được)|những kết quả|tình hình thực hiện|hạn chế, yếu kém|nguyên nhân|bài học kinh nghiệm/iu;
const PREAMBLE =
  /^(?:Căn cứ|Xét|Theo đề nghị|Kính gửi|Trên cơ sở|Tại (?:khoản|điểm|Điều))|^(?:Hội đồng nhân dân|Ủy ban nhân dân|Chính phủ|Bộ trưởng|Chủ tịch|Thủ tướng)(?! các)[^.;:,]{0,50}\sban hành (?:Nghị quyết|Quyết định|Kế hoạch|Chương trình|Chỉ thị|Quy định|Thông tư|Nghị định|Quy chế|Công điện)/u;
const CLOSING = /thông báo (?:để|cho) [^.]{0,120}\bbiết|(?:biết|thực hiện)\.\/\.$/u;
// News sentences that report the event itself ("Chiều 5/7, hội nghị … khép lại", "… phát biểu
// chỉ đạo tại hội nghị", "Theo báo cáo …", shortcomings) are not directions.
const NEWS_EVENT =
  /^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua)\s+(?:ngày\s+)?\d|Theo báo cáo|Hội nghị|Bên cạnh (?:những|các) (?:mặt|kết quả))|phát biểu chỉ đạo tại|hạn chế, yếu kém/u;
const DIRECTION_CUE =
  /yêu cầu|đề nghị|chỉ đạo|cần|phải|tập trung|phấn đấu|nhiệm vụ|giải pháp|tiếp tục|đẩy mạnh|tăng cường|thời gian tới|thời gian còn lại/iu;
const PAST_REPORT = /(?:^|\s)(đã|đạt được|được công nhận|năm qua)(?=\s)/u;
const BACK_MATTER = /^(?:-\s*)?(?:Nơi nhận|Như trên|Như Điều \d+|Lưu\s*:|Lưu VT)(?=[\s:;,.]|$)/u;
// Form templates ("Tên tổ chức:............", "□ Điều chỉnh tiến độ") are blanks to fill, not tasks.
const TEMPLATE = /\.{6,}|…{3,}|_{5,}|□|☐/u;
// Administrative procedures and their lists describe how citizens are served, not who must act.
const PROCEDURE_SECTION = /thủ tục hành chính|quy trình nội bộ|quy trình điện tử|biểu mẫu|mẫu số|danh mục|hồ sơ/iu;

/** Sections by anchor, built once per document: rebuilding it per block made large documents quadratic. */
const SECTION_INDEX = new WeakMap<ParsedDocument, Map<string, ParsedDocument['sections'][number]>>();
function sectionsByAnchor(parsed: ParsedDocument): Map<string, ParsedDocument['sections'][number]> {
  let index = SECTION_INDEX.get(parsed);
  if (!index) SECTION_INDEX.set(parsed, (index = new Map(parsed.sections.map((section) => [section.anchor, section]))));
  return index;
}

function sectionHeadings(parsed: ParsedDocument, block: Block): string[] {
  const byAnchor = sectionsByAnchor(parsed);
  const headings: string[] = [];
  for (let anchor = block.section; anchor;) {
    const section = byAnchor.get(anchor);
    if (!section) break;
    headings.push(section.heading);
    anchor = section.parent;
  }
  return headings;
}

/** Finds the assignment an item inherits: parents, section headings, then the preceding lead-in. */
function inheritedAssignment(
  parsed: ParsedDocument,
  block: Block,
  own: Array<Assignment | null>,
): { assignment: Assignment; block: number } | null {
  for (let parent = block.parent; parent !== null; parent = parsed.blocks[parent]?.parent ?? null) {
    const assignment = own[parent];
    if (assignment) return { assignment, block: parent };
  }
  const byAnchor = sectionsByAnchor(parsed);
  for (let anchor = block.section; anchor;) {
    const section = byAnchor.get(anchor);
    if (!section) break;
    const assignment = own[section.block];
    if (assignment && section.block !== block.index) return { assignment, block: section.block };
    anchor = section.parent;
  }
  // Flat layouts: "Sở Y tế chủ trì, phối hợp …:" followed by "-" items without nesting.
  for (let index = block.index - 1; index >= 0; index -= 1) {
    const previous = parsed.blocks[index];
    if (!previous || previous.kind === 'heading' || previous.section !== block.section) break;
    const assignment = own[index];
    if (assignment?.leadIn) return { assignment, block: index };
    if (previous.style === block.style && previous.style !== 'dash' && previous.style !== 'plus' && previous.style !== 'bullet') break;
  }
  return null;
}

const CELL_LIKE = /^(?:[-x+]|\d+(?:[.,]\d+)*%?|[IVX]+|[A-Z]\d*|\p{L}+(?:\s+\p{L}+){0,2})$/u;

/**
 * Web tables arrive as one short paragraph per cell ("STT", "1", "250", "Nhiệm vụ thẩm định").
 * A plain paragraph with two such cells among its four neighbours is a cell too.
 */
function isTableCell(parsed: ParsedDocument, block: Block): boolean {
  if (block.style !== 'none' || block.kind !== 'paragraph') return false;
  const near = [block.index - 2, block.index - 1, block.index + 1, block.index + 2].map((index) => parsed.blocks[index]);
  return (
    near.filter((other) => other !== undefined && other.style === 'none' && other.kind === 'paragraph' && CELL_LIKE.test(other.text.trim()))
      .length >= 2
  );
}

function isActionable(parsed: ParsedDocument, block: Block, assigned: boolean, headings: string[]): boolean {
  const text = block.content || block.text;
  const lower = ` ${text.toLowerCase()}`;
  // A heading that is a whole sentence ("Điều 2. Giao Sở … căn cứ quy trình …") names no section topic.
  const topics = headings.filter((heading, index) => heading.length <= 120 && !(index === 0 && block.kind === 'heading'));
  // The innermost heading that says what its section is decides ("IV. Nội dung hoạt động" under "Đánh giá …").
  const decisive = topics.find((heading) => ACTION_SECTION.test(heading) || DESCRIPTIVE_SECTION.test(heading));
  // …except under a report of past results, whatever its subheadings say ("Kết quả …" / "1. Về thực hiện nhiệm vụ …").
  const descriptive = (decisive !== undefined && !ACTION_SECTION.test(decisive)) || topics.some((heading) => PAST_SECTION.test(heading));
  if (TEMPLATE.test(text)) return false;
  // A news paragraph that assigns agencies ("… đề nghị các Thủ trưởng cơ quan …") is a direction even when it reports the speech.
  if (parsed.header.kind === 'news')
    return (assigned || !NEWS_EVENT.test(text)) && DIRECTION_CUE.test(text) && !PAST_REPORT.test(text.slice(0, 80));
  if (!assigned && headings.some((heading) => PROCEDURE_SECTION.test(heading) && heading.length <= 160)) return false;
  // The preamble ("Căn cứ …", "Xét Tờ trình …", "Hội đồng nhân dân ban hành Nghị quyết …") and the
  // closing formula of a letter ("… thông báo để … biết, thực hiện") assign nothing.
  if (PREAMBLE.test(text) || CLOSING.test(text)) return false;
  // Table cells flattened into short paragraphs ("Nhiệm vụ thẩm định") are not tasks.
  if (!assigned && (text.split(/\s+/u).length < 6 || isTableCell(parsed, block))) return false;
  // Results of the last term ("Phần thứ nhất: Kết quả …") are reported, not assigned.
  if (descriptive) return false;
  if (assigned) return !PAST_REPORT.test(text.slice(0, 40));
  // Text before the first heading is a preamble unless the document has no headings at all.
  const inActionSection =
    decisive !== undefined ||
    headings.some((heading) => ACTION_SECTION.test(heading)) ||
    (parsed.sections.length === 0 && DIRECTION_CUE.test(text));
  return inActionSection && (STRONG_VERB.test(lower) || WEAK_VERB.test(lower)) && !PAST_REPORT.test(text.slice(0, 60));
}

/**
 * Field lines ("- Cơ quan chủ trì: …", "- Cơ quan phối hợp: …", "- Thời gian thực hiện: …")
 * describe the task just above them: its parent item, else the previous non-field block.
 */
function attachTaskFields(parsed: ParsedDocument): { fields: Map<number, TaskField[]>; isField: Set<number> } {
  const fields = new Map<number, TaskField[]>();
  const isField = new Set<number>();
  for (const block of parsed.blocks) {
    const field = parseTaskField(block.text);
    if (!field) continue;
    isField.add(block.index);
    let target = block.index - 1;
    while (target >= 0 && isField.has(target)) target -= 1;
    const parent = block.parent !== null ? parsed.blocks[block.parent] : undefined;
    if (parent && parent.kind !== 'heading') target = parent.index;
    if (target < 0) continue;
    fields.set(target, [...(fields.get(target) ?? []), field]);
  }
  return { fields, isField };
}

/** Extracts the commitments of a document in order. */
export function extractCommitments(parsed: ParsedDocument, inputs: CommitmentInputs): ExtractedCommitment[] {
  const table = taskTableFields(parsed);
  const own = parsed.blocks.map((block) =>
    block.kind === 'caption' || block.kind === 'table' || table.cells.has(block.index)
      ? null
      : parseAssignment(block.content || block.text),
  );
  // What children inherit: the block's own subject, else one it names inside a sentence
  // ("1. Căn cứ Chương trình …, yêu cầu Thủ trưởng các sở, ban, ngành tỉnh … tập trung …:").
  const inheritable = parsed.blocks.map(
    (block, index) =>
      own[index] ??
      (block.kind === 'caption' || block.kind === 'table' ? null : (parseEmbeddedAssignments(block.content || block.text)[0] ?? null)),
  );
  const footnotes = new Map(parsed.footnotes.map((footnote) => [footnote.label, footnote.text]));
  const perSection = new Map<string, number>();
  const { fields, isField } = attachTaskFields(parsed);
  // Cells of task tables are fields of the task in their row, like "- Cơ quan chủ trì: …" lines.
  for (const [task, cellFields] of table.fields) fields.set(task, [...(fields.get(task) ?? []), ...cellFields]);
  for (const cell of table.cells) isField.add(cell);
  const hasChildren = new Set(parsed.blocks.map((block) => block.parent).filter((parent): parent is number => parent !== null));
  const commitments: ExtractedCommitment[] = [];
  for (const block of parsed.blocks) {
    if (block.kind === 'caption' || block.kind === 'table' || isField.has(block.index) || BACK_MATTER.test(block.text.trim())) continue;
    const mine = own[block.index] ?? null;
    const taskFields = fields.get(block.index) ?? [];
    const fieldAssignment: Assignment | null = taskFields.some((field) => field.agencies.length > 0)
      ? {
          lead: taskFields.filter((field) => field.field === 'lead').flatMap((field) => field.agencies),
          partners: taskFields.filter((field) => field.field === 'partners').flatMap((field) => field.agencies),
          leadIn: false,
          task: block.text,
        }
      : null;
    if (mine?.leadIn && !fieldAssignment) continue;
    // A numbered task with "Cơ quan chủ trì: …" lines below is a heading in the tree but a task here.
    if (block.kind === 'heading' && !mine && !fieldAssignment) continue;
    // An item without a subject ("Chủ trì, phối hợp với …") keeps its partners and inherits its lead.
    const inherited = mine && mine.lead.length > 0 ? null : inheritedAssignment(parsed, block, inheritable);
    const embedded = parseEmbeddedAssignments(block.content || block.text);
    const source: Assignment | null =
      fieldAssignment && fieldAssignment.lead.length > 0
        ? fieldAssignment
        : mine && mine.lead.length === 0
          ? { ...mine, lead: inherited?.assignment.lead ?? [] }
          : (mine ?? inherited?.assignment ?? fieldAssignment);
    const headings = sectionHeadings(parsed, block);
    // "TTHC cấp tỉnh: 24 TTHC." looks like an assignment, but names no agency: it assigns nothing.
    const mentions = [
      ...(source?.lead ?? []),
      ...(source?.partners ?? []),
      ...embedded.flatMap((assignment) => [...assignment.lead, ...assignment.partners]),
    ];
    const assigned = mentions.some((mention) => inputs.resolver.isAgency(mention));
    if (!isActionable(parsed, block, assigned, headings)) continue;
    // "Thời hạn giải quyết:" or "… như sau:" with items below introduces them; the items are the tasks.
    if (/:\s*$/u.test(block.text) && hasChildren.has(block.index) && !fieldAssignment) continue;

    const resolveAll = (mentions: string[]): string[] => [
      ...new Set(mentions.map((mention) => inputs.resolver.resolve(mention)).filter((id): id is string => id !== null)),
    ];
    const lead = resolveAll([...(source?.lead ?? []), ...embedded.flatMap((assignment) => assignment.lead)]);
    const partners = resolveAll([...(source?.partners ?? []), ...embedded.flatMap((assignment) => assignment.partners)]).filter(
      (id) => !lead.includes(id),
    );

    const references = findReferences(block.text, inputs.facts.references);
    const cited = new Set(references.map((match) => match.reference.id));
    // "(3)" in the text points at footnote 3, whose cited documents the item implements.
    for (const marker of block.text.matchAll(/\((\d{1,2})\)/gu)) {
      const footnote = footnotes.get(marker[1] ?? '');
      if (footnote) for (const match of findReferences(footnote, inputs.facts.references)) cited.add(match.reference.id);
    }
    const leadInText = inherited ? (parsed.blocks[inherited.block]?.text ?? '') : '';
    const fieldTimes = taskFields.filter((field) => field.field === 'deadline').map((field) => field.value);
    const timing = extractTiming(block.text, {
      documentDate: parsed.header.issued,
      leadIn: leadInText,
      fields: fieldTimes,
      lexicon: inputs.facts,
    });

    const sectionKey = block.section ?? 'van-ban';
    const ordinal = (perSection.get(sectionKey) ?? 0) + 1;
    perSection.set(sectionKey, ordinal);
    commitments.push({
      id: `${inputs.documentId}--${sectionKey}--${ordinal}`,
      block: block.index,
      section: block.section,
      text: block.text,
      lead,
      partners,
      deadlines: deadlinesOf(timing),
      timing,
      themes: assignThemes(inputs.themes, block.text, [leadInText, ...headings].join(' ')),
      targets: inputs.targets.filter((target) => target.block === block.index).map((target) => target.id),
      references: [...cited].sort(),
      line: block.line,
      order: commitments.length,
    });
  }
  return commitments;
}
