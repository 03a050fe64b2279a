/**
 * Splits a written list of agencies into one mention per agency.
 *
 * Commas separate agencies but also sit inside names ("Sở Văn hóa, Thể thao và Du lịch",
 * "Ủy ban nhân dân các huyện, thành phố"). A comma (or "và") starts a new agency only
 * when what follows begins with an agency head word ("Sở …", "Cục …", "các …").
 */

/** Head words that open an agency name (matched at a word boundary). */
export const AGENCY_HEAD =
  /^(Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|HĐND|UBMTTQ|MTTQ|BHXH|NHNN|Hội đồng|Tổng cục|Cục|Chi cục|Công an|Thanh tra|Văn phòng|Trung tâm|Ngân hàng|Kho bạc|Bảo hiểm|Liên minh|Liên đoàn|Liên hiệp|Hội|Đoàn|Tỉnh ủy|Tỉnh uỷ|Tỉnh đoàn|Thành ủy|Thành uỷ|Thành đoàn|Huyện ủy|Đảng ủy|Báo|Đài|Trường|Viện|Tòa án|Toà án|Quỹ|Công ty|Tổng công ty|Tập đoàn|Chính phủ|Thủ tướng|Phó Thủ tướng|Quốc hội|Các|Thủ trưởng|Chủ tịch|Giám đốc|Cảng vụ|Cơ quan|Kiểm toán|Mặt trận|Hải quan|Vụ|Phòng|Lực lượng|Thông tấn xã|Người đứng đầu|Bộ trưởng)(?=[\s,]|$)/u;

const LOWER_GROUP_HEAD = /^(các|sở|ban|bộ|cơ quan|ủy ban|uỷ ban|địa phương|đơn vị)(?=[\s,]|$)/u;

/** True when `text` begins with an agency head word ("Sở Y tế …", "các sở, ngành …"). */
export function startsWithAgency(text: string, allowLowerCase = false): boolean {
  const trimmed = text.trimStart();
  return AGENCY_HEAD.test(trimmed) || (allowLowerCase && LOWER_GROUP_HEAD.test(trimmed));
}

/** Splits "Sở Tài chính, Cục thuế tỉnh và Kho bạc Nhà nước" into its agency mentions. */
export function splitAgencyList(span: string): string[] {
  // Odd indexes hold the separators, so a name keeps its own commas and "và".
  const parts = span.replace(/\s+/g, ' ').trim().split(/(\s*[,;]\s*|\s+(?:và|cùng)\s+)/u);
  const mentions: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = (parts[i] ?? '').trim();
    if (!part) continue;
    // "các cơ quan" starts a new group; a lower-case "ban", "ngành" continues "các sở, ban, ngành".
    if (mentions.length === 0 || AGENCY_HEAD.test(part) || /^các\s/u.test(part)) mentions.push(part);
    else mentions[mentions.length - 1] += `${parts[i - 1] ?? ' '}${part}`;
  }
  return mentions.filter((mention) => /\p{L}{2}/u.test(mention));
}
