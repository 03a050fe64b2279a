import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.ts';
import { readClause } from './clause.ts';

const lexicon = loadLexicon();
const read = (text: string) => readClause(text, lexicon);

describe('who a clause says acts', () => {
  it.each([
    [
      'Sở Y tế chủ trì, phối hợp với các sở, ngành, địa phương có liên quan:',
      ['Sở Y tế'],
      ['Các sở, ngành, địa phương có liên quan'],
      true,
    ],
    [
      'Sở Tài chính, Cục thuế tỉnh theo chức năng, nhiệm vụ phối hợp với sở, ngành, địa phương có liên quan:',
      ['Sở Tài chính', 'Cục thuế tỉnh'],
      ['Sở, ngành, địa phương có liên quan'],
      true,
    ],
    [
      'Sở Tài chính chủ trì, phối hợp với các sở, ngành, địa phương: quản lý chặt chẽ tài sản công.',
      ['Sở Tài chính'],
      ['Các sở, ngành, địa phương'],
      false,
    ],
    [
      'Trung tâm Phát triển quỹ đất, Ủy ban nhân dân các huyện, thành phố tập trung giải phóng mặt bằng.',
      ['Trung tâm Phát triển quỹ đất', 'Ủy ban nhân dân các huyện, thành phố'],
      [],
      false,
    ],
    [
      'Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương có trách nhiệm triển khai.',
      ['Các bộ, cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'],
      [],
      false,
    ],
    [
      'Giao Bộ Tài chính chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Văn phòng Chính phủ hướng dẫn thực hiện.',
      ['Bộ Tài chính'],
      ['Bộ Kế hoạch và Đầu tư', 'Văn phòng Chính phủ'],
      false,
    ],
    ['Sở Nội vụ', ['Sở Nội vụ'], [], true],
    ['Trách nhiệm của Sở Giáo dục và Đào tạo', ['Sở Giáo dục và Đào tạo'], [], true],
    ['Đối với Ủy ban nhân dân các xã:', ['Ủy ban nhân dân các xã'], [], true],
    ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố'], [], true],
    ['QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP', ['SỞ TƯ PHÁP'], [], true],
    ['Giao Vụ Khoa học kỹ thuật chủ trì, phối hợp với Văn phòng Bộ cập nhật thủ tục.', ['Vụ Khoa học kỹ thuật'], ['Văn phòng Bộ'], false],
    ['Đề nghị các Bộ, ngành, địa phương khẩn trương rà soát.', ['Các Bộ, ngành, địa phương'], [], false],
  ])('reads "%s"', (text, lead, partners, assignsOnly) => {
    expect(read(text)).toMatchObject({ lead, partners, assignsOnly });
  });

  it('gives the agencies a request names, not the requester, as the actor', () => {
    const clause = read(
      'Chủ tịch Ủy ban nhân dân thành phố Cần Thơ yêu cầu Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan tập trung thực hiện các nhiệm vụ sau:',
    );
    expect(clause).toMatchObject({
      actor: 'directive',
      lead: ['Các sở, ban ngành', 'Ủy ban nhân dân xã, phường', 'Các đơn vị liên quan'],
      assignsOnly: true,
    });
    expect(read('Thủ tướng Chính phủ yêu cầu:')).toMatchObject({ lead: [], requester: ['Thủ tướng Chính phủ'], assignsOnly: true });
  });

  it.each([
    [
      'Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ theo quy định, Phòng Kinh tế xã rà soát, thẩm định hồ sơ',
      ['Phòng Kinh tế xã'],
    ],
    ['Về triển khai Chương trình: Chính phủ sẽ phân công nhiệm vụ các bộ, cơ quan.', ['Chính phủ']],
    ['Bộ trưởng Bộ Nội vụ chỉ đạo các đơn vị trực thuộc rà soát hồ sơ.', ['Bộ Nội vụ']],
  ])('finds the subject after a condition or topic in "%s"', (text, lead) => {
    expect(read(text).lead).toEqual(lead);
  });

  it('names the actor a later directive gives an item without subject', () => {
    expect(read('Tổ chức đánh giá giữa kỳ (3). Giao Sở Kế hoạch và Đầu tư chủ trì, tổng hợp, báo cáo.').alsoLead).toEqual([
      'Sở Kế hoạch và Đầu tư',
    ]);
  });

  it('names the actors of later sentences too', () => {
    const clause = read(
      'Chính phủ sẽ phân công nhiệm vụ các bộ, cơ quan. Bộ Dân tộc và Tôn giáo chịu trách nhiệm hướng dẫn. Yêu cầu các Bộ, cơ quan đổi mới phương thức.',
    );
    expect([...clause.lead, ...clause.alsoLead]).toEqual(['Chính phủ', 'Bộ Dân tộc và Tôn giáo', 'Các Bộ, cơ quan']);
  });

  it.each([
    ['Chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức hội nghị.', false, ['Văn phòng UBND tỉnh']],
    ['Phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ quy định tại điểm c mục 1.', true, ['Bộ Xây dựng']],
  ])('reads a role without subject in "%s": the actor is inherited', (text, coordinates, partners) => {
    expect(read(text)).toMatchObject({ actor: 'role', coordinates, partners, lead: [] });
  });

  it.each([
    [
      'Tiếp tục phát huy vai trò cơ quan Thường trực chủ trì, phối hợp với Văn phòng Chính phủ, các bộ, ngành địa phương liên quan rà soát danh mục các dự án',
      ['Văn phòng Chính phủ', 'Các bộ, ngành địa phương liên quan'],
    ],
    [
      'Chủ trì, phối hợp với Ủy ban nhân dân cấp xã, các phòng, ban chuyên môn thuộc Ủy ban nhân dân cấp xã, cơ quan thuế và các cơ quan có liên quan trong việc thực hiện đăng ký',
      ['Ủy ban nhân dân cấp xã', 'Các phòng, ban chuyên môn thuộc Ủy ban nhân dân cấp xã', 'Cơ quan thuế', 'Các cơ quan có liên quan'],
    ],
    [
      'Phối hợp với Sở Nông nghiệp và Môi trường, cơ quan có chức năng quản lý đất đai cấp xã và các đơn vị liên quan giải quyết',
      ['Sở Nông nghiệp và Môi trường', 'Cơ quan có chức năng quản lý đất đai cấp xã', 'Các đơn vị liên quan'],
    ],
  ])('reads the partners of an item without subject in "%s"', (text, partners) => {
    expect(read(text)).toMatchObject({ lead: [], partners });
  });

  it.each([
    ['Rà soát toàn diện các luật, nghị định, thông tư', true],
    ['Thường xuyên kiểm tra chất lượng nước cấp', true],
    ['Theo chức năng, nhiệm vụ tăng cường thông tin, tuyên truyền', true],
    ['Đối với các khu, cụm công nghiệp chưa có mạng lưới cấp nước, yêu cầu chủ đầu tư xây dựng hệ thống', true],
    ['Căn cứ mục tiêu, nội dung, giải pháp của Đề án để cụ thể hóa thành các chương trình', true],
    ['Tình hình thực hiện chế độ báo cáo của chủ chương trình', false],
    ['Trình tự thực hiện thủ tục', false],
    ['Nền tảng dữ liệu nông nghiệp', false],
  ])('tells whether "%s" opens with an action', (text, imperative) => {
    expect(read(text).imperative).toBe(imperative);
  });

  it.each([['Tỉnh ủy đã tập trung lãnh đạo, chỉ đạo khai thác tiềm năng.']])('reads "%s" as a report of the past', (text) => {
    expect(read(text).past).toBe(true);
  });
});
