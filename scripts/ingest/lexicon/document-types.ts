/**
 * Legal document vocabulary: type words written before a number, and what the
 * parts of a number ("01/NQ-CP", "31-CTr/TU", "202/2025/QH15") say about type and issuer.
 */

/** Type words as written before a document number, longest first. */
export const DOCUMENT_TYPE_WORDS = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Chương trình hành động', 'Nghị quyết', 'Quyết định', 'Chương trình',
  'Kế hoạch', 'Chỉ thị', 'Kết luận', 'Thông báo', 'Nghị định', 'Thông tư', 'Công văn', 'Luật', 'Báo cáo', 'Đề án',
  'Hướng dẫn', 'Quy định', 'Công điện', 'Tờ trình', 'Pháp lệnh', 'Lệnh', 'Văn bản', 'Quy chế', 'Chiến lược', 'Điều lệ',
];

/** Type from the code before the issuer in a number: "NQ" in "01/NQ-CP". */
export const TYPE_BY_CODE: Record<string, string> = {
  NQ: 'Nghị quyết', 'NQLT': 'Nghị quyết liên tịch', QĐ: 'Quyết định', CTr: 'Chương trình', CTR: 'Chương trình', KH: 'Kế hoạch',
  CT: 'Chỉ thị', KL: 'Kết luận', TB: 'Thông báo', NĐ: 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', BC: 'Báo cáo',
  HD: 'Hướng dẫn', QĐi: 'Quy định', CĐ: 'Công điện', TTr: 'Tờ trình', ĐA: 'Đề án', QC: 'Quy chế', CV: 'Công văn',
};

/** Issuer from the code after the type in a number: "CP" in "01/NQ-CP", "TU" in "31-CTr/TU". */
export const ISSUER_BY_CODE: Record<string, string> = {
  CP: 'Chính phủ', TTg: 'Thủ tướng Chính phủ', TW: 'Ban Chấp hành Trung ương Đảng', TU: 'Tỉnh ủy', TƯ: 'Ban Chấp hành Trung ương Đảng',
  HĐND: 'Hội đồng nhân dân', UBND: 'Ủy ban nhân dân', UBTVQH: 'Ủy ban Thường vụ Quốc hội', VPCP: 'Văn phòng Chính phủ',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư', BTC: 'Bộ Tài chính', BNV: 'Bộ Nội vụ', BCT: 'Bộ Công Thương', BYT: 'Bộ Y tế',
  BGDĐT: 'Bộ Giáo dục và Đào tạo', BTNMT: 'Bộ Tài nguyên và Môi trường', BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BNNMT: 'Bộ Nông nghiệp và Môi trường', BXD: 'Bộ Xây dựng', BGTVT: 'Bộ Giao thông vận tải', BTTTT: 'Bộ Thông tin và Truyền thông',
  BKHCN: 'Bộ Khoa học và Công nghệ', BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội', BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BTP: 'Bộ Tư pháp', BCA: 'Bộ Công an', BQP: 'Bộ Quốc phòng', NHNN: 'Ngân hàng Nhà nước Việt Nam', BCĐ: 'Ban Chỉ đạo',
  BTV: 'Ban Thường vụ', BCH: 'Ban Chấp hành', ĐU: 'Đảng ủy', HU: 'Huyện ủy', TƯĐTN: 'Trung ương Đoàn',
};
