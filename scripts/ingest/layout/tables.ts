/**
 * Tables as scrapers leave them: cells between lines that hold only a pipe,
 *
 *   |                      ← a row opens
 *   **STT**                ← cell 1 (may span several lines, may be empty: "** **")
 *   |
 *   **Tên nhiệm vụ**       ← cell 2
 *   |
 *   |                      ← two pipes with nothing between: the row ends, the next opens
 *   1
 *   |
 *   Rà soát toàn diện …
 *   |
 *
 * and markdown rows ("| a | b |" on one line), which the physical-line stage turns into the
 * same pipe/cell sequence. This module only finds where each cell is (table, row, column);
 * what a column means is decided later, from its header (parse/tables.ts).
 *
 * Two things are not cells although they sit between pipes: text set off by blank lines on
 * both sides ("|" / "" / "**3. Cách thức nộp hồ sơ**" / "" / "|" is a heading between two
 * tables) or opening a part of the document ("PHỤ LỤC I", "Nơi nhận:"), and cells a first row
 * has beyond every later row (or a last row beyond every earlier one): a signature block and an
 * appendix title run into the table after them, a letter's body into the header table before
 * it, when the page has no blank lines.
 */

import type { CellPosition, TableShape } from '../types.ts';

export type { CellPosition, TableShape };

/**
 * Kind of a physical line for the table grammar. An `opener` is content that opens a part of
 * the document ("PHỤ LỤC I", "Nơi nhận:", "I. DANH MỤC …"): a gap that starts with one is not a cell.
 */
export type LineKind = 'pipe' | 'blank' | 'content' | 'opener';

interface Gap {
  /** Indexes of the content lines between two pipes. */
  lines: number[];
  /** Index of the pipe that closes the gap. */
  end: number;
}

/**
 * Finds the table cells among physical lines of the given kinds; `rowLabel[i]` says whether line i
 * looks like a row number ("1", "1.1", "II"), which tells an empty cell ("| Bộ Công an | | Hệ thống |")
 * from the end of a row.
 */
export function locateCells(
  kinds: readonly LineKind[],
  rowLabel: readonly boolean[] = [],
): { positions: (CellPosition | null)[]; tables: TableShape[] } {
  const positions: (CellPosition | null)[] = kinds.map(() => null);
  const tables: TableShape[] = [];
  let i = 0;
  while (i < kinds.length) {
    if (kinds[i] !== 'pipe') {
      i++;
      continue;
    }
    const { gaps, next } = readRun(kinds, i);
    const rows = splitRows(gaps, rowLabel);
    // One row between pipes is a layout box (a letter's body after an empty cell, a signature block),
    // not a table: a table has a header and rows.
    if (rows.length > 1) {
      const table = tables.length;
      tables.push({ rowCells: rows.map((row) => row.length) });
      rows.forEach((row, r) => row.forEach((cell, c) => cell.forEach((line) => (positions[line] = { table, row: r, column: c }))));
    }
    i = next;
  }
  return { positions, tables };
}

/** Reads the gaps of one run of pipes starting at `start`; `next` is where scanning resumes. */
function readRun(kinds: readonly LineKind[], start: number): { gaps: Gap[]; next: number } {
  const gaps: Gap[] = [];
  let pipe = start;
  for (;;) {
    let end = pipe + 1;
    while (end < kinds.length && kinds[end] !== 'pipe') end++;
    // Text after the last pipe of the page is not a cell.
    if (end >= kinds.length) return { gaps, next: end };
    const lines: number[] = [];
    for (let k = pipe + 1; k < end; k++) if (kinds[k] === 'content' || kinds[k] === 'opener') lines.push(k);
    // "|" / "" / "**3. Cách thức …**" / "" / "|": a heading between two tables, not a cell;
    // so is "|" / "PHỤ LỤC I" / … / "|" on a page without blank lines.
    const setOff = lines.length > 0 && ((kinds[pipe + 1] === 'blank' && kinds[end - 1] === 'blank') || kinds[lines[0]!] === 'opener');
    if (setOff) return { gaps, next: end };
    gaps.push({ lines, end });
    pipe = end;
  }
}

/**
 * "| 2 | Triển khai … | Bộ Công an | | Hệ thống | Quý IV/2026 |": an empty cell is two pipes with
 * nothing between, like the end of a row. In a table whose rows open with a row number, a "row"
 * that opens with none, after a row too short for the table, is the rest of that row.
 */
function mergeEmptyCells(rows: number[][][], rowLabel: readonly boolean[]): void {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const numbered = rows.filter((row) => rowLabel[row[0]![0]!]).length;
  if (numbered < 2) return;
  for (let r = 1; r < rows.length; r++) {
    const previous = rows[r - 1]!;
    const row = rows[r]!;
    if (rowLabel[row[0]![0]!] || !rowLabel[previous[0]![0]!] || previous.length + 1 + row.length > width) continue;
    rows.splice(r - 1, 2, [...previous, [], ...row]);
    r--;
  }
}

/** Rows of cells (each cell a list of line indexes) from the gaps of a run; an empty gap ends a row. */
function splitRows(gaps: Gap[], rowLabel: readonly boolean[]): number[][][] {
  const rows: number[][][] = [];
  let row: number[][] = [];
  for (const gap of gaps) {
    if (gap.lines.length === 0) {
      if (row.length > 0) rows.push(row);
      row = [];
    } else row.push(gap.lines);
  }
  if (row.length > 0) rows.push(row);
  mergeEmptyCells(rows, rowLabel);
  // A first row with more cells than any later row carries text from before the table; a last
  // row with more cells than any earlier row carries the text after it ("Số: … | Hà Nội, ngày … |"
  // then the body of a letter up to the next pipe).
  if (rows.length >= 2) {
    const widestAfter = Math.max(...rows.slice(1).map((r) => r.length));
    if (rows[0]!.length > widestAfter) rows[0] = rows[0]!.slice(rows[0]!.length - widestAfter);
    const widestBefore = Math.max(...rows.slice(0, -1).map((r) => r.length));
    const last = rows.length - 1;
    if (rows[last]!.length > widestBefore) rows[last] = rows[last]!.slice(0, widestBefore);
    // The body of a letter after the header table: a last cell many times longer than any cell above it.
    const longestBefore = Math.max(...rows.slice(0, -1).flatMap((r) => r.map((cell) => cell.length)));
    const kept = rows[last]!.filter((cell) => cell.length < 10 || cell.length <= 3 * longestBefore);
    if (kept.length < rows[last]!.length)
      rows[last] = rows[last]!.slice(
        0,
        rows[last]!.findIndex((cell) => !kept.includes(cell)),
      );
    if (rows[last]!.length === 0) rows.pop();
  }
  return rows;
}
