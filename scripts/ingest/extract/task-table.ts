/**
 * Task tables: a table whose header names a task column and a lead or partner column
 * ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm"). Each data row
 * is one task; its own cells give its lead, partners and time, never the row above's. Tables of
 * procedure steps ("Bước 1 | Kiểm tra hồ sơ | Bộ phận một cửa | 0,5 ngày") are catalogues, not tasks.
 */
import type { Lexicon } from '../lexicon/load.ts';
import { readAgencyList } from './agency-grammar.ts';
import type { ParsedDocument, Table } from '../types.ts';

/** One task row of a task table. */
export interface TableTask {
  /** The first block of the task cell: where the commitment is anchored. */
  block: number;
  /** Every block of the row (cells, the row number), none of which is a task of its own. */
  cells: number[];
  lead: string[];
  partners: string[];
  /** Text of the timing cell ("2026-2027", "Quý I/2026"), '' when none. */
  timing: string;
}

/** True when the table lists tasks with who does them. */
export function isTaskTable(table: Table, parsed: ParsedDocument): boolean {
  const roles = new Set(table.columns);
  if (!roles.has('task') || !(roles.has('lead') || roles.has('partners')) || roles.has('step')) return false;
  // "Bước 1", "B1" in the first column: the steps of a procedure.
  const first = table.columns.indexOf('number');
  if (first >= 0) {
    const labels = table.rows.filter((row) => row.kind === 'data').map((row) => row.cells[first] ?? []);
    const steps = labels.filter((cell) => cell.some((index) => /^(?:Bước|B)\s*\d/u.test(parsed.blocks[index]!.text))).length;
    if (steps > labels.length / 2) return false;
  }
  return true;
}

/** Agencies of the cells of one column of a row: "Các sở, ban, ngành; UBND các phường, xã". */
function columnAgencies(parsed: ParsedDocument, cell: number[], lexicon: Lexicon): string[] {
  return cell
    .flatMap((index) => parsed.blocks[index]!.text.replace(/^[-+•]\s*/u, '').split(/\s*;\s*/u))
    .flatMap((part) => readAgencyList(part.replace(/[.;]\s*$/u, ''), 0, lexicon)?.mentions ?? []);
}

/** The task rows of the document's task tables. */
export function tableTasks(parsed: ParsedDocument, lexicon: Lexicon): TableTask[] {
  const tasks: TableTask[] = [];
  for (const table of parsed.tables) {
    if (!isTaskTable(table, parsed)) continue;
    const column = (role: string) => table.columns.indexOf(role as Table['columns'][number]);
    const [task, lead, partners, timing] = [column('task'), column('lead'), column('partners'), column('timing')];
    for (const row of table.rows) {
      if (row.kind !== 'data') continue;
      const taskCell = row.cells[task] ?? [];
      if (taskCell.length === 0) continue;
      tasks.push({
        block: taskCell[0]!,
        cells: row.cells.flat(),
        lead: lead >= 0 ? columnAgencies(parsed, row.cells[lead] ?? [], lexicon) : [],
        partners: partners >= 0 ? columnAgencies(parsed, row.cells[partners] ?? [], lexicon) : [],
        timing: timing >= 0 ? (row.cells[timing] ?? []).map((index) => parsed.blocks[index]!.text).join(' ') : '',
      });
    }
  }
  return tasks;
}
