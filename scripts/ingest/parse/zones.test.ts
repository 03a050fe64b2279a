import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.ts';
import { normalize } from '../normalize.ts';
import { parse } from './index.ts';
import { headingZone, paragraphZone } from './zones.ts';

const lexicon = loadLexicon();

describe('zones', () => {
  it.each([
    ['MỤC ĐÍCH, YÊU CẦU', 'purpose'],
    ['ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI', 'assessment'],
    ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024', 'assessment'],
    ['PHẠM VI, ĐỐI TƯỢNG, NHU CẦU, PHƯƠNG ÁN HỖ TRỢ', 'scope'],
    ['Phương án tổ chức cấp phát', 'tasks'],
    ['NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ', 'tasks'],
    ['NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', 'tasks'],
    ['MỤC TIÊU', 'goals'],
    ['TỔ CHỨC THỰC HIỆN', 'organisation'],
    ['PHÂN CÔNG NHIỆM VỤ', 'organisation'],
    ['KINH PHÍ THỰC HIỆN ĐỀ ÁN', 'funding'],
    ['Thời gian thực hiện', 'timeline'],
    ['Hoàn thiện cơ chế, chính sách', null],
  ])('puts the section headed "%s" in the %s zone', (heading, zone) => {
    expect(headingZone(heading, lexicon)).toBe(zone);
  });

  it.each([
    ['Trên đây là Kế hoạch giám sát, đánh giá Chương trình …', 'closing'],
    ['Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan phản ánh về Sở Tài chính.', 'closing'],
    ['Văn phòng Chính phủ thông báo để các Bộ, cơ quan liên quan biết, thực hiện./.', 'closing'],
    ['Quyết định này có hiệu lực kể từ ngày ký.', 'effect'],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;', 'preamble'],
    ['Theo báo cáo của Bộ Xây dựng, đến ngày 19 tháng 11 năm 2025 đã có 15 bộ đăng ký.', 'assessment'],
  ])('puts the paragraph "%s" in the %s zone wherever it stands', (text, zone) => {
    expect(paragraphZone(text, lexicon, false)).toBe(zone);
  });

  it('reads "Căn cứ …" inside a named part as an item, not the preamble', () => {
    expect(paragraphZone('a) Căn cứ mục tiêu, nội dung, giải pháp của Đề án để cụ thể hóa …', lexicon, true)).toBeNull();
  });

  it('gives blocks the zone of their innermost titled section, and the preamble to the text before the first heading', () => {
    const text = [
      'Căn cứ Nghị định số 10/2025/NĐ-CP;',
      'III. PHẠM VI, ĐỐI TƯỢNG, NHU CẦU',
      '1. Phạm vi: toàn bộ các xã, phường của tỉnh.',
      '4. Phương án tổ chức cấp phát',
      '- Tổ chức lực lượng tiếp cận các vùng ngập sâu.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Công Thương chủ trì điều phối nguồn hàng.',
    ].join('\n\n');
    const parsed = parse(normalize('x.txt', text, lexicon), lexicon);
    expect(parsed.blocks.map((block) => block.zone)).toEqual([
      'preamble',
      'scope',
      'scope',
      'tasks',
      'tasks',
      'organisation',
      'organisation',
    ]);
  });

  it('keeps everything inside a form in the form zone, whatever its own headings say', () => {
    const text = [
      'Điều 1. Giao Sở Khoa học và Công nghệ chủ trì triển khai thực hiện.',
      '**BM-12**',
      'VĂN BẢN CAM KẾT PHỐI HỢP THỰC HIỆN NHIỆM VỤ',
      '1. Tổ chức đăng ký chủ trì:',
      '2. Nội dung cam kết phối hợp thực hiện nhiệm vụ:',
    ].join('\n\n');
    const parsed = parse(normalize('x.txt', text, lexicon), lexicon);
    const zones = parsed.blocks.map((block) => block.zone);
    expect(zones[0]).not.toBe('form');
    expect(zones.slice(1)).toEqual(['form', 'form', 'form']);
  });

  it('reads an article written as a sentence by its sentence: a long one is no title, the entry into force covers its paragraphs', () => {
    const text = [
      'Điều 2. Giao Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan tổ chức triển khai thực hiện Quyết định này.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      'Quyết định số 15/QĐ-UBND ngày 10 tháng 01 năm 2024 hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
    ].join('\n\n');
    const parsed = parse(normalize('x.txt', text, lexicon), lexicon);
    expect(parsed.blocks.map((block) => block.zone)).toEqual(['body', 'effect', 'effect']);
  });
});
