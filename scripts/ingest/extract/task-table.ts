/**
 * Task tables: "| Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |" arrive as one
 * short paragraph per cell, rows no longer marked. After a header that names a lead column,
 * each task cell is followed by its agency cells in column order (the first names the lead,
 * the next the partners) and possibly a time cell; those cells become the task's fields.
 */
import { alternation, STRONG_VERBS, TASK_VERBS, WEAK_VERBS } from '../lexicon/verbs.ts';
import { STRONG_VERB, type TaskField } from './assignment.ts';
import { splitAgencyList, startsWithAgency } from './agency-list.ts';
import type { Block, ParsedDocument } from './types.ts';

const LEAD_HEADER = /^(?:Cơ quan|Đơn vị) chủ trì(?: thực hiện)?$/iu;
const TASK_HEADER = /nhiệm vụ|nội dung|giải pháp|hoạt động|đề án|dự án|công việc/iu;
const TIME_HEADER = /^(?:thời gian|thời hạn|tiến độ)/iu;
const TIME_CELL =
  /^(?:(?:Quý|quý)\s+[IV]+|(?:Năm|năm)\s+\d{4}|(?:Tháng|tháng)\s+\d{1,2}|\d{4}(?:\s*[-–]\s*\d{4})?$|(?:Trước|trước|Trong|trong)\s|Hằng năm|Hàng năm|Thường xuyên)/u;
const TASK_START = new RegExp(
  String.raw`^(?:${alternation([...STRONG_VERBS, ...TASK_VERBS, ...WEAK_VERBS, 'đánh giá', 'ứng dụng', 'phát triển', 'sửa đổi', 'tổng kết', 'điều tra', 'khảo sát', 'số hóa', 'kết nối', 'tích hợp', 'đầu tư', 'nâng cấp', 'thúc đẩy', 'đào tạo', 'bồi dưỡng', 'thí điểm', 'chuyển đổi', 'lập'])})(?=[\s,]|$)`,
  'iu',
);
/** Row numbers and group labels ("1", "I", "I.1", "a"): neither tasks nor fields. */
const ROW_LABEL = /^(?:[IVX]+(?:\.\d+)*|\d+(?:\.\d+)*|[a-zđ])\.?$/u;

function isPlainCell(block: Block | undefined): block is Block {
  return block !== undefined && block.style === 'none' && (block.kind === 'paragraph' || block.kind === 'heading');
}

/** Agencies of a cell that holds only agency names, else null. */
function agencyCell(text: string): string[] | null {
  if (text.length > 300 || !startsWithAgency(text, true) || STRONG_VERB.test(` ${text}`)) return null;
  const agencies = splitAgencyList(text.replace(/[.;]\s*$/u, ''));
  return agencies.length > 0 ? agencies : null;
}

/** Fields of the tasks in a document's task tables, by task block index, and the blocks that are field cells. */
export function taskTableFields(parsed: ParsedDocument): { fields: Map<number, TaskField[]>; cells: Set<number> } {
  const fields = new Map<number, TaskField[]>();
  const cells = new Set<number>();
  const { blocks } = parsed;
  for (const header of blocks) {
    if (!isPlainCell(header) || !LEAD_HEADER.test(header.text.trim())) continue;
    const before = blocks.slice(Math.max(0, header.index - 3), header.index);
    if (!before.some((cell) => isPlainCell(cell) && TASK_HEADER.test(cell.text))) continue;
    const columns = blocks
      .slice(header.index + 1, header.index + 5)
      .filter(isPlainCell)
      .map((cell) => cell.text.trim());
    const hasTime = columns.some((text) => TIME_HEADER.test(text));
    const agencyColumns = 1 + columns.filter((text) => /phối hợp/iu.test(text)).length;
    let task: number | null = null;
    let agencyCells = 0;
    // After a row number ("1", "2") the next cell is the row's task whatever verb opens it, and
    // its cells fill the columns in order, so an unnamed body in the lead column is not taken for a partner.
    let rowOpen = false;
    let numberedRow = false;
    for (let index = header.index + 1 + columns.length; index < blocks.length; index++) {
      const cell = blocks[index];
      if (!isPlainCell(cell) || LEAD_HEADER.test(cell.text.trim())) break;
      const text = cell.text.trim();
      if (ROW_LABEL.test(text)) {
        rowOpen = true;
        continue;
      }
      const agencies = agencyCell(text);
      const opensRow = rowOpen && !agencies && !TIME_CELL.test(text);
      numberedRow = opensRow || (numberedRow && !rowOpen);
      rowOpen = false;
      if (opensRow) {
        task = index;
        agencyCells = 0;
      } else if (agencies && task !== null && agencyCells < 2) {
        fields.set(task, [...(fields.get(task) ?? []), { field: agencyCells === 0 ? 'lead' : 'partners', value: text, agencies }]);
        cells.add(index);
        agencyCells += 1;
      } else if (hasTime && task !== null && TIME_CELL.test(text)) {
        fields.set(task, [...(fields.get(task) ?? []), { field: 'deadline', value: text, agencies: [] }]);
        cells.add(index);
      } else if (!agencies && TASK_START.test(text)) {
        // A task cell opens with its verb ("Nghiên cứu, xây dựng …"); result cells ("Nghị định") do not.
        task = index;
        agencyCells = 0;
      } else if (numberedRow && task !== null && agencyCells < agencyColumns && text.length <= 80 && !STRONG_VERB.test(` ${text}`)) {
        // A body without a head word ("Viễn thông Nghệ An") still fills its column.
        cells.add(index);
        agencyCells += 1;
      }
    }
  }
  return { fields, cells };
}
