import { describe, expect, it } from 'vitest';
import { pagefindBodies, pagefindInput, separateBlocks } from './prepare-html.ts';

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

describe('pagefindBodies', () => {
  it('cuts out the data-pagefind-body element, nested elements of its name included', () => {
    const body = '<article class="c" data-pagefind-body><h1>Tên</h1><article><p>a</p></article><p>b</p></article>';
    expect(
      pagefindBodies(`<html><body><header><nav>Menu</nav></header><main>${body}<aside>Liên quan</aside></main></body></html>`),
    ).toEqual([body]);
  });

  it('keeps several bodies in page order, and one inside another once', () => {
    const html = '<div data-pagefind-body>a<div data-pagefind-body>b</div></div><p>x</p><section data-pagefind-body="">c</section>';
    expect(pagefindBodies(html)).toEqual([
      '<div data-pagefind-body>a<div data-pagefind-body>b</div></div>',
      '<section data-pagefind-body="">c</section>',
    ]);
  });

  it('does not take data-pagefind-body-like attributes, and gives null without a body or its closing tag', () => {
    expect(pagefindBodies('<div data-pagefind-bodyx>a</div>')).toBeNull();
    expect(pagefindBodies('<p>no body</p>')).toBeNull();
    expect(pagefindBodies('<div data-pagefind-body><p>a</p>')).toBeNull();
  });
});

describe('pagefindInput', () => {
  it('keeps the language, the title and the body (with its filters), and drops the rest of the page', () => {
    const page =
      '<!DOCTYPE html><html lang="vi"><head><title>Sở Tài chính — Kế hoạch mở</title><link rel="stylesheet" href="/a.css"></head>' +
      '<body><nav>Trang chủ</nav><article data-pagefind-body><h1>Sở Tài chính</h1><dl><dt>Tỉnh</dt><dd>Cà Mau</dd></dl>' +
      '<span data-pagefind-filter="type">Cơ quan</span></article><footer>Liên hệ</footer></body></html>';
    const input = pagefindInput(page) ?? '';
    expect(input).toContain('<html lang="vi">');
    expect(input).toContain('<title>Sở Tài chính — Kế hoạch mở</title>');
    expect(input).toContain('<dt>Tỉnh</dt> <dd>Cà Mau</dd> ');
    expect(input).toContain('<span data-pagefind-filter="type">Cơ quan</span>');
    for (const dropped of ['Trang chủ', 'Liên hệ', 'a.css']) expect(input).not.toContain(dropped);
  });
});
