/**
 * Splits a written list of agencies into one mention per agency.
 *
 * Commas separate agencies but also sit inside names ("Sở Văn hóa, Thể thao và Du lịch",
 * "Ủy ban nhân dân các huyện, thành phố"). A comma (or "và") starts a new agency only
 * when what follows begins with an agency head word ("Sở …", "Cục …", "các …").
 */

import { alternation, CLAUSE_WORDS, STRONG_VERBS, TASK_VERBS } from '../lexicon/verbs.ts';

import { AGENCY_ABBREVIATIONS } from '../lexicon/agency-abbreviations.ts';

// "PTNT" in "Sở Nông nghiệp và PTNT" abbreviates a field, not an agency: it continues the name.
const FIELD_ABBREVIATIONS = new Set(
  AGENCY_ABBREVIATIONS.filter(
    ([, long]) => !/^(?:Ủy ban|Hội đồng|Mặt trận|Bộ|Bảo hiểm|Ngân hàng|Kho bạc|Ban|Chính phủ|Thủ tướng)/u.test(long),
  ).map(([short]) => short),
);

/** True when `part` opens a new agency (a head word that is not a field abbreviation). */
function opensAgency(part: string): boolean {
  return AGENCY_HEAD.test(part) && !FIELD_ABBREVIATIONS.has(part.split(/[\s,]/u)[0] ?? '');
}

/** An agency known by its acronym alone. */
export const ACRONYM = /^(?:[A-Z]{3,8}|i[A-Z]{2,7})$/u;

/** Head words that open an agency name (matched at a word boundary). */
export const AGENCY_HEAD =
  /^(?!Ban hành|Báo cáo|Hội nghị|Hội thảo|Hội nhập|Đoàn kết|Trường hợp|Vụ việc|Phòng,|Phòng (?:chống|ngừa|cháy|tránh|thủ)|Bảo hiểm y tế|Quỹ đất|Cơ quan (?:chủ trì|phối hợp)|Đài (?:truyền thanh cơ sở)?$)(Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|HĐND|UBMTTQ|MTTQ|BHXH|NHNN|Hội đồng|Tổng cục|Cục|Chi cục|Chi nhánh|Công an|Thanh tra|Văn phòng|Trung tâm|Ngân hàng|Kho bạc|Bảo hiểm|Liên minh|Liên đoàn|Liên hiệp|Hội|Đoàn|Tỉnh ủy|Tỉnh uỷ|Tỉnh đoàn|Thành ủy|Thành uỷ|Thành đoàn|Huyện ủy|Đảng ủy|Đảng uỷ|Báo|Đài|Trường|Viện|Tòa án|Toà án|Quỹ|Công ty|Tổng công ty|Tập đoàn|Chính phủ|Thủ tướng|Phó Thủ tướng|Quốc hội|Thủ trưởng|Chủ tịch|Giám đốc|Chánh Văn phòng|Chánh Thanh tra|Chánh án|Cục trưởng|Vụ trưởng|Tổng cục trưởng|Chi cục trưởng|Trưởng ban|Trưởng Ban|Tổng Giám đốc|Hiệu trưởng|Tư lệnh|Chỉ huy trưởng|Viện trưởng|Cảng vụ|Binh chủng|Quân khu|Quân chủng|Quân đoàn|Thường trực|Thuế(?= (?:tỉnh|thành phố|cơ sở|các))|Tổ công tác|Tổ giúp việc|Cơ quan(?=,? (?:đơn vị|ngang bộ|Thuế|thuế|Hải quan|thuộc Chính phủ|chuyên môn|thường trực|Thường trực|Công an|Quân sự|quân sự|Cảnh sát|báo chí|Đảng|thông tấn|đại diện|Thanh tra|thi hành án))|Kiểm toán|Mặt trận|Hải quan|Vụ|Phòng|Lực lượng|Thông tấn xã|Người đứng đầu|Bộ trưởng|Các(?=\s(?:Thuế|sở|Sở|ban|Ban|bộ|Bộ|cơ quan|đơn vị|địa phương|huyện|xã|tỉnh|thành phố|ngành|cấp|tổ chức|doanh nghiệp|chủ đầu tư|hội|Hội|đoàn thể|ủy ban|Ủy ban|Uỷ ban|UBND|Tập đoàn|Tổng công ty|ngân hàng|Ngân hàng|trường|bệnh viện|lực lượng|phòng|Phòng|trung tâm|Trung tâm|báo|đài|nhà|thành viên|Bộ trưởng|Thủ trưởng|Chủ tịch|bộ trưởng|thủ trưởng|chủ tịch)(?=[\s,]|$))|(?:[A-Z]{3,8}|i[A-Z]{2,7})(?![\s,]+\p{Lu}{2,}))(?=[\s,]|$)/u;

