/**
 * Kinds of agency from the head of their (lower-cased, abbreviation-expanded) name.
 * First match wins, so collective actors ("các sở, ban, ngành", "ủy ban nhân dân các
 * huyện") are recognised before the body they are made of. Names listed in
 * `agencies.ts` take their kind from there instead.
 */
import type { AgencyKindValue } from '../extract/types.ts';

/** Ordered (pattern, kind) rules. */
export const AGENCY_KIND_RULES: ReadonlyArray<readonly [RegExp, AgencyKindValue]> = [
  [
    /^(các|những|thủ trưởng các|cơ quan,? đơn vị|cơ quan (?:có )?liên quan|đơn vị (?:có )?liên quan)(?= |$)|sở,? (ban,? )?ngành|(?:ủy ban nhân dân|hội đồng nhân dân) các |các (huyện|quận|tỉnh|bộ|xã|phường|cấp|sở|địa phương|thị xã|thành phố|đơn vị|cơ quan|ngành|tổ chức)(?= |$)|cơ quan ngang bộ|bộ,? ngành|địa phương/u,
    'group',
  ],
  [/^(chính phủ|thủ tướng|văn phòng chính phủ|phó thủ tướng)/u, 'government'],
  [
    /^(tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy|đảng ủy|đảng đoàn|đảng bộ|ban cán sự đảng|ban thường vụ|ban chấp hành|bộ chính trị|ban bí thư|ban (tuyên giáo|tổ chức|dân vận|nội chính|kinh tế)( trung ương| tỉnh ủy| thành ủy)|ủy ban kiểm tra)/u,
    'party',
  ],
  [/^(ủy ban nhân dân)/u, 'people-committee'],
  [
    /^(hội đồng nhân dân|quốc hội|ủy ban thường vụ quốc hội|đoàn đại biểu quốc hội|thường trực hội đồng nhân dân|ủy ban .* của quốc hội|hội đồng dân tộc)/u,
    'council',
  ],
  [
    /^(bộ chỉ huy|công an|cục |chi cục|kho bạc|ngân hàng nhà nước .*chi nhánh|ngân hàng chính sách xã hội|chi nhánh ngân hàng|bảo hiểm xã hội (tỉnh|huyện)|viện kiểm sát|tòa án|hải quan|cảnh sát|bộ đội)/u,
    'central-branch',
  ],
  [
    /^(bộ (?!phận)|ủy ban dân tộc|thanh tra chính phủ|ngân hàng nhà nước việt nam$|kiểm toán nhà nước|bảo hiểm xã hội việt nam|đài truyền hình việt nam|đài tiếng nói việt nam|thông tấn xã)/u,
    'ministry',
  ],
  [
    /^(mặt trận|ủy ban mặt trận|thường trực ủy ban mặt trận|đoàn thanh niên|đoàn tncs|tỉnh đoàn|thành đoàn|hội |liên đoàn|liên minh hợp tác xã|liên hiệp)/u,
    'front',
  ],
  [/^(sở |ban |thanh tra|văn phòng)/u, 'department'],
  [
    /^(trung tâm|báo |đài |trường|bệnh viện|công ty|tổng công ty|tập đoàn|quỹ |viện |học viện|ban quản lý dự án|cảng vụ|vườn quốc gia|nhà xuất bản|hợp tác xã|vụ |phòng |chi nhánh|đơn vị|bộ phận)/u,
    'unit',
  ],
];
