import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.ts';
import { normalize } from '../../normalize.ts';
import { parse } from '../../parse/index.ts';
import { asOfDate, extractFigures, findQuantities, labelOf } from './index.ts';

const lexicon = loadLexicon();
const facts = lexicon.facts;
const quantities = (text: string) => findQuantities(text, facts.figures);
// A title line first: a headerless text takes its first short line as its title.
const figuresOf = (text: string) =>
  extractFigures(parse(normalize('x.txt', `Báo cáo thử\n${text}`), lexicon), { documentId: 'x', lexicon: facts });

describe('quantities', () => {
  it.each([
    ['Tốc độ tăng trưởng kinh tế bình quân từ 6,3 - 6,7%/năm', { low: 6.3, high: 6.7, unit: '%/năm' }],
    ['Thu nhập bình quân đầu người từ 80 - 87 triệu đồng/người', { low: 80, high: 87, unit: 'triệu đồng/người' }],
    ['là 1.000 doanh nghiệp', { value: 1000, unit: 'doanh nghiệp' }],
    ['kim ngạch đạt 1.044 triệu USD', { value: 1044, unit: 'triệu USD' }],
    ['tỷ lệ hộ nghèo giảm còn 1,57%', { value: 1.57, unit: '%' }],
    ['đạt 13/15 chỉ tiêu', { value: 13, of: 15, unit: '/15 chỉ tiêu' }],
    ['dân số trên 3,3 triệu người', { value: 3.3, unit: 'triệu người', qualifier: 'min' }],
    ['vốn đầu tư 2,5 nghìn tỷ đồng', { value: 2.5, unit: 'nghìn tỷ đồng' }],
    ['kiểm tra trên 41 ngàn đảng viên', { value: 41000, low: 41000, high: null, unit: 'đảng viên' }],
    ['Toàn tỉnh có 02 khu công nghiệp và 08 cụm công nghiệp', { value: 2, unit: 'khu công nghiệp' }],
    ['Tỷ lệ trẻ em suy dinh dưỡng dưới 11%', { low: null, high: 11, qualifier: 'max' }],
    ['tăng trưởng kinh tế tăng từ 7% trở lên', { low: 7, high: null, qualifier: 'min' }],
    ['tăng 6,96%, đứng thứ 3 khu vực', { value: 6.96 }],
    ['cao hơn gần gấp 3 lần so với cùng kỳ', { value: 3, unit: 'lần' }],
  ])('reads "%s"', (text, expected) => {
    expect(quantities(text)[0]).toMatchObject(expected);
  });

  it('reads a rank after a figure', () => {
    expect(quantities('tăng 6,96%, đứng thứ 3 khu vực và thứ 22 cả nước').map((q) => [q.value, q.unit])).toEqual([
      [6.96, '%'],
      [3, 'hạng'],
      [22, 'hạng'],
    ]);
  });

  it.each([
    ['years and durations', 'trong 5 năm đến năm 2025, kỷ niệm 130 năm, tròn 90 tuổi'],
    ['ratio denominators', 'số bác sĩ trên 10.000 dân'],
    ['document numbers and positions', 'Quyết định số 141 tại Điều 3, lần thứ 2, Quốc lộ 14, cơn bão số 13, Kỳ họp thứ 10'],
    ['levels and times of day', 'chính quyền địa phương 02 cấp; Đến 12h00 ngày 21/11/2025'],
    ['dates and names written as shares', 'ngày 20/12, Quảng trường 3/2'],
    ['slogans in quotation marks', 'với tinh thần “3 có”, “2 không”'],
    ['a name after a number', '244 Điện Biên Phủ'],
  ])('skips %s', (_, text) => {
    expect(quantities(text)).toEqual([]);
  });
});

