/**
 * Tables of the body: rows and columns rebuilt from the cell positions the layout stage
 * found, and what each column holds, inferred from what its header says ("Cơ quan chủ trì",
 * "Đơn vị thực hiện" → lead; "Thời gian triển khai" → timing), not from exact strings.
 */
import type { Lexicon } from '../lexicon/load.ts';
import type { Block, ColumnRole, Table, TableRow, TableShape } from '../types.ts';
import { isUpperCaseLine } from './terminals.ts';

/** Role of a column from the text of its header cell. */
export function columnRole(header: string, lexicon: Lexicon): ColumnRole {
  const text = header.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 100) return 'other';
  for (const rule of lexicon.tableColumns) {
    const found =
      rule.match === 'exact' ? rule.words.whole(text) : rule.match === 'start' ? rule.words.startsWith(text) : rule.words.test(text);
    if (found) return rule.role;
  }
  return 'other';
}

/** A row number or group label in the first column: "1", "1.1", "I", "A", "a". */
const GROUP_LABEL = /^(?:[IVXLC]+|[A-ZĐ])\.?$/u;

/** Text of a cell: its blocks' texts joined. */
const cellText = (blocks: Block[], cell: number[]): string => cell.map((index) => blocks[index]!.text).join(' ');

/** Rebuilds the tables of the body from the blocks' cell positions. */
export function buildTables(blocks: Block[], shapes: TableShape[], lexicon: Lexicon): Table[] {
  const byTable = new Map<number, Block[]>();
  for (const block of blocks) if (block.cell) byTable.set(block.cell.table, [...(byTable.get(block.cell.table) ?? []), block]);
  const tables: Table[] = [];
  for (const [source, members] of [...byTable].sort((a, b) => a[0] - b[0])) {
    const shape = shapes[source]?.rowCells ?? [];
    const cells: number[][][] = shape.map((count) => Array.from({ length: count }, () => []));
    for (const block of members) {
      const { row, column } = block.cell!;
      while (cells.length <= row) cells.push([]);
      while (cells[row]!.length <= column) cells[row]!.push([]);
      cells[row]![column]!.push(block.index);
    }
    // Rows whose blocks all went elsewhere (header, signature) are not part of the body's table.
    const rows = cells.filter((row) => row.some((cell) => cell.length > 0));
    if (rows.length === 0) continue;
    tables.push(classify(rows, blocks, lexicon));
  }
  return tables;
}

/** Finds the header row, the column roles and the kind of every row. */
function classify(rows: number[][][], blocks: Block[], lexicon: Lexicon): Table {
  const width = Math.max(...rows.map((row) => row.length));
  let header = -1;
  let columns: ColumnRole[] = Array.from({ length: width }, () => 'other');
  for (let r = 0; r < Math.min(rows.length, 3); r++) {
    const texts = rows[r]!.map((cell) => cellText(blocks, cell));
    if (texts.some((text) => text.length > 100)) continue;
    const roles = texts.map((text) => columnRole(text, lexicon));
    const known = roles.filter((role) => role !== 'other');
    if (known.length >= 2 && known.some((role) => role === 'task' || role === 'lead' || role === 'number' || role === 'step')) {
      header = r;
      columns = [...roles, ...Array.from({ length: width - roles.length }, (): ColumnRole => 'other')];
      break;
    }
  }
  const tableRows: TableRow[] = rows.map((cells, r): TableRow => {
    if (r <= header) return { cells, kind: 'header' };
    const filled = cells.filter((cell) => cell.length > 0);
    const first = filled[0] ? cellText(blocks, filled[0]) : '';
    const last = filled[filled.length - 1] ? cellText(blocks, filled[filled.length - 1]!) : '';
    // "I | CƠ CHẾ, CHÍNH SÁCH | | | |", "A | PHÁT TRIỂN NỀN MÓNG …" (merged cells): a group of the rows below.
    const group = filled.length <= 2 && (GROUP_LABEL.test(first) || cells.length < width || isUpperCaseLine(last));
    return { cells, kind: group && header >= 0 ? 'group' : 'data' };
  });
  return { rows: tableRows, columns };
}
