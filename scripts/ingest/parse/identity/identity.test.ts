import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.ts';
import { normalize } from '../../normalize.ts';
import { parse } from '../index.ts';
import { identityFromNewsLead, issuerFromTitle } from './index.ts';

const lexicon = loadLexicon();
const facts = lexicon.facts;
const types = facts.documentTypes;

describe('identity from a news lead', () => {
  it.each([
    [
      'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 224/CĐ-TTg ngày 20/11/2025 về việc khẩn trương chuẩn bị tổ chức Lễ khánh thành.',
      { number: '224/CĐ-TTg', type: 'Công điện', issuer: 'Thủ tướng Chính phủ', issued: '2025-11-20' },
    ],
    [
      'Ngày 18/11, Ủy ban nhân dân tỉnh Nghệ An đã ban hành Kế hoạch số 1026/KH-UBND triển khai Chỉ thị 32/CT-TTg.',
      { number: '1026/KH-UBND', type: 'Kế hoạch', issuer: 'Ủy ban nhân dân tỉnh Nghệ An', issued: null },
    ],
    ['Văn phòng Trung ương Đảng vừa ban hành Công văn số 17129-CV/VPTW hướng dẫn.', { number: '17129-CV/VPTW', type: 'Công văn' }],
    ['Ban Bí thư vừa ký Chỉ thị số 45/CT- TW về lãnh đạo đại hội.', { number: '45-CT/TW', type: 'Chỉ thị' }],
  ])('reads "%s"', (lead, expected) => {
    expect(identityFromNewsLead([lead], types)).toMatchObject(expected);
  });

  it('does not take a document the news only cites', () => {
    expect(identityFromNewsLead(['Thực hiện Nghị quyết số 01/NQ-CP, tỉnh đã đạt nhiều kết quả.'], types)).toBeNull();
  });

  it('gives a headerless news text the identity of the document it reports', () => {
    const text =
      'Khẩn trương chuẩn bị lễ khánh thành\nThủ tướng Chính phủ vừa ký Công điện số 228/CĐ-TTg ngày 25/11/2025 yêu cầu các bộ, ngành khẩn trương thực hiện.\n';
    const header = parse(normalize('tin.txt', text), lexicon).header;
    expect(header).toMatchObject({ number: '228/CĐ-TTg', type: 'Công điện', issuer: 'Thủ tướng Chính phủ', issued: '2025-11-25' });
  });
});

describe('identity in a header', () => {
  it.each([
    [
      'header cells joined by " | "',
      'CHÍNH PHỦ__________ Số: 170/2025/NĐ- CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc | Hà Nội, ngày 30 tháng 6 năm 2025\n\nNGHỊ ĐỊNH\n\nQuy định về tuyển dụng công chức\n\nCăn cứ Luật Tổ chức Chính phủ;\n',
      { number: '170/2025/NĐ-CP', type: 'Nghị định', issuer: 'Chính phủ', issued: '2025-06-30' },
    ],
    [
      'a five-digit Party number',
      'VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\nSố 17129-CV/VPTW\n\nHà Nội, ngày 12 tháng 11 năm 2025\n\nV/v triển khai Kết luận của Bộ Chính trị\n\nKính gửi: Các tỉnh ủy.\n',
      { number: '17129-CV/VPTW', type: 'Công văn', issuer: 'Văn phòng Trung ương Đảng', issued: '2025-11-12' },
    ],
  ])('reads %s', (_, text, expected) => {
    expect(parse(normalize('vb.md', text), lexicon).header).toMatchObject(expected);
  });
});

describe('issuer named by a title', () => {
  it.each([
    [
      'Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh, nhiệm kỳ 2015 - 2020 trình Đại hội đại biểu Đảng bộ tỉnh, lần thứ XIV',
      'Hậu Giang',
      'Ban Chấp hành Đảng bộ tỉnh Hậu Giang',
    ],
    ['TÓM TẮT Báo cáo của Ủy ban nhân dân tỉnh về tình hình kinh tế - xã hội năm 2024', 'Cà Mau', 'Ủy ban nhân dân tỉnh Cà Mau'],
    ['Cà Mau đẩy mạnh sản xuất, khắc phục “bệnh sợ trách nhiệm”', 'Cà Mau', null],
    ['Báo cáo của các đoàn giám sát năm 2024', null, null],
  ])('reads "%s"', (title, place, issuer) => {
    expect(issuerFromTitle(title, place, types)).toBe(issuer);
  });

  it('calls a text without a header or a type word news', () => {
    const header = parse(
      normalize('tin.txt', 'Cà Mau xác định mục tiêu tổng quát trong 5 năm tới là phát triển nhanh, bền vững.\n'),
      lexicon,
    ).header;
    expect(header.type).toBe('Tin tức');
  });
});