describe('labels', () => {
  it.each([
    ['Phấn đấu tổng sản phẩm trong tỉnh (GRDP) năm 2023 tăng từ 7% trở lên.', 'tổng sản phẩm trong tỉnh (GRDP) năm 2023 tăng'],
    ['(4) Giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 1%.', 'Giảm tỷ lệ hộ nghèo bình quân mỗi năm'],
    ['Mục tiêu: đến năm 2030, doanh thu thương mại điện tử đạt 60 tỷ USD.', 'doanh thu thương mại điện tử'],
    ['b) Tỷ lệ che phủ rừng đạt 45%.', 'Tỷ lệ che phủ rừng'],
    ['Trong đó: khu vực dịch vụ ước đạt 7,22%.', 'khu vực dịch vụ'],
    ['Trong 6 tháng đầu năm 2024, tăng trưởng kinh tế của tỉnh tăng 6,96%.', 'tăng trưởng kinh tế của tỉnh tăng'],
    [
      '- 100% các dự án đầu tư xây dựng mới áp dụng công nghệ BIM, GIS trong thiết kế.',
      'các dự án đầu tư xây dựng mới áp dụng công nghệ BIM',
    ],
    ['Bảo đảm 100% hệ thống số hoá có biện pháp bảo vệ an toàn thông tin.', 'hệ thống số hoá có biện pháp bảo vệ an toàn thông tin'],
    ['Đẩy mạnh sắp xếp bộ máy để đến năm 2026 đạt chỉ tiêu giảm 5% biên chế cán bộ.', 'biên chế cán bộ'],
  ])('labels "%s" as "%s"', (clause, label) => {
    const quantity = quantities(clause).at(-1)!;
    expect(labelOf(clause, quantity.start, quantity.end, 0, facts.figures)).toBe(label);
  });
});

describe('targets', () => {
  it('reads a goals section, several targets per sentence, and takes the period from the lead-in', () => {
    const { targets, actuals } = figuresOf(
      'II. MỤC TIÊU\n1. Mục tiêu cụ thể\na) Đến năm 2030:\n- 100% hồ sơ công việc được xử lý trên môi trường điện tử.\n- Tỷ lệ trường đạt chuẩn quốc gia chiếm 85% tổng số trường, số sinh viên trên 10.000 người dân là 225 sinh viên.\n',
    );
    expect(targets.map((t) => [t.low, t.high, t.unit, t.period])).toEqual([
      [100, 100, '%', '2030'],
      [85, 85, '%', '2030'],
      [225, 225, 'sinh viên', '2030'],
    ]);
    expect(actuals).toEqual([]);
  });

  it('completes an elliptical half from its neighbour', () => {
    const { targets } = figuresOf('1. Chỉ tiêu\n- Tỷ lệ hộ sử dụng nước sạch đến năm 2025 đạt 70%; đến năm 2030 đạt 80%.\n');
    expect(targets.map((t) => [t.label, t.low, t.period])).toEqual([
      ['Tỷ lệ hộ sử dụng nước sạch', 70, '2025'],
      ['Tỷ lệ hộ sử dụng nước sạch', 80, '2030'],
    ]);
  });

  it('reads a congress resolution\'s "Về kinh tế: …" paragraph', () => {
    const { targets } = figuresOf(
      'II. CÁC CHỈ TIÊU CHỦ YẾU\n\nVề kinh tế: Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm đạt từ 8%/năm trở lên; GRDP bình quân đầu người đến năm 2030 đạt khoảng 5.000 USD; tỷ lệ hộ nghèo giảm dưới 1,5%.\n',
    );
    expect(targets.map((t) => [t.label, t.low, t.high, t.unit, t.comparator])).toEqual([
      ['Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm', 8, null, '%/năm', 'min'],
      ['GRDP bình quân đầu người', 5000, 5000, 'USD', 'about'],
      ['tỷ lệ hộ nghèo giảm', null, 1.5, '%', 'max'],
    ]);
  });

  it('carries the target words of a sentence over its "; "-separated clauses', () => {
    const { targets } = figuresOf(
      'III. NHIỆM VỤ\n\nPhấn đấu đến năm 2030: tỷ lệ hộ dân sử dụng nước sạch đạt 95%; tỷ lệ chất thải rắn được thu gom đạt 90%.\n',
    );
    expect(targets.map((t) => [t.label, t.low])).toEqual([
      ['tỷ lệ hộ dân sử dụng nước sạch', 95],
      ['tỷ lệ chất thải rắn được thu gom', 90],
    ]);
  });

  it('keeps a restated target once', () => {
    const { targets } = figuresOf(
      'I. CÁC CHỈ TIÊU\n(9) Tỷ lệ xã nông thôn mới đạt trên 75% tổng số xã.\nII. NHIỆM VỤ, GIẢI PHÁP\n- Phấn đấu tỷ lệ xã nông thôn mới đạt trên 75%.\n',
    );
    expect(targets).toHaveLength(1);
  });

  it.each([
    ['counts of targets', '4. Các chỉ tiêu chủ yếu\nCó 18 chỉ tiêu chủ yếu, trong đó có 3 mục tiêu.\n'],
    ['money granted and fees', '2. Mục tiêu\nMức hỗ trợ 500.000 đồng/hộ/tháng; lệ phí 50.000 đồng/hồ sơ.\n'],
    [
      'the rules of a regulation',
      'Điều 5. Điều kiện\nCông trình có quy mô không quá 03 tầng phải bảo đảm ít nhất 2/3 số thành viên có mặt.\n',
    ],
    ['cited document numbers', '1. Mục tiêu\nThực hiện Thông tư số 55/2023/TT-BTC của Bộ Tài chính.\n'],
    ['requests for funds', 'III. KIẾN NGHỊ\nĐề nghị hỗ trợ khoảng 200 tỷ đồng để phấn đấu hoàn thành mục tiêu.\n'],
  ])('are not read from %s', (_, text) => {
    expect(figuresOf(text).targets).toEqual([]);
  });
});