const LOWER_GROUP_HEAD = /^(các|sở|ban|bộ|cơ quan|ủy ban|uỷ ban|địa phương|đơn vị)(?=[\s,]|$)/u;

/** True when `text` begins with an agency head word ("Sở Y tế …", "các sở, ngành …"). */
export function startsWithAgency(text: string, allowLowerCase = false): boolean {
  const trimmed = text.trimStart();
  return (
    AGENCY_HEAD.test(trimmed) ||
    (allowLowerCase && LOWER_GROUP_HEAD.test(trimmed) && !/^các\s/u.test(trimmed)) ||
    (allowLowerCase && AGENCY_HEAD.test(trimmed.replace(/^các\s/u, 'Các ')))
  );
}

/** Splits "Sở Tài chính, Cục thuế tỉnh và Kho bạc Nhà nước" into its agency mentions. */
export function splitAgencyList(span: string): string[] {
  // Odd indexes hold the separators, so a name keeps its own commas and "và".
  const parts = span
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(\s*[,;]\s*|\s+(?:và|cùng)\s+)/u);
  const mentions: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = (parts[i] ?? '').trim();
    if (!part) continue;
    // "các cơ quan" starts a new group; a lower-case "ban", "ngành" continues "các sở, ban, ngành".
    if (mentions.length === 0 || opensAgency(part) || opensAgency(part.replace(/^các\s/u, 'Các '))) mentions.push(part);
    else mentions[mentions.length - 1] += `${parts[i - 1] ?? ' '}${part}`;
  }
  // One word is a generic noun ("Sở", "Đơn vị") unless it is an acronym ("VNMAC", "iPEC").
  return mentions.map(cleanMention).filter((mention) => mention.split(/\s+/u).length >= 2 || ACRONYM.test(mention));
}

// Words that cannot be part of a name: a clause has started ("… Văn phòng Chính phủ thông báo để …").
// Verbs that are nouns after some words: "Văn phòng đăng ký", "cơ sở đào tạo", "Cảng hàng không", "các tổ chức".
const CLAUSE_START = new RegExp(
  String.raw`(?<!(?:^|\s)(?:đăng|cơ sở|chức năng|hàng|[Cc]ác))\s(?:${alternation(CLAUSE_WORDS)})(?=[\s,.:;]|$)`,
  'u',
);
// A sentence ends inside the span ("… Sở Khoa học và Công nghệ tỉnh. Địa chỉ: …").
const SENTENCE_END = /(?<=\p{Ll}{2})[.;:]\s+(?=\p{Lu})/u;
// After a bracketed unit, a capitalised verb starts the task ("Văn phòng … (Trung tâm …) Rà soát …").
const TASK_AFTER_BRACKET = new RegExp(
  String.raw`\)\s+(?=(?:${alternation([...CLAUSE_WORDS, ...STRONG_VERBS, ...TASK_VERBS].map((word) => word[0]!.toUpperCase() + word.slice(1)))})(?=[\s,.:;]|$))`,
  'u',
);

/** Cuts a mention where a clause starts and drops dangling connectors ("… và các"). */
export function cleanMention(mention: string): string {
  // An unclosed bracket ("… cấp xã (trong trường hợp") opens a remark, not part of the name.
  const sentence = SENTENCE_END.exec(mention);
  const whole = sentence ? mention.slice(0, sentence.index) : mention;
  const task = TASK_AFTER_BRACKET.exec(whole);
  const named = task ? whole.slice(0, task.index + 1) : whole;
  const open = named.lastIndexOf('(');
  const unclosed = open >= 0 && named.indexOf(')', open) < 0 ? named.slice(0, open) : named;
  const cut = CLAUSE_START.exec(unclosed);
  return (cut ? unclosed.slice(0, cut.index) : unclosed)
    .replace(/(?:\s+(?:và|các|của|với|cùng|hoặc))+\s*$/u, '')
    .replace(/[\s,;:.]+$/u, '')
    .trim();
}
