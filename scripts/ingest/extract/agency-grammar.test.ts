import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.ts';
import { readAgencyList } from './agency-grammar.ts';

const lexicon = loadLexicon();
const names = (text: string) => readAgencyList(text, 0, lexicon)?.mentions ?? [];

describe('where agency names end', () => {
  it.each([
    ['Các Sở, ngành, đơn vị liên quan kiện toàn bộ máy', ['Các Sở, ngành, đơn vị liên quan']],
    ['UBND các xã, phường phân công cán bộ theo dõi', ['UBND các xã, phường']],
    ['Các cơ quan, đơn vị theo chức năng', ['Các cơ quan, đơn vị']],
    ['Các Bộ, cơ quan đổi mới phương thức quản lý', ['Các Bộ, cơ quan']],
    ['Sở Tài chính chủ trì, phối hợp với Sở Y tế', ['Sở Tài chính']],
    ['Sở Công Thương chủ trì điều phối', ['Sở Công Thương']],
    ['Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ', ['Ngân hàng Nhà nước Việt Nam']],
    ['Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ', ['Trung tâm Phục vụ hành chính công tỉnh']],
    ['Sở Nông nghiệp và Môi trường tổng hợp chung', ['Sở Nông nghiệp và Môi trường']],
    ['Bộ Lao động - Thương binh và Xã hội hướng dẫn', ['Bộ Lao động - Thương binh và Xã hội']],
    ['Ủy ban nhân dân xã/phường lập danh sách', ['Ủy ban nhân dân xã/phường']],
    ['Sở Tài chính phê duyệt phương án', ['Sở Tài chính']],
    ['Ủy ban nhân dân các xã, phường niêm yết', ['Ủy ban nhân dân các xã, phường']],
    ['Sở Khoa học và Công nghệ tỉnh. Địa chỉ: số 01 đường Mai Thế Chuẩn', ['Sở Khoa học và Công nghệ tỉnh']],
    ['Văn phòng Chính phủ thông báo để các bộ biết', ['Văn phòng Chính phủ']],
    ['Phó Thủ tướng Chính phủ trước ngày 15 tháng 11 năm 2025', ['Phó Thủ tướng Chính phủ']],
    ['Chi nhánh Văn phòng đăng ký đất đai', ['Chi nhánh Văn phòng đăng ký đất đai']],
    ['Binh chủng Công binh đào tạo, cấp chứng chỉ', ['Binh chủng Công binh']],
    ['Bí thư Tỉnh ủy Cà Mau Nguyễn Tiến Hải nhắc nhở', ['Tỉnh ủy Cà Mau']],
    ['Kiểm toán nhà nước khu vực II', ['Kiểm toán nhà nước khu vực II']],
    [
      'Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi chịu trách nhiệm',
      ['Ủy ban nhân dân các xã, phường thuộc vùng đồng bào dân tộc thiểu số và miền núi'],
    ],
  ])('reads "%s" as %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('lists of agencies', () => {
  it.each([
    [
      'Sở Nội vụ, các sở, ban, ngành Thành phố trong phạm vi chức năng, nhiệm vụ của mình và các cơ quan liên quan triển khai',
      ['Sở Nội vụ', 'Các sở, ban, ngành Thành phố', 'Các cơ quan liên quan'],
    ],
    ['Sở Tài chính và các đơn vị khác có liên quan thực hiện', ['Sở Tài chính', 'Các đơn vị khác có liên quan']],
    [
      'Sở Văn hóa, Thể thao và Du lịch, Sở Kế hoạch và Đầu tư và Văn phòng Chính phủ thực hiện',
      ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Kế hoạch và Đầu tư', 'Văn phòng Chính phủ'],
    ],
    [
      'Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và UBND các xã, phường tổ chức',
      ['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh', 'UBND các xã, phường'],
    ],
    [
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội',
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Các tổ chức chính trị - xã hội'],
    ],
    ['Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước', ['Các tổ chức, cá nhân và hộ gia đình']],
    ['Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm', ['Doanh nghiệp, cộng đồng, tổ chức, cá nhân']],
    [
      'Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh, Hệ thống truyền thanh cơ sở:',
      [
        'Báo và Phát thanh - Truyền hình Đắk Lắk',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Cổng Thông tin điện tử tỉnh',
        'Hệ thống truyền thanh cơ sở',
      ],
    ],
    [
      'Đài Phát thanh và Truyền hình Thành phố, cơ quan thông tấn báo chí',
      ['Đài Phát thanh và Truyền hình Thành phố', 'Cơ quan thông tấn báo chí'],
    ],
    ['Phòng Kinh tế xã/Phòng Kinh tế, Hạ tầng và Đô thị phường rà soát', ['Phòng Kinh tế xã', 'Phòng Kinh tế, Hạ tầng và Đô thị phường']],
    [
      'các Sở: Tư pháp, Nội vụ, Văn hóa, Thể thao và Du lịch chịu trách nhiệm',
      ['Sở Tư pháp', 'Sở Nội vụ', 'Sở Văn hóa, Thể thao và Du lịch'],
    ],
    [
      'Các Bộ: Công an, Quốc phòng, Văn hóa, Thể thao và Du lịch chỉ đạo triển khai.',
      ['Bộ Công an', 'Bộ Quốc phòng', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ],
    ['Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế chỉ đạo.', ['Bộ Tài chính', 'Bộ Nội vụ', 'Bộ Y tế']],
    [
      'Các Bộ, cơ quan: Tài chính, Xây dựng, Nông nghiệp và Môi trường, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ được giao khẩn trương rà soát',
      ['Bộ Tài chính', 'Bộ Xây dựng', 'Bộ Nông nghiệp và Môi trường', 'Bộ Ngoại giao', 'Tập đoàn Điện lực Việt Nam'],
    ],
    ['Các Sở, ngành: Tư pháp, Nội vụ, Công an tỉnh phối hợp thực hiện', ['Sở Tư pháp', 'Sở Nội vụ', 'Công an tỉnh']],
    ['Cơ quan chủ trì có trách nhiệm tổng hợp đầy đủ nội dung cuộc họp', ['Cơ quan chủ trì']],
    ['cơ quan phối hợp chịu trách nhiệm về các thông tin đã cung cấp', ['Cơ quan phối hợp']],
    [
      'các cơ quan, đơn vị: Văn phòng UBND tỉnh, Sở Tài chính; Công an tỉnh thực hiện',
      ['Văn phòng UBND tỉnh', 'Sở Tài chính', 'Công an tỉnh'],
    ],
  ])('splits "%s" into %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    [
      'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành',
      [
        'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
        'Ủy ban nhân dân các tỉnh, thành phố',
        'Các cơ quan, tổ chức, cá nhân có liên quan',
      ],
    ],
    ['Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh căn cứ', ['Các Sở, ngành, cơ quan cấp tỉnh']],
    [
      'Giám đốc, Thủ trưởng các sở, ban ngành, Chủ tịch Ủy ban nhân dân xã, phường và các đơn vị liên quan tập trung',
      ['Các sở, ban ngành', 'Ủy ban nhân dân xã, phường', 'Các đơn vị liên quan'],
    ],
    [
      'Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Môi trường, Giám đốc Trung tâm Phục vụ hành chính công tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm',
      [
        'Văn phòng UBND tỉnh',
        'Sở Nông nghiệp và Môi trường',
        'Trung tâm Phục vụ hành chính công tỉnh',
        'Các tổ chức, cá nhân có liên quan',
      ],
    ],
    ['Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành', ['Các Sở, cơ quan, ban, ngành']],
  ])('reads office holders in "%s" as their bodies %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([['Trường hợp hồ sơ hợp lệ'], ['Hội nghị trực tuyến tại tỉnh'], ['Bộ chỉ số đánh giá'], ['Năm 2022 là năm bản lề']])(
    'finds no agency in "%s"',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});
