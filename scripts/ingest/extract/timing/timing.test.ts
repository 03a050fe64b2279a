import { describe, expect, it } from 'vitest';
import { loadFactsLexicon } from '../../lexicon/facts-lexicon.ts';
import { deadlinesOf, extractTiming, type Timing } from './index.ts';

const lexicon = loadFactsLexicon();
const read = (text: string, documentDate: string | null = '2025-11-20', fields: string[] = []): Timing[] =>
  extractTiming(text, { documentDate, lexicon, fields });

describe('limits, periods and starts in a task', () => {
  it.each([
    ['Hoàn thành trước ngày 31/12/2025.', { kind: 'by', date: '2025-12-31', text: 'Hoàn thành trước ngày 31/12/2025' }],
    ['gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025, trong đó', { kind: 'by', date: '2025-12-10' }],
    ['báo cáo Thủ tướng Chính phủ trong quý I năm 2026.', { kind: 'in', date: '2026-01-01', end: '2026-03-31' }],
    ['Trình Ủy ban nhân dân tỉnh trong quý III/2026.', { kind: 'in', date: '2026-07-01', end: '2026-09-30' }],
    ['Báo cáo đến hết quý IV năm 2025 (ngày 31/12/2025).', { kind: 'by', date: '2025-12-31' }],
    ['Hoàn thành trước năm 2027.', { kind: 'by', date: '2026-12-31', text: 'Hoàn thành trước năm 2027' }],
    ['Gửi kết quả trước tháng 6/2026.', { kind: 'by', date: '2026-05-31' }],
    ['Tổ chức lễ khánh thành các dự án vào ngày 19 tháng 12 năm 2025.', { kind: 'in', date: '2025-12-19' }],
    ['đưa vào sử dụng trước ngày Quốc khánh 02/9/2026', { kind: 'by', date: '2026-09-02', text: 'trước ngày Quốc khánh 02/9/2026' }],
    ['các dự án hoàn thành trong năm 2026.', { kind: 'in', date: '2026-01-01', end: '2026-12-31' }],
    ['xem xét, quyết định trong tháng 12 năm 2025.', { kind: 'in', date: '2025-12-01', end: '2025-12-31' }],
    ['Từ 01/7/2026, thực hiện thu phí theo mức mới.', { kind: 'from', date: '2026-07-01', text: 'Từ 01/7/2026' }],
    ['Áp dụng từ ngày 01/01/2026 đến hết ngày 31/12/2026.', { kind: 'during', date: '2026-01-01', end: '2026-12-31' }],
    ['Thực hiện trong giai đoạn 2026-2030.', { kind: 'during', date: '2026-01-01', end: '2030-12-31' }],
    ['Giai đoạn 2026 - 2030: hoàn thiện cơ sở dữ liệu.', { kind: 'during', date: '2026-01-01', end: '2030-12-31' }],
    ['Năm 2026, tập trung hoàn thành các công trình.', { kind: 'in', date: '2026-01-01', end: '2026-12-31' }],
    ['Đăng tải chậm nhất 03 ngày kể từ ngày ban hành Quyết định này.', { kind: 'by', date: '2025-11-23' }],
  ])('reads "%s"', (text, expected) => {
    expect(read(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['Tổng hợp báo cáo trước ngày 20/12.', '2025-11-20', '2025-12-20'],
    ['Tổng hợp báo cáo trước ngày 15/01.', '2025-11-20', '2026-01-15'],
    ['Trình trong quý I.', '2025-11-20', '2026-01-01'],
    ['Hoàn thành trong năm nay.', '2025-11-20', '2025-01-01'],
    ['Triển khai từ năm tới.', '2025-11-20', '2026-01-01'],
  ])('takes the year of "%s" from the document date %s', (text, documentDate, date) => {
    expect(read(text, documentDate)[0]?.date).toBe(date);
  });

  it.each([
    ['cited documents', 'Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh.'],
    ['a document named by its date', 'Thực hiện Kết luận ngày 12/12/2025 của Bộ Chính trị.'],
    ['undated events', 'trình Quốc hội thông qua tại Kỳ họp thứ 10, Quốc hội khóa XV.'],
    ['limits already past', 'Hoàn thành trước ngày 30/6/2025.'],
    ['names of programmes', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026-2035'],
    ['periods of a noun', 'phù hợp với khả năng cân đối ngân sách trung ương giai đoạn 2026 - 2030'],
    ['a span under way when the text was written', 'những điểm nghẽn mà giai đoạn 2021-2025 vướng mắc'],
    ['visions', 'Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050'],
    ['quoted names', 'Triển khai Đề án “Phát triển văn hóa đọc đến năm 2030” trên địa bàn.'],
    ['a year counted from an event', 'trình phê duyệt trước ngày 10 tháng 6 năm cuối của chương trình'],
    ['bare years in running text', 'so với năm 2024, tăng 12% trong kế hoạch vốn 2026'],
    ['a day written alone', 'Căn cứ kết quả họp 21/12/2025 của Hội đồng.'],
  ])('finds no timing in %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('recurrence', () => {
  it.each([
    ['Trước ngày 20 tháng 12 hằng năm, Ủy ban nhân dân xã lập danh sách', 'yearly', 'Trước ngày 20 tháng 12 hằng năm'],
    ['tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hàng năm.', 'yearly', 'trước ngày 25/12 hàng năm'],
    ['lập kế hoạch sử dụng phôi Giấy chứng nhận hằng năm gửi về Văn phòng', 'yearly', 'hằng năm'],
    ['Định kỳ hàng quý, báo cáo kết quả', 'quarterly', 'Định kỳ hàng quý'],
    ['giải quyết, hàng tháng tổng hợp chuyển phí, lệ phí', 'monthly', 'hàng tháng'],
    ['báo cáo Ủy ban nhân dân tỉnh trước ngày 20 hằng tháng', 'monthly', 'trước ngày 20 hằng tháng'],
    ['họp giao ban hằng tuần', 'weekly', 'hằng tuần'],
    ['Thường xuyên rà soát, kịp thời tham mưu', 'continuous', 'Thường xuyên'],
    ['cập nhật thường xuyên số lượng, chủng loại hàng dự trữ', 'continuous', 'thường xuyên'],
    ['báo cáo UBND tỉnh trước 19h00’ hằng ngày và đột xuất khi cần thiết', 'continuous', 'trước 19h00’ hằng ngày'],
    ['báo cáo 02 lần/ngày (trước 9h00’ và 16h00’) về tình hình', 'continuous', '02 lần/ngày'],
    ['thực hiện trực ban phòng chống thiên tai 24/24, duy trì thông tin', 'continuous', '24/24'],
    ['Thực hiện cập nhật đầy đủ, liên tục trạng thái hồ sơ', 'continuous', 'liên tục'],
  ])('reads "%s" as %s', (text, recurrence, phrase) => {
    expect(read(text)).toEqual([{ kind: 'recurring', recurrence, text: phrase }]);
  });

  it.each([
    ['"định kỳ" alone', 'Định kỳ báo cáo kết quả thực hiện về Sở Nội vụ.'],
    ['the cycle of a resolution', 'thu tiền theo Nghị quyết hằng năm của Hội đồng nhân dân thành phố.'],
    ['recurrent expenditure', 'bố trí kinh phí chi thường xuyên theo quy định'],
    ['a funding source', 'từ nguồn tiết kiệm chi hằng năm của ngân sách'],
    ['a list published yearly', 'theo quyết định công nhận danh sách hộ nghèo, hộ cận nghèo hằng năm của Chủ tịch'],
    ['monthly benefits', 'Quyết định hỗ trợ trợ cấp xã hội hằng tháng cho đối tượng'],
    ['people in contact', 'cá nhân nắm giữ bí mật nhà nước, thường xuyên quan hệ, tiếp xúc với tổ chức nước ngoài'],
    ['places exposed to disasters', 'người dân tại khu vực thường xuyên chịu tác động của thiên tai'],
    ['a steady state', 'duy trì hoạt động cấp nước đảm bảo liên tục'],
    ['a yearly average', 'tăng bình quân hàng năm trong giai đoạn này đạt 10%'],
    ['consecutive days', 'đăng tải trên Trang thông tin điện tử trong 07 ngày liên tục'],
    ['the name of a training', 'Xây dựng Nền tảng bồi dưỡng thường xuyên cho các giáo viên'],
  ])('is not read into %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it('does not date a day of the year that a recurrence repeats', () => {
    expect(read('Hằng năm, tổng hợp báo cáo trước ngày 15/12.')).toEqual([
      expect.objectContaining({ kind: 'recurring', recurrence: 'yearly' }),
    ]);
  });
});

describe('time fields and table cells', () => {
  it.each([
    ['2026', { kind: 'in', date: '2026-01-01', end: '2026-12-31' }],
    ['2026-2027', { kind: 'during', date: '2026-01-01', end: '2027-12-31' }],
    ['Quý IV/2025', { kind: 'in', date: '2025-10-01', end: '2025-12-31' }],
    ['Tháng 12/2025', { kind: 'in', date: '2025-12-01', end: '2025-12-31' }],
    ['Trước 30/11/2026', { kind: 'by', date: '2026-11-30' }],
    ['Năm 2025 và các năm tiếp theo.', { kind: 'from', date: '2025-01-01', text: 'Năm 2025 và các năm tiếp theo' }],
    ['Năm 2025 (2026) và các năm tiếp theo', { kind: 'from', date: '2025-01-01' }],
    ['Hằng năm', { kind: 'recurring', recurrence: 'yearly' }],
    ['Thường xuyên', { kind: 'recurring', recurrence: 'continuous' }],
  ])('reads the cell "%s"', (cell, expected) => {
    expect(read('Rà soát các quy định.', '2025-01-10', [cell])).toEqual([expect.objectContaining(expected)]);
  });
});

describe('inherited timing', () => {
  it('takes the lead-in’s limit when the task states none', () => {
    const timing = extractTiming('- Rà soát danh mục bí mật nhà nước.', {
      documentDate: '2025-11-20',
      lexicon,
      leadIn: 'Các sở, ngành hoàn thành trước ngày 31/12/2025 các nhiệm vụ sau:',
    });
    expect(deadlinesOf(timing)).toEqual([{ date: '2025-12-31', phrase: 'hoàn thành trước ngày 31/12/2025' }]);
  });

  it('keeps the task’s own limit over the lead-in’s', () => {
    const timing = extractTiming('- Báo cáo trước ngày 15/12/2025.', {
      documentDate: '2025-11-20',
      lexicon,
      leadIn: 'Thực hiện trong năm 2025 các nhiệm vụ sau:',
    });
    expect(deadlinesOf(timing).map((deadline) => deadline.date)).toEqual(['2025-12-15']);
  });
});

describe('deadlines', () => {
  it('are the limits and period ends, never starts or recurrences', () => {
    const timing = read('Từ 01/01/2026 thu phí; hằng năm báo cáo; hoàn thành trước ngày 15/12/2025; thực hiện trong giai đoạn 2026-2030.');
    expect(deadlinesOf(timing).map((deadline) => deadline.date)).toEqual(['2025-12-15', '2030-12-31']);
  });
});
