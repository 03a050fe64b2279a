/**
 * Provincial-level units before (63) and after (34) the 2025 reorganisation, with successors.
 * Copied from the shared reference data (place/agency-successions-2025.yaml) so the
 * project does not depend on that folder at run time. Facts, not code: edit with care.
 */
import type { PlaceData } from './types.ts';

/** Every province and centrally governed city, old and new. */
export const PLACES: PlaceData[] = [
  {
    "name": "Tuyên Quang",
    "full_name": "tỉnh Tuyên Quang",
    "successor": {
      "name": "Tuyên Quang",
      "full_name": "tỉnh Tuyên Quang",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Hà Giang",
    "full_name": "tỉnh Hà Giang",
    "successor": {
      "name": "Tuyên Quang",
      "full_name": "tỉnh Tuyên Quang",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Lào Cai",
    "full_name": "tỉnh Lào Cai",
    "successor": {
      "name": "Lào Cai",
      "full_name": "tỉnh Lào Cai",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Yên Bái",
    "full_name": "tỉnh Yên Bái",
    "successor": {
      "name": "Lào Cai",
      "full_name": "tỉnh Lào Cai",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Thái Nguyên",
    "full_name": "tỉnh Thái Nguyên",
    "successor": {
      "name": "Thái Nguyên",
      "full_name": "tỉnh Thái Nguyên",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bắc Kạn",
    "full_name": "tỉnh Bắc Kạn",
    "successor": {
      "name": "Thái Nguyên",
      "full_name": "tỉnh Thái Nguyên",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Phú Thọ",
    "full_name": "tỉnh Phú Thọ",
    "successor": {
      "name": "Phú Thọ",
      "full_name": "tỉnh Phú Thọ",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Vĩnh Phúc",
    "full_name": "tỉnh Vĩnh Phúc",
    "successor": {
      "name": "Phú Thọ",
      "full_name": "tỉnh Phú Thọ",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Hòa Bình",
    "full_name": "tỉnh Hòa Bình",
    "successor": {
      "name": "Phú Thọ",
      "full_name": "tỉnh Phú Thọ",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bắc Ninh",
    "full_name": "tỉnh Bắc Ninh",
    "successor": {
      "name": "Bắc Ninh",
      "full_name": "tỉnh Bắc Ninh",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bắc Giang",
    "full_name": "tỉnh Bắc Giang",
    "successor": {
      "name": "Bắc Ninh",
      "full_name": "tỉnh Bắc Ninh",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Hưng Yên",
    "full_name": "tỉnh Hưng Yên",
    "successor": {
      "name": "Hưng Yên",
      "full_name": "tỉnh Hưng Yên",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Thái Bình",
    "full_name": "tỉnh Thái Bình",
    "successor": {
      "name": "Hưng Yên",
      "full_name": "tỉnh Hưng Yên",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Hải Phòng",
    "full_name": "thành phố Hải Phòng",
    "successor": {
      "name": "Hải Phòng",
      "full_name": "thành phố Hải Phòng",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "thanh-pho"
  },
  {
    "name": "Hải Dương",
    "full_name": "tỉnh Hải Dương",
    "successor": {
      "name": "Hải Phòng",
      "full_name": "thành phố Hải Phòng",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Ninh Bình",
    "full_name": "tỉnh Ninh Bình",
    "successor": {
      "name": "Ninh Bình",
      "full_name": "tỉnh Ninh Bình",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Hà Nam",
    "full_name": "tỉnh Hà Nam",
    "successor": {
      "name": "Ninh Bình",
      "full_name": "tỉnh Ninh Bình",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Nam Định",
    "full_name": "tỉnh Nam Định",
    "successor": {
      "name": "Ninh Bình",
      "full_name": "tỉnh Ninh Bình",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Quảng Trị",
    "full_name": "tỉnh Quảng Trị",
    "successor": {
      "name": "Quảng Trị",
      "full_name": "tỉnh Quảng Trị",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Quảng Bình",
    "full_name": "tỉnh Quảng Bình",
    "successor": {
      "name": "Quảng Trị",
      "full_name": "tỉnh Quảng Trị",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Đà Nẵng",
    "full_name": "thành phố Đà Nẵng",
    "successor": {
      "name": "Đà Nẵng",
      "full_name": "thành phố Đà Nẵng",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "thanh-pho"
  },
  {
    "name": "Quảng Nam",
    "full_name": "tỉnh Quảng Nam",
    "successor": {
      "name": "Đà Nẵng",
      "full_name": "thành phố Đà Nẵng",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Quảng Ngãi",
    "full_name": "tỉnh Quảng Ngãi",
    "successor": {
      "name": "Quảng Ngãi",
      "full_name": "tỉnh Quảng Ngãi",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Kon Tum",
    "full_name": "tỉnh Kon Tum",
    "successor": {
      "name": "Quảng Ngãi",
      "full_name": "tỉnh Quảng Ngãi",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Gia Lai",
    "full_name": "tỉnh Gia Lai",
    "successor": {
      "name": "Gia Lai",
      "full_name": "tỉnh Gia Lai",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bình Định",
    "full_name": "tỉnh Bình Định",
    "successor": {
      "name": "Gia Lai",
      "full_name": "tỉnh Gia Lai",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Khánh Hòa",
    "full_name": "tỉnh Khánh Hòa",
    "successor": {
      "name": "Khánh Hòa",
      "full_name": "tỉnh Khánh Hòa",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15; Nghị quyết 1667/NQ-UBTVQH15 (cấp xã)"
    },
    "kind": "tinh"
  },
  {
    "name": "Ninh Thuận",
    "full_name": "tỉnh Ninh Thuận",
    "successor": {
      "name": "Khánh Hòa",
      "full_name": "tỉnh Khánh Hòa",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15; Nghị quyết 1667/NQ-UBTVQH15 (cấp xã)"
    },
    "kind": "tinh"
  },
  {
    "name": "Lâm Đồng",
    "full_name": "tỉnh Lâm Đồng",
    "successor": {
      "name": "Lâm Đồng",
      "full_name": "tỉnh Lâm Đồng",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Đắk Nông",
    "full_name": "tỉnh Đắk Nông",
    "successor": {
      "name": "Lâm Đồng",
      "full_name": "tỉnh Lâm Đồng",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bình Thuận",
    "full_name": "tỉnh Bình Thuận",
    "successor": {
      "name": "Lâm Đồng",
      "full_name": "tỉnh Lâm Đồng",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Đắk Lắk",
    "full_name": "tỉnh Đắk Lắk",
    "successor": {
      "name": "Đắk Lắk",
      "full_name": "tỉnh Đắk Lắk",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Phú Yên",
    "full_name": "tỉnh Phú Yên",
    "successor": {
      "name": "Đắk Lắk",
      "full_name": "tỉnh Đắk Lắk",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Hồ Chí Minh",
    "full_name": "Thành phố Hồ Chí Minh",
    "successor": {
      "name": "Hồ Chí Minh",
      "full_name": "Thành phố Hồ Chí Minh",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "thanh-pho"
  },
  {
    "name": "Bà Rịa - Vũng Tàu",
    "full_name": "tỉnh Bà Rịa - Vũng Tàu",
    "successor": {
      "name": "Hồ Chí Minh",
      "full_name": "Thành phố Hồ Chí Minh",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bình Dương",
    "full_name": "tỉnh Bình Dương",
    "successor": {
      "name": "Hồ Chí Minh",
      "full_name": "Thành phố Hồ Chí Minh",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Đồng Nai",
    "full_name": "tỉnh Đồng Nai",
    "successor": {
      "name": "Đồng Nai",
      "full_name": "tỉnh Đồng Nai",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bình Phước",
    "full_name": "tỉnh Bình Phước",
    "successor": {
      "name": "Đồng Nai",
      "full_name": "tỉnh Đồng Nai",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Tây Ninh",
    "full_name": "tỉnh Tây Ninh",
    "successor": {
      "name": "Tây Ninh",
      "full_name": "tỉnh Tây Ninh",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Long An",
    "full_name": "tỉnh Long An",
    "successor": {
      "name": "Tây Ninh",
      "full_name": "tỉnh Tây Ninh",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Cần Thơ",
    "full_name": "thành phố Cần Thơ",
    "successor": {
      "name": "Cần Thơ",
      "full_name": "thành phố Cần Thơ",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15; Nghị quyết 1668/NQ-UBTVQH15 (16/6/2025) sắp xếp đơn vị hành chính cấp xã của TP Cần Thơ (mới)"
    },
    "kind": "thanh-pho"
  },
  {
    "name": "Sóc Trăng",
    "full_name": "tỉnh Sóc Trăng",
    "successor": {
      "name": "Cần Thơ",
      "full_name": "thành phố Cần Thơ",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15; Nghị quyết 1668/NQ-UBTVQH15 (16/6/2025) sắp xếp đơn vị hành chính cấp xã của TP Cần Thơ (mới)"
    },
    "kind": "tinh"
  },
  {
    "name": "Hậu Giang",
    "full_name": "tỉnh Hậu Giang",
    "successor": {
      "name": "Cần Thơ",
      "full_name": "thành phố Cần Thơ",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15; Nghị quyết 1668/NQ-UBTVQH15 (16/6/2025) sắp xếp đơn vị hành chính cấp xã của TP Cần Thơ (mới)"
    },
    "kind": "tinh"
  },
  {
    "name": "Vĩnh Long",
    "full_name": "tỉnh Vĩnh Long",
    "successor": {
      "name": "Vĩnh Long",
      "full_name": "tỉnh Vĩnh Long",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Bến Tre",
    "full_name": "tỉnh Bến Tre",
    "successor": {
      "name": "Vĩnh Long",
      "full_name": "tỉnh Vĩnh Long",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Trà Vinh",
    "full_name": "tỉnh Trà Vinh",
    "successor": {
      "name": "Vĩnh Long",
      "full_name": "tỉnh Vĩnh Long",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Đồng Tháp",
    "full_name": "tỉnh Đồng Tháp",
    "successor": {
      "name": "Đồng Tháp",
      "full_name": "tỉnh Đồng Tháp",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Tiền Giang",
    "full_name": "tỉnh Tiền Giang",
    "successor": {
      "name": "Đồng Tháp",
      "full_name": "tỉnh Đồng Tháp",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Cà Mau",
    "full_name": "tỉnh Cà Mau",
    "successor": {
      "name": "Cà Mau",
      "full_name": "tỉnh Cà Mau",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15; Nghị quyết 1655/NQ-UBTVQH15 (16/6/2025) sắp xếp đơn vị hành chính cấp xã của tỉnh Cà Mau"
    },
    "kind": "tinh"
  },
  {
    "name": "Bạc Liêu",
    "full_name": "tỉnh Bạc Liêu",
    "successor": {
      "name": "Cà Mau",
      "full_name": "tỉnh Cà Mau",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15; Nghị quyết 1655/NQ-UBTVQH15 (16/6/2025) sắp xếp đơn vị hành chính cấp xã của tỉnh Cà Mau"
    },
    "kind": "tinh"
  },
  {
    "name": "An Giang",
    "full_name": "tỉnh An Giang",
    "successor": {
      "name": "An Giang",
      "full_name": "tỉnh An Giang",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Kiên Giang",
    "full_name": "tỉnh Kiên Giang",
    "successor": {
      "name": "An Giang",
      "full_name": "tỉnh An Giang",
      "effective": "2025-07-01",
      "legal_basis": "Nghị quyết 202/2025/QH15"
    },
    "kind": "tinh"
  },
  {
    "name": "Hà Nội",
    "successor": null,
    "kind": "thanh-pho",
    "full_name": "thành phố Hà Nội"
  },
  {
    "name": "Huế",
    "successor": null,
    "kind": "thanh-pho",
    "full_name": "thành phố Huế"
  },
  {
    "name": "Lai Châu",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Lai Châu"
  },
  {
    "name": "Điện Biên",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Điện Biên"
  },
  {
    "name": "Sơn La",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Sơn La"
  },
  {
    "name": "Lạng Sơn",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Lạng Sơn"
  },
  {
    "name": "Quảng Ninh",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Quảng Ninh"
  },
  {
    "name": "Thanh Hóa",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Thanh Hóa"
  },
  {
    "name": "Nghệ An",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Nghệ An"
  },
  {
    "name": "Hà Tĩnh",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Hà Tĩnh"
  },
  {
    "name": "Cao Bằng",
    "successor": null,
    "kind": "tinh",
    "full_name": "tỉnh Cao Bằng"
  }
];
