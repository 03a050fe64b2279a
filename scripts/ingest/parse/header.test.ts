import { describe, expect, it } from 'vitest';
import type { NormalizedLine } from '../types.ts';
import { loadFactsLexicon } from '../lexicon/facts-lexicon.ts';
import { typeFromNumber } from '../lexicon/document-types.ts';
import { displayCase, newsDate, parseHeader as parseHeaderWith } from './header.ts';

const types = loadFactsLexicon().documentTypes;
const parseHeader = (l: NormalizedLine[], meta: Record<string, string>) => parseHeaderWith(l, meta, types);
const lines = (text: string): NormalizedLine[] => text.split('\n').map((t, i) => ({ text: t, sourceLine: i + 1 }));

describe('parseHeader', () => {
  it('reads issuer, number, place, date, type and a multi-line upper-case title', () => {
    const header = parseHeader(
      lines(
        'ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 01/CTr-UBND\nCà Mau, ngày 19 tháng 01 năm 2023\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nTHỰC HIỆN NGHỊ QUYẾT NĂM 2023\nNăm 2022 là năm bản lề.',
      ),
      {},
    );
    expect(header).toMatchObject({
      number: '01/CTr-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Cà Mau',
      placeName: 'Cà Mau',
      issued: '2023-01-19',
      type: 'Chương trình hành động',
      title: 'CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT NĂM 2023',
      bodyStart: 7,
      headerless: false,
    });
  });

  it('reads "Số:" and "VỀ" wrapped onto lines of their own, and a portal number does not hide the issuer', () => {
    const header = parseHeader(
      lines(
        'ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố:\n1805/QĐ-UBND\nPhú Thọ, ngày 18 tháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ\nVIỆC CÔNG BỐ DANH MỤC\nCăn cứ Luật;',
      ),
      { number: '1805/QĐ-UBND' },
    );
    expect(header).toMatchObject({
      issuer: 'Ủy ban nhân dân tỉnh Phú Thọ',
      number: '1805/QĐ-UBND',
      title: 'QUYẾT ĐỊNH VỀ VIỆC CÔNG BỐ DANH MỤC',
      bodyStart: 8,
    });
  });

  it('reads a type line joined to its sentence-case subject ("NGHỊ QUYẾT … về …")', () => {
    const header = parseHeader(
      lines(
        'TỈNH ỦY QUẢNG NGÃI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 05-NQ/TU\nQuảng Ngãi, ngày 12 tháng 4 năm 2025\nNGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH về phát triển du lịch giai đoạn 2025 - 2030\nI. TÌNH HÌNH',
      ),
      {},
    );
    expect(header).toMatchObject({
      type: 'Nghị quyết',
      title: 'NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH về phát triển du lịch giai đoạn 2025 - 2030',
      bodyStart: 5,
    });
  });

  it('reads a congress under its Party organisation, keeping Roman numerals', () => {
    const header = parseHeader(
      lines(
        'ĐẢNG BỘ TỈNH LÀO CAI\nĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVII\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 10 tháng 10 năm 2025\nNGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XVII\nĐại hội đã họp.',
      ),
      {},
    );
    expect(header).toMatchObject({
      issuer: 'Đại hội đại biểu lần thứ XVII',
      issuerParent: 'Đảng bộ tỉnh Lào Cai',
      title: 'NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XVII',
    });
  });

  it('reads a national header and stops the title at "Căn cứ"', () => {
    const header = parseHeader(
      lines(
        'CHÍNH PHỦ\nSố: 38/NQ-CP\nHà Nội, ngày 05 tháng 3 năm 2025\nNGHỊ QUYẾT\nVề việc ban hành Chương trình hành động\nCăn cứ Luật Tổ chức Chính phủ;',
      ),
      {},
    );
    expect(header).toMatchObject({ issuer: 'Chính phủ', number: '38/NQ-CP', type: 'Nghị quyết', issued: '2025-03-05', bodyStart: 5 });
    expect(header.title).toBe('NGHỊ QUYẾT Về việc ban hành Chương trình hành động');
  });

  it('takes a sentence-case subject line into the title, but not the body sentence after it', () => {
    const header = parseHeader(
      lines(
        'ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 7/KH-UBND\nAn Giang, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\nTriển khai chương trình chuyển đổi số năm 2025\nNăm 2024, tỉnh đạt nhiều kết quả.',
      ),
      {},
    );
    expect(header).toMatchObject({ title: 'KẾ HOẠCH Triển khai chương trình chuyển đổi số năm 2025', bodyStart: 5 });
  });

  it('reads an official letter: unit under its parent, "V/v" subject as the title', () => {
    const header = parseHeader(
      lines(
        'BỘ TÀI CHÍNH\nCỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5363/CT-CS\nV/v xây dựng Bảng giá tính lệ phí trước bạ\nHà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Các Thuế tỉnh, thành phố.',
      ),
      {},
    );
    expect(header).toMatchObject({
      issuer: 'Cục Thuế',
      issuerParent: 'Bộ Tài chính',
      type: 'Công văn',
      title: 'V/v xây dựng Bảng giá tính lệ phí trước bạ',
      issued: '2025-11-20',
      bodyStart: 6,
    });
  });

  it('reads the number and type of a law from its "Luật số:" line', () => {
    const header = parseHeader(
      lines('QUỐC HỘI\nLuật số: 59/2020/QH14\nHà Nội, ngày 17 tháng 6 năm 2020\nLUẬT\nDOANH NGHIỆP\nCăn cứ Hiến pháp;'),
      {},
    );
    expect(header).toMatchObject({ number: '59/2020/QH14', type: 'Luật', issuer: 'Quốc hội', issued: '2020-06-17' });
  });

  it('spells a number with a stray space the canonical way', () => {
    expect(parseHeader(lines('TỈNH ỦY CÀ MAU\nSố: 27/NQ- TU\nCà Mau, ngày 02 tháng 3 năm 2025\nNGHỊ QUYẾT\nVề du lịch'), {}).number).toBe(
      '27-NQ/TU',
    );
  });

  it('takes a short first line as the title of a headerless news text', () => {
    const header = parseHeader(lines('Cà Mau đẩy mạnh sản xuất\nTrong 6 tháng đầu năm 2024, kinh tế tăng 6,96%.'), {});
    expect(header).toMatchObject({ headerless: true, title: 'Cà Mau đẩy mạnh sản xuất', bodyStart: 1, number: null });
  });
});

