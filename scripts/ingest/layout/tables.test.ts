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
      '|\nA\n|\nB\n|\n|\nA2\n|\nB2\n|\n\n**3. Cách thức nộp hồ\nsơ**\n\n|\nC\n|\nD\n|\n|\nC2\n|\nD2\n|',
      ['0:0.0 A', '0:0.1 B', '0:1.0 A2', '0:1.1 B2', '- 3. Cách thức nộp hồ sơ', '1:0.0 C', '1:0.1 D', '1:1.0 C2', '1:1.1 D2'],
    ],
    [
      'leaves an appendix heading between two tables outside them on a page without blank lines',
      '|\nNơi nhận:\n|\nKT. CHỦ TỊCH\n|\nPHỤ LỤC I\n|\nSố TT\n|\nTên TTHC\n|\n|\n01\n|\nThủ tục công nhận\n|',
      ['- Nơi nhận:', '- KT. CHỦ TỊCH', '- PHỤ LỤC I', '0:0.0 Số TT', '0:0.1 Tên TTHC', '0:1.0 01', '0:1.1 Thủ tục công nhận'],
    ],
    [
      'reads markdown rows on one line as rows',
      '| STT | Nội dung |\n|---|---|\n| 1 | Rà soát |',
      ['0:0.0 STT', '0:0.1 Nội dung', '0:1.0 1', '0:1.1 Rà soát'],
    ],
    [
      'does not take the text after the last pipe for a cell',
      '|\nA\n|\nB\n|\n|\nA2\n|\nB2\n|\nĐoạn văn sau bảng.',
      ['0:0.0 A', '0:0.1 B', '0:1.0 A2', '0:1.1 B2', '- Đoạn văn sau bảng.'],
    ],
    ['does not take one row between pipes for a table (a layout box)', '|\nA\n|\nB\n|', ['- A', '- B']],
  ])('%s', (_name, source, expected) => {
    expect(cells(source)).toEqual(expected);
  });

  it('leaves the body of a letter that runs into the last cell of its header table outside the table', () => {
    const body = Array.from({ length: 12 }, (_, k) => `Đoạn ${k + 1} của công văn.`).join('\n\n');
    expect(cells(`|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA\n|\n|\nSố: 12/UBND\n|\n${body}\n|`)).toEqual([
      '0:0.0 ỦY BAN NHÂN DÂN',
      '0:0.1 CỘNG HÒA',
      '0:1.0 Số: 12/UBND',
      ...Array.from({ length: 12 }, (_, k) => `- Đoạn ${k + 1} của công văn.`),
    ]);
  });

  it('never joins two cells of a row, even when the first is unfinished', () => {
    expect(cells('|\nĐơn vị\n|\nNội dung\n|\n|\nCác bộ, ngành liên\nquan\n|\ntriển khai\n|').slice(2)).toEqual([
      '0:1.0 Các bộ, ngành liên quan',
      '0:1.1 triển khai',
    ]);
  });
});
