/**
 * How agencies named in 2020–2025 documents changed in 2025 (entries of kind "unchanged" omitted).
 * Copied from the shared reference data (place/agency-successions-2025.yaml) so the
 * project does not depend on that folder at run time. Facts, not code: edit with care.
 */
import type { AgencySuccessionData } from './types.ts';

/** Succession rules; `applies_to` limits an entry to some provinces. */
export const AGENCY_SUCCESSIONS: AgencySuccessionData[] = [
  {
    "from": "Bộ Kế hoạch và Đầu tư",
    "to": "Bộ Tài chính",
    "level": "national",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15 (18/02/2025) về cơ cấu tổ chức của Chính phủ; Nghị định 29/2025/NĐ-CP (24/02/2025) quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính"
  },
  {
    "from": "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
    "to": "Bộ Tài chính",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quyền, nghĩa vụ, trách nhiệm đại diện chủ sở hữu đối với 18 tập đoàn, tổng công ty nhà nước",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 29/2025/NĐ-CP"
  },
  {
    "from": "Bảo hiểm xã hội Việt Nam",
    "to": "Bộ Tài chính",
    "level": "national",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 29/2025/NĐ-CP; Nghị định 166/2025/NĐ-CP"
  },
  {
    "from": "Tổng cục Thuế",
    "to": "Cục Thuế (thuộc Bộ Tài chính)",
    "level": "national",
    "change": "renamed",
    "effective": "2025-03-01",
    "legal_basis": "Quyết định 381/QĐ-BTC của Bộ Tài chính (hiệu lực 01/3/2025)"
  },
  {
    "from": "Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư)",
    "to": "Cục Thống kê (thuộc Bộ Tài chính)",
    "level": "national",
    "change": "renamed",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 29/2025/NĐ-CP; Nghị định 166/2025/NĐ-CP"
  },
  {
    "from": "Bộ Giao thông vận tải",
    "to": "Bộ Xây dựng",
    "level": "national",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 33/2025/NĐ-CP (25/02/2025) quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Xây dựng"
  },
  {
    "from": "Bộ Giao thông vận tải",
    "to": "Bộ Công an",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "sát hạch, cấp giấy phép lái xe cơ giới đường bộ; bảo đảm an ninh hàng không",
    "legal_basis": "Nghị quyết 176/2025/QH15 và các nghị định về chức năng các bộ"
  },
  {
    "from": "Bộ Tài nguyên và Môi trường",
    "to": "Bộ Nông nghiệp và Môi trường",
    "level": "national",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 35/2025/NĐ-CP (25/02/2025) quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường"
  },
  {
    "from": "Bộ Nông nghiệp và Phát triển nông thôn",
    "to": "Bộ Nông nghiệp và Môi trường",
    "level": "national",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 35/2025/NĐ-CP (25/02/2025)"
  },
  {
    "from": "Bộ Thông tin và Truyền thông",
    "to": "Bộ Khoa học và Công nghệ",
    "level": "national",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 55/2025/NĐ-CP (02/3/2025, hiệu lực từ 01/3/2025) quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ"
  },
  {
    "from": "Bộ Thông tin và Truyền thông",
    "to": "Bộ Văn hóa, Thể thao và Du lịch",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về báo chí, xuất bản",
    "legal_basis": "Nghị quyết 176/2025/QH15"
  },
  {
    "from": "Bộ Thông tin và Truyền thông",
    "to": "Bộ Công an",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về an toàn thông tin mạng (kèm tiếp nhận Tổng công ty Viễn thông MobiFone)",
    "legal_basis": "Nghị quyết 176/2025/QH15 và các nghị định về chức năng các bộ"
  },
  {
    "from": "Bộ Lao động - Thương binh và Xã hội",
    "to": "Bộ Nội vụ",
    "level": "national",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 25/2025/NĐ-CP (21/02/2025) quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ"
  },
  {
    "from": "Bộ Lao động - Thương binh và Xã hội",
    "to": "Bộ Giáo dục và Đào tạo",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về giáo dục nghề nghiệp",
    "legal_basis": "Nghị quyết 176/2025/QH15"
  },
  {
    "from": "Bộ Lao động - Thương binh và Xã hội",
    "to": "Bộ Y tế",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội",
    "legal_basis": "Nghị quyết 176/2025/QH15"
  },
  {
    "from": "Bộ Lao động - Thương binh và Xã hội",
    "to": "Bộ Nông nghiệp và Môi trường",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về giảm nghèo",
    "legal_basis": "Nghị quyết 176/2025/QH15"
  },
  {
    "from": "Bộ Lao động - Thương binh và Xã hội",
    "to": "Bộ Công an",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về cai nghiện ma túy và quản lý sau cai nghiện",
    "legal_basis": "Nghị quyết 176/2025/QH15 và các nghị định về chức năng các bộ"
  },
  {
    "from": "Bộ Nội vụ",
    "to": "Bộ Dân tộc và Tôn giáo",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về tín ngưỡng, tôn giáo (tổ chức bộ máy Ban Tôn giáo Chính phủ)",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 41/2025/NĐ-CP (26/02/2025)"
  },
  {
    "from": "Ủy ban Dân tộc",
    "to": "Bộ Dân tộc và Tôn giáo",
    "level": "national",
    "change": "renamed",
    "effective": "2025-03-01",
    "legal_basis": "Nghị quyết 176/2025/QH15; Nghị định 41/2025/NĐ-CP (26/02/2025) quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Dân tộc và Tôn giáo"
  },
  {
    "from": "Bộ Tư pháp",
    "to": "Bộ Công an",
    "level": "national",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về lý lịch tư pháp và cấp phiếu lý lịch tư pháp",
    "legal_basis": "Nghị quyết 176/2025/QH15 và các nghị định về chức năng các bộ"
  },
  {
    "from": "Sở Kế hoạch và Đầu tư",
    "to": "Sở Tài chính",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 45/2025/NĐ-CP (28/02/2025); nghị quyết HĐND từng tỉnh (vd. kỳ họp thứ 25 HĐND tỉnh Hậu Giang khóa X, 19/02/2025)"
  },
  {
    "from": "Sở Giao thông vận tải",
    "to": "Sở Xây dựng",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Sở Giao thông vận tải",
    "to": "Công an tỉnh",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "sát hạch, cấp giấy phép lái xe cơ giới đường bộ",
    "legal_basis": "Nghị quyết 176/2025/QH15 (cấp bộ); nghị quyết HĐND tỉnh"
  },
  {
    "from": "Sở Tài nguyên và Môi trường",
    "to": "Sở Nông nghiệp và Môi trường",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Sở Nông nghiệp và Phát triển nông thôn",
    "to": "Sở Nông nghiệp và Môi trường",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Sở Thông tin và Truyền thông",
    "to": "Sở Khoa học và Công nghệ",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Sở Thông tin và Truyền thông",
    "to": "Sở Văn hóa, Thể thao và Du lịch",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về báo chí, xuất bản (kèm tổ chức bộ máy)",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND tỉnh"
  },
  {
    "from": "Sở Thông tin và Truyền thông",
    "to": "Công an tỉnh",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về an toàn, an ninh thông tin mạng",
    "legal_basis": "Nghị quyết HĐND tỉnh; tương ứng việc chuyển chức năng này từ Bộ TT&TT sang Bộ Công an"
  },
  {
    "from": "Sở Lao động - Thương binh và Xã hội",
    "to": "Sở Nội vụ",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Sở Lao động - Thương binh và Xã hội",
    "to": "Sở Giáo dục và Đào tạo",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về giáo dục nghề nghiệp",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Sở Lao động - Thương binh và Xã hội",
    "to": "Sở Y tế",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội",
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Sở Lao động - Thương binh và Xã hội",
    "to": "Sở Nông nghiệp và Môi trường",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về giảm nghèo",
    "applies_to": [
      "Hậu Giang"
    ],
    "legal_basis": "Nghị quyết HĐND tỉnh; tương ứng việc chuyển ở cấp bộ"
  },
  {
    "from": "Sở Nội vụ",
    "to": "Sở Dân tộc và Tôn giáo",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "quản lý nhà nước về tín ngưỡng, tôn giáo (Ban Tôn giáo thuộc Sở Nội vụ)",
    "legal_basis": "Nghị định 45/2025/NĐ-CP (Điều 9); nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Ban Dân tộc",
    "to": "Sở Dân tộc và Tôn giáo",
    "level": "province",
    "change": "renamed",
    "effective": "2025-03-01",
    "legal_basis": "Nghị định 45/2025/NĐ-CP (Điều 9); Thông tư 02/2025/TT-BDTTG (24/6/2025) hướng dẫn chức năng Sở Dân tộc và Tôn giáo; nghị quyết HĐND từng tỉnh"
  },
  {
    "from": "Ban Dân tộc tỉnh Cà Mau",
    "to": "Sở Dân tộc và Tôn giáo tỉnh Cà Mau",
    "level": "province",
    "change": "renamed",
    "effective": "2025-03-01",
    "applies_to": [
      "Cà Mau"
    ],
    "legal_basis": "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND tỉnh Cà Mau (số hiệu chưa xác minh)"
  },
  {
    "from": "Ban Dân tộc tỉnh Hậu Giang",
    "to": "Sở Nội vụ tỉnh Hậu Giang",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "applies_to": [
      "Hậu Giang"
    ],
    "legal_basis": "Nghị quyết HĐND tỉnh Hậu Giang (kỳ họp thứ 25, khóa X, 19/02/2025); Nghị định 45/2025/NĐ-CP"
  },
  {
    "from": "Sở Ngoại vụ",
    "to": "Văn phòng Ủy ban nhân dân tỉnh",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "công tác ngoại vụ (và biên giới, với tỉnh có biên giới)",
    "legal_basis": "Nghị định 45/2025/NĐ-CP, Điều 9 khoản 1"
  },
  {
    "from": "Thanh tra sở; Thanh tra huyện",
    "to": "Thanh tra tỉnh",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-07-01",
    "functions": "thanh tra (không còn phân biệt thanh tra hành chính và thanh tra chuyên ngành)",
    "legal_basis": "Luật Thanh tra số 84/2025/QH15"
  },
  {
    "from": "Công an huyện (quận, thị xã, thành phố thuộc tỉnh)",
    "to": "Công an tỉnh; Công an xã",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-03-01",
    "functions": "toàn bộ nhiệm vụ của công an cấp huyện",
    "legal_basis": "Kết luận của Ban Chấp hành Trung ương (01/2025); quyết định của Bộ Công an"
  },
  {
    "from": "Công an tỉnh (của 52 tỉnh, thành phố được sắp xếp)",
    "to": "Công an tỉnh, thành phố mới (23 đầu mối)",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-07-01",
    "legal_basis": "Các quyết định của Bộ trưởng Bộ Công an ngày 22/6/2025; Nghị quyết 202/2025/QH15"
  },
  {
    "from": "Sở, ban, ngành của tỉnh bị hợp nhất (vd. Sở Tài chính tỉnh Bạc Liêu; Sở Y tế tỉnh Hậu Giang)",
    "to": "Sở, ban, ngành cùng lĩnh vực của tỉnh, thành phố mới (vd. Sở Tài chính tỉnh Cà Mau; Sở Y tế thành phố Cần Thơ)",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-07-01",
    "legal_basis": "Nghị quyết 202/2025/QH15 (12/6/2025); Nghị định 150/2025/NĐ-CP (12/6/2025)"
  },
  {
    "from": "Ban Quản lý Khu kinh tế tỉnh Cà Mau; Ban Quản lý các Khu công nghiệp tỉnh Bạc Liêu",
    "to": "Ban Quản lý Khu kinh tế tỉnh Cà Mau",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-08-07",
    "applies_to": [
      "Cà Mau",
      "Bạc Liêu"
    ],
    "legal_basis": "Quyết định 1695/QĐ-TTg (07/8/2025) của Thủ tướng Chính phủ"
  },
  {
    "from": "Cục Thuế tỉnh",
    "to": "Chi cục Thuế khu vực (20 đơn vị)",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Quyết định 381/QĐ-BTC của Bộ Tài chính (hiệu lực 01/3/2025)"
  },
  {
    "from": "Cục Thuế tỉnh Cà Mau",
    "to": "Chi cục Thuế khu vực XX",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "applies_to": [
      "Cà Mau",
      "Bạc Liêu",
      "Kiên Giang"
    ],
    "legal_basis": "Quyết định 381/QĐ-BTC"
  },
  {
    "from": "Chi cục Thuế khu vực",
    "to": "Thuế tỉnh, thành phố (34 đơn vị)",
    "level": "province",
    "change": "split",
    "effective": "2025-07-01",
    "legal_basis": "Quyết định 2229/QĐ-BTC sửa đổi Quyết định 381/QĐ-BTC (hiệu lực 01/7/2025)"
  },
  {
    "from": "Chi cục Thuế huyện (thị xã, thành phố thuộc tỉnh, liên huyện)",
    "to": "Đội Thuế cấp huyện (thuộc Chi cục Thuế khu vực)",
    "level": "province",
    "change": "renamed",
    "effective": "2025-03-01",
    "legal_basis": "Quyết định 381/QĐ-BTC"
  },
  {
    "from": "Đội Thuế cấp huyện",
    "to": "Thuế cơ sở",
    "level": "province",
    "change": "renamed",
    "effective": "2025-07-01",
    "legal_basis": "Quyết định 2229/QĐ-BTC"
  },
  {
    "from": "Ngân hàng Nhà nước chi nhánh tỉnh, thành phố",
    "to": "Ngân hàng Nhà nước Khu vực (15 đơn vị)",
    "level": "province",
    "change": "merged-into",
    "effective": "2025-03-01",
    "legal_basis": "Các quyết định của Thống đốc NHNN về thành lập, chức năng NHNN khu vực (số hiệu chưa xác minh)"
  },
  {
    "from": "Phòng chuyên môn thuộc Ủy ban nhân dân huyện (thị xã, thành phố thuộc tỉnh)",
    "to": "Sở (cấp tỉnh) hoặc phòng chuyên môn thuộc Ủy ban nhân dân xã, phường, đặc khu",
    "level": "province",
    "change": "functions-moved",
    "effective": "2025-07-01",
    "functions": "nhiệm vụ của cấp huyện, phân theo Nghị định 150/2025/NĐ-CP và các nghị định phân quyền, phân cấp",
    "legal_basis": "Nghị quyết 203/2025/QH15 sửa đổi Hiến pháp; Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Nghị định 150/2025/NĐ-CP"
  }
];