describe('actuals', () => {
  it('reads an assessment section, follow-up figures about the same subject, and never as targets', () => {
    const { targets, actuals } = figuresOf(
      'I. ĐÁNH GIÁ CHUNG\nTổng thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng, bằng 117,6% dự toán Trung ương giao; tăng trưởng GRDP 09 tháng đầu năm đạt 10,22%, đứng thứ 04/34 tỉnh, thành phố.\nII. NHIỆM VỤ\nPhấn đấu giải ngân đạt 100% kế hoạch vốn.\n',
    );
    expect(actuals.map((a) => [a.value, a.unit, a.as_of])).toEqual([
      [47.5, 'nghìn tỷ đồng', null],
      [117.6, '%', null],
      [10.22, '%', null],
      [4, 'hạng', null],
    ]);
    expect(actuals[1]!.label).toContain('Tổng thu ngân sách');
    expect(targets.map((t) => t.low)).toEqual([100]);
  });

  it('does not take a target quoted in a comparison for a result', () => {
    const { actuals } = figuresOf(
      'I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC\nThu nhập bình quân đầu người đạt 53 triệu đồng/người so với Nghị quyết đề ra là 55 triệu đồng/người.\n',
    );
    expect(actuals.map((a) => a.value)).toEqual([53]);
  });

  it.each([
    ['Trong 6 tháng đầu năm 2024, GRDP tăng 6,96%', '2024-06-30'],
    ['Tổng thu ngân sách 10 tháng năm 2025 đạt 13.966 tỷ đồng', '2025-10-31'],
    ['GRDP Quý III/2025 đạt 6,26%', '2025-09-30'],
    ['Năm 2020, thu ngân sách vượt 20%', '2020-12-31'],
    ['thu ngân sách tăng 14,5%', '2024-07-05'],
    ['Kết quả nhiệm kỳ 2015 - 2020: đạt 17 chỉ tiêu', '2020-12-31'],
  ])('dates "%s" at %s', (sentence, date) => {
    expect(asOfDate(sentence, '2024-07-05')).toBe(date);
  });
});
