import { describe, expect, it } from 'vitest';
import { separateBlocks } from './prepare-html.ts';

describe('separateBlocks', () => {
  it('keeps a definition term and its description apart ("Thời hạn" / "Văn bản")', () => {
    expect(separateBlocks('<dl><dt>Thời hạn</dt><dd>Văn bản không nêu</dd></dl>')).toBe(
      '<dl><dt>Thời hạn</dt> <dd>Văn bản không nêu</dd> </dl> ',
    );
  });

  it('separates table cells and line breaks', () => {
    expect(separateBlocks('<tr><th>Chỉ tiêu</th><td>Giá trị</td></tr>a<br>b')).toBe('<tr><th>Chỉ tiêu</th> <td>Giá trị</td> </tr> a<br> b');
  });

  it('leaves inline elements alone, so words split by markup stay whole', () => {
    const html = '<p>Sở <strong>Tài</strong> chính<span data-pagefind-filter="agency">Sở Tài chính</span></p>';
    expect(separateBlocks(html)).toBe(`${html} `);
  });
});
