import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';

const texts = (source: string) => normalize('x.txt', source).lines.map((l) => l.text);

describe('normalize', () => {
  it('moves web boilerplate to removed and keeps the sentences around it', () => {
    const result = normalize(
      'x.txt',
      'Hệ thống pháp luật\nĐang tải nội dung, vui lòng chờ giây lát...\nCâu một.\n0:00 / 0:00\n0:00\nCâu hai.',
    );
    expect(result.lines.map((l) => l.text)).toEqual(['Câu một.', 'Câu hai.']);
    expect(result.removed.map((l) => l.sourceLine)).toEqual([1, 2, 4, 5]);
  });

  it('rejoins hard-wrapped lines and keeps the first source line', () => {
    const result = normalize(
      'x.txt',
      '1. Chế độ, chính sách đối với các đối tượng thuộc\ndiện Ban Thường vụ quản lý;\n2. Chế độ chi tiêu.',
    );
    expect(result.lines).toEqual([
      { text: '1. Chế độ, chính sách đối với các đối tượng thuộc diện Ban Thường vụ quản lý;', sourceLine: 1 },
      { text: '2. Chế độ chi tiêu.', sourceLine: 3 },
    ]);
  });

  it('separates a function word glued to the capitalised word after it', () => {
    expect(texts('**Điều 4. Trách\nnhiệm củaTrung tâm Phục vụ hành chính công tỉnh**')).toEqual([
      'Điều 4. Trách nhiệm của Trung tâm Phục vụ hành chính công tỉnh',
    ]);
  });

  it('drops printed page numbers between the halves of a sentence and rejoins it', () => {
    expect(texts('Tăng cường công tác quản lý\n\n- 2 -\n\nthu ngân sách nhà nước.\nTrang 3/15')).toEqual([
      'Tăng cường công tác quản lý thu ngân sách nhà nước.',
    ]);
  });

  it('rejoins a sentence split by a page break but not a new paragraph', () => {
    expect(texts('Thành tựu nổi bật là hoàn thành sớm mục\n\ntiêu xây dựng nông thôn mới.\n\nGiá trị sản xuất tăng.')).toEqual([
      'Thành tựu nổi bật là hoàn thành sớm mục tiêu xây dựng nông thôn mới.',
      'Giá trị sản xuất tăng.',
    ]);
  });

  it('removes markdown emphasis and table pipes, and does not join across a table cell', () => {
    expect(texts('**HỘI ĐỒNG NHÂN\nDÂN **\nTHÀNH PHỐ HÀ NỘI\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**')).toEqual([
      'HỘI ĐỒNG NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
  });

  it('splits a table row flattened onto one line into its cells, but not a pipe inside a sentence', () => {
    expect(texts('CHÍNH PHỦ__________ Số: 170/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM______')).toEqual([
      'CHÍNH PHỦ',
      'Số: 170/2025/NĐ-CP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    expect(texts('Chi 5 triệu | cột hai.')).toEqual(['Chi 5 triệu | cột hai.']);
  });

  it('joins a short upper-case tail that ends a wrapped sentence', () => {
    expect(texts('Cảng hàng không Long Thành -\nACV.\nTỔ CHỨC THỰC HIỆN')).toEqual([
      'Cảng hàng không Long Thành - ACV.',
      'TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('keeps the issuer, the motto and the number apart in a header typed without blank lines', () => {
    expect(
      texts(
        'ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 01/CTr-UBND\nCà Mau, ngày 19 tháng 01 năm 2023',
      ),
    ).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH CÀ MAU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/CTr-UBND',
      'Cà Mau, ngày 19 tháng 01 năm 2023',
    ]);
  });

  it('keeps a parent body and the issuing unit on lines of their own, but rejoins a wrapped body name', () => {
    expect(texts('ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY QUẢNG NGÃI\nĐẢNG CỘNG SẢN VIỆT NAM')).toEqual([
      'ĐẢNG BỘ TỈNH QUẢNG NGÃI',
      'TỈNH ỦY QUẢNG NGÃI',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ]);
    expect(texts('BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 12/CT-TCT')).toEqual(['BỘ TÀI CHÍNH', 'CỤC THUẾ', 'Số: 12/CT-TCT']);
    expect(texts('ĐẢNG BỘ TỈNH LÀO CAI\nĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVII')).toEqual(['ĐẢNG BỘ TỈNH LÀO CAI', 'ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVII']);
    expect(texts('BỘ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN\nSố: 1/KH-BNN')).toEqual([
      'BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
      'Số: 1/KH-BNN',
    ]);
  });

  it('keeps a sentence-case subject line apart from the preamble after it', () => {
    expect(texts('CHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy\nĐể chủ động phòng ngừa cháy, nổ, Chủ tịch chỉ thị:')).toEqual([
      'CHỈ THỊ',
      'Về tăng cường công tác phòng cháy, chữa cháy',
      'Để chủ động phòng ngừa cháy, nổ, Chủ tịch chỉ thị:',
    ]);
  });

  it('keeps a bold heading apart from the body text after it', () => {
    expect(texts('**Điều 1. Phạm vi điều chỉnh**\nNghị quyết này quy định')).toEqual([
      'Điều 1. Phạm vi điều chỉnh',
      'Nghị quyết này quy định',
    ]);
  });

  it("removes the portal's trailing panel and its headline of the document", () => {
    const result = normalize(
      'x.md',
      'Điều 4. Thi hành.\n[1] Ghi chú.\nNghị quyết 55/2025/NQ-HĐND quy định nội dung chi\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n29/06/2025\nChúng tôi cam kết dịch vụ.',
    );
    expect(result.lines.map((l) => l.text)).toEqual(['Điều 4. Thi hành.', '[1] Ghi chú.']);
    expect(result.removed.map((l) => l.sourceLine)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('collects the legal portal metadata table', () => {
    const result = normalize('x.md', '**Số hiệu:**\n|\n55/2025/NQ-HĐND\n|\n**Người ký:**\n|\nPhùng Thị Hồng Hà\n|\nNội dung.');
    expect(result.meta).toEqual({ number: '55/2025/NQ-HĐND', signer: 'Phùng Thị Hồng Hà' });
    expect(result.lines.map((l) => l.text)).toEqual(['Nội dung.']);
  });

  it('produces NFC with plain spaces, and is idempotent', () => {
    const once = texts('Sở Tài\u00a0chính'.normalize('NFD') + '\r\nKế  hoạch\u200b.');
    expect(once).toEqual(['Sở Tài chính Kế hoạch.']);
    expect(texts(once.join('\n'))).toEqual(once);
  });

  it("takes a scraper's date tag off the first line as metadata", () => {
    const result = normalize('x.txt', ' date 2020-10 Cà Mau xác định mục tiêu.');
    expect(result.lines.map((l) => l.text)).toEqual(['Cà Mau xác định mục tiêu.']);
    expect(result.meta).toEqual({ date: '2020-10' });
  });

  it('marks a line printed twice, and the sentence under a photo marker, as captions', () => {
    const text = [
      'Trong 6 tháng đầu năm, tăng trưởng kinh tế của tỉnh tăng 6,96%.',
      '',
      'Hội nghị trực tuyến tại tỉnh triển khai nhiệm vụ 6 tháng cuối năm.',
      'Hội nghị trực tuyến tại tỉnh triển khai nhiệm vụ 6 tháng cuối năm.',
      '',
      'Tỉnh đẩy mạnh sản xuất ảnh 1',
      '',
      'Nông dân tận dụng đất trống trồng rau màu.',
      '',
      'Các ngành tập trung triển khai các giải pháp. Tỉnh phấn đấu hoàn thành kế hoạch năm.',
    ].join('\n');
    const lines = normalize('news.txt', text).lines;
    expect(lines.map((l) => [l.text.slice(0, 20), l.caption ?? false])).toEqual([
      ['Trong 6 tháng đầu nă', false],
      ['Hội nghị trực tuyến ', true],
      ['Nông dân tận dụng đấ', true],
      ['Các ngành tập trung ', false],
    ]);
  });
});