describe('header helpers', () => {
  it('writes upper-case issuers in display case', () => {
    expect(displayCase('ỦY BAN NHÂN DÂN TỈNH CÀ MAU')).toBe('Ủy ban nhân dân tỉnh Cà Mau');
    expect(displayCase('BỘ TÀI CHÍNH')).toBe('Bộ Tài chính');
    expect(displayCase('TỈNH ỦY HẬU GIANG')).toBe('Tỉnh ủy Hậu Giang');
    expect(displayCase('THỦ TƯỚNG CHÍNH PHỦ')).toBe('Thủ tướng Chính phủ');
    expect(displayCase('BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    expect(displayCase('UBND THÀNH PHỐ HÀ NỘI')).toBe('UBND thành phố Hà Nội');
    expect(displayCase('VĂN PHÒNG TRUNG ƯƠNG ĐẢNG', types.properWords)).toBe('Văn phòng Trung ương Đảng');
    expect(displayCase('BỘ CÔNG THƯƠNG', types.properWords)).toBe('Bộ Công Thương');
    expect(displayCase('BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH', types.properWords)).toBe('Ban Chỉ đạo Nhà nước về du lịch');
  });

  it('infers the type from the code in the number', () => {
    expect(typeFromNumber('31-CTr/TU', types)).toBe('Chương trình');
    expect(typeFromNumber('149/QĐ-TTg', types)).toBe('Quyết định');
    expect(typeFromNumber('59/2020/QH14', types)).toBe('Luật');
  });

  it('dates a news text by its dateline, taking a missing year from the text', () => {
    expect(newsDate(lines('Ngày 04/01/2021, Chủ tịch chủ trì hội nghị.'))).toBe('2021-01-04');
    expect(newsDate(lines('Tiêu đề\nChiều 5/7, hội nghị khép lại.\nKết quả 6 tháng đầu năm 2024 và năm 2024.'))).toBe('2024-07-05');
  });
});
