import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';

/** Cells of the logical lines of a source, as "row.column: text" ("-" outside tables). */
const cells = (source: string) =>
  normalize('x.md', source).lines.map((l) => (l.cell ? `${l.cell.table}:${l.cell.row}.${l.cell.column} ${l.text}` : `- ${l.text}`));

describe('tables laid out one cell per line between pipes', () => {
  it.each([
    [
      'reads rows and columns, a cell over several lines and an empty cell',
      '|\n**STT**\n|\n**Tên nhiệm vụ/dự\nán**\n|\n**Cơ quan chủ trì**\n|\n|\n**I**\n|\n**CƠ CHẾ, CHÍNH SÁCH**\n|\n** **\n|\n|\n1\n|\nRà soát toàn diện các luật\n|\nBộ Xây dựng\n|',
      [
        '0:0.0 STT',
        '0:0.1 Tên nhiệm vụ/dự án',
        '0:0.2 Cơ quan chủ trì',
        '0:1.0 I',
        '0:1.1 CƠ CHẾ, CHÍNH SÁCH',
        '0:2.0 1',
        '0:2.1 Rà soát toàn diện các luật',
        '0:2.2 Bộ Xây dựng',
      ],
    ],
    [
      'leaves text set off by blank lines between two tables outside them',
      '|\nA\n|\nB\n|\n\n**3. Cách thức nộp hồ\nsơ**\n\n|\nC\n|\nD\n|',
      ['0:0.0 A', '0:0.1 B', '- 3. Cách thức nộp hồ sơ', '1:0.0 C', '1:0.1 D'],
    ],
    [
      'leaves an appendix heading between two tables outside them on a page without blank lines',
      '|\nNơi nhận:\n|\nKT. CHỦ TỊCH\n|\nPHỤ LỤC I\n|\nSố TT\n|\nTên TTHC\n|\n|\n01\n|\nThủ tục công nhận\n|',
      ['- Nơi nhận:', '0:0.0 KT. CHỦ TỊCH', '- PHỤ LỤC I', '1:0.0 Số TT', '1:0.1 Tên TTHC', '1:1.0 01', '1:1.1 Thủ tục công nhận'],
    ],
    [
      'reads markdown rows on one line as rows',
      '| STT | Nội dung |\n|---|---|\n| 1 | Rà soát |',
      ['0:0.0 STT', '0:0.1 Nội dung', '0:1.0 1', '0:1.1 Rà soát'],
    ],
    [
      'does not take the text after the last pipe for a cell',
      '|\nA\n|\nB\n|\nĐoạn văn sau bảng.',
      ['0:0.0 A', '0:0.1 B', '- Đoạn văn sau bảng.'],
    ],
  ])('%s', (_name, source, expected) => {
    expect(cells(source)).toEqual(expected);
  });

  it('never joins two cells of a row, even when the first is unfinished', () => {
    expect(cells('|\nCác bộ, ngành liên\nquan\n|\ntriển khai\n|').map((c) => c.slice(6))).toEqual([
      'Các bộ, ngành liên quan',
      'triển khai',
    ]);
  });
});
