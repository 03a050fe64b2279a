import { describe, expect, it } from 'vitest';
import { escapeMdx, mdxToText, renderMdx } from './mdx.ts';
import { normalize } from './normalize.ts';
import { parse } from './parse/index.ts';

describe('escapeMdx', () => {
  it.each([
    [
      '{x} <b> a*b_c [l](u) #1 | ~ `c` \\ & !',
      '&#123;x&#125; &#60;b&#62; a&#42;b&#95;c &#91;l&#93;(u) &#35;1 &#124; &#126; &#96;c&#96; &#92; &#38; &#33;',
    ],
    ['- gạch đầu dòng', '&#45; gạch đầu dòng'],
    ['1. mục', '&#49;. mục'],
    ['> trích', '&#62; trích'],
  ])('escapes %j so MDX shows it as written', (input, output) => {
    expect(escapeMdx(input)).toBe(output);
    expect(mdxToText(escapeMdx(input))).toBe(input);
  });
});

describe('renderMdx', () => {
  const parsed = parse(
    normalize(
      'x.txt',
      [
        'ỦY BAN NHÂN DÂN TỈNH CÀ MAU',
        'Số: 1/KH-UBND',
        'Cà Mau, ngày 02 tháng 3 năm 2023',
        'KẾ HOẠCH',
        'THỬ NGHIỆM',
        '',
        'I. NHIỆM VỤ',
        '',
        '1. Sở Tài chính chủ trì: thu ngân sách (1) và chi (1).',
        '',
        'Ảnh: Toàn cảnh hội nghị.',
        '',
        'CHỦ TỊCH',
        '',
        'Lâm Văn Bi',
        '',
        '(1) Nghị quyết số 01/NQ-CP.',
      ].join('\n'),
    ),
  );

  it('writes headings with anchors, commitments, numbered footnote markers and captions', () => {
    const body = renderMdx(parsed, [{ id: 'x--i--1', block: 1 }]);
    expect(body).toContain('<h2 id="i">I. NHIỆM VỤ</h2>');
    expect(body).toContain(
      '<Commitment id="x--i--1">\n\n&#49;. Sở Tài chính chủ trì: thu ngân sách <FootnoteRef label="1" occurrence={1} /> và chi <FootnoteRef label="1" occurrence={2} />.\n\n</Commitment>',
    );
    expect(body).toContain('<Caption>Ảnh: Toàn cảnh hội nghị.</Caption>');
    expect(body).toContain('<div class="document-signature">\n<p>CHỦ TỊCH</p>\n<p>Lâm Văn Bi</p>\n</div>');
  });
});
