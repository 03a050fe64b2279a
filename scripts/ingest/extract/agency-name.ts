/**
 * Agency names: one comparison key per real agency, a canonical display spelling,
 * and the kind inferred from the head word. Pure functions over strings.
 *
 * Why a key: documents write the same body as "Sở Nông nghiệp và Phát triển Nông thôn",
 * "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT" or "Sở Nông nghiệp và PTNT
 * tỉnh Cà Mau"; all of them must land on one agency.
 */
import { AGENCY_ABBREVIATIONS } from '../lexicon/agency-abbreviations.ts';
import { AGENCY_KIND_RULES } from '../lexicon/agency-kinds.ts';
import { LEXICON_AGENCIES, type LexiconAgency } from '../lexicon/agencies.ts';
import { PLACES } from '../lexicon/places.ts';
import { foldTonePlacement } from '../lexicon/compile.ts';
import type { AgencyKindValue } from './types.ts';

/** An agency known by its acronym alone ("VNMAC", "iPEC"). */
export const ACRONYM = /^(?:[A-Z]{3,8}|i[A-Z]{2,7})$/u;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest first so "UB MTTQ" wins over "MTTQ". Whole words: not inside other letters.
const ABBREVIATION_PATTERNS = [...AGENCY_ABBREVIATIONS]
  .sort((a, b) => b[0].length - a[0].length)
  // Long all-capital forms cannot be words, so "Ubnd" (a title-cased "UBND") expands too.
  .map(
    ([short, long]) =>
      [new RegExp(`(?<![\\p{L}\\p{N}])${escape(short)}(?![\\p{L}\\p{N}])`, /^\p{Lu}{4,}$/u.test(short) ? 'giu' : 'gu'), long] as const,
  );

/** Expands abbreviations ("Sở KH&ĐT" → "Sở Kế hoạch và Đầu tư"); "&" may carry spaces. */
export function expandAbbreviations(name: string): string {
  let text = name.normalize('NFC').replace(/\s*&\s*/g, '&');
  for (const [pattern, long] of ABBREVIATION_PATTERNS) text = text.replace(pattern, long);
  return text;
}

/** Lower-cases and folds tone placement, punctuation and spacing; keeps diacritics. */
export function foldText(text: string): string {
  return foldTonePlacement(text.normalize('NFC').toLowerCase())
    .replace(/&/g, ' và ')
    .replace(/[,.;:()[\]"“”'‘’/\\\-–—*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Comparison key of an agency name: abbreviations expanded, folded, province
 * suffix and a leading "các" / trailing "(có) liên quan" dropped, so that
 * "Cục thuế tỉnh", "Cục Thuế tỉnh Cà Mau" and "Cục Thuế" share a key.
 */
export function nameKey(name: string): string {
  const cached = KEY_CACHE.get(name);
  if (cached !== undefined) return cached;
  const key = computeNameKey(name);
  KEY_CACHE.set(name, key);
  return key;
}

// Names repeat across a corpus; the key is a pure function of the name, so cache it.
const KEY_CACHE = new Map<string, string>();

function computeNameKey(name: string): string {
  return (
    foldText(stripPlaceSuffix(expandAbbreviations(name)))
      .replace(/^các /, '')
      .replace(/ (có )?liên quan$/, '')
      // "Cục Thuế tỉnh" = "Cục Thuế"; "… thành phố" stays: in a province the city is another body.
      .replace(/ tỉnh$/, '')
  );
}

const PLACE_NAMES = [...new Set(PLACES.map((place) => place.name).concat(['Thừa Thiên Huế']))].sort((a, b) => b.length - a.length);
const PLACE_SUFFIX = new RegExp(`\\s+(tỉnh|Tỉnh|thành phố|Thành phố|TP\\.?)\\s+(${PLACE_NAMES.map(escape).join('|')})(?![\\p{L}])`, 'gu');

/**
 * Replaces a province name after "tỉnh"/"thành phố" by the bare word:
 * "Công an tỉnh Cà Mau" → "Công an tỉnh". The agency's `place` records the province.
 * In "Ủy ban nhân dân các huyện, thành phố Cà Mau" the city shares the province's name;
 * dropping it merges that group with "… các huyện, thành phố", which is the same actor.
 */
export function stripPlaceSuffix(name: string): string {
  return name.replace(PLACE_SUFFIX, (_match, prefix: string) => (/^tỉnh$/iu.test(prefix) ? ' tỉnh' : ' thành phố'));
}

const LEXICON_BY_KEY = new Map<string, LexiconAgency>();
for (const agency of LEXICON_AGENCIES) {
  for (const spelling of [agency.name, ...(agency.aliases ?? []), ...(agency.abbreviation ? [agency.abbreviation] : [])]) {
    const key = nameKey(spelling);
    if (!LEXICON_BY_KEY.has(key)) LEXICON_BY_KEY.set(key, agency);
  }
}

/** The lexicon entry for a spelling, if any. */
export function lexiconAgency(name: string): LexiconAgency | null {
  return LEXICON_BY_KEY.get(nameKey(name)) ?? null;
}

// A person heading a body stands for the body: "Thủ trưởng các sở, ban, ngành" → the group.
const HEAD_OF =
  /^(?:Thủ trưởng|Cục trưởng|Vụ trưởng|Tổng cục trưởng|Chi cục trưởng|Viện trưởng|Hiệu trưởng|Trưởng phòng|Chánh án|Viện trưởng|Tư lệnh|Giám đốc|Chủ tịch|Người đứng đầu|Trưởng ban|Chánh Văn phòng|Chánh Thanh tra|Tổng Giám đốc|Bộ trưởng|Các Bộ trưởng|Thủ trưởng các)\s+(?=\p{Lu}|các\s|cơ quan|đơn vị|sở|bộ)/u;

/**
 * Canonical display spelling of a mention: trimmed, head-of-body words dropped,
 * abbreviations expanded, province suffix dropped, lexicon spelling when known.
 */
export function canonicalName(mention: string): string {
  const cached = CANONICAL_CACHE.get(mention);
  if (cached !== undefined) return cached;
  const name = computeCanonicalName(mention);
  CANONICAL_CACHE.set(mention, name);
  return name;
}

const CANONICAL_CACHE = new Map<string, string>();

function computeCanonicalName(mention: string): string {
  let name = mention
    .normalize('NFC')
    // "(sau đây gọi là …)", "(UBND)", and the members a group is made of: "Các chủ rừng là tổ chức (các Ban quản lý …)".
    .replace(/\s*\((?:sau đây gọi[^)]*|[^)]{1,12}|(?:các|gồm|bao gồm|như)\s[^)]*)\)\s*$/u, '')
    .replace(/[\s,.;:]+$/u, '')
    .replace(/^\s*(và|với)\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "Chánh Văn phòng X" heads "Văn phòng X", "Trưởng Ban Chỉ đạo" heads "Ban Chỉ đạo".
  const heads = /^(?:Chánh (?=Văn phòng\s|Thanh tra\s)|(?:Phó )?Trưởng (?=[Bb]an\s))/u;
  name = heads.test(name) ? name.replace(heads, '') : name.replace(HEAD_OF, '');
  // "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ …": the ministers stand for the ministries.
  name = name.replace(/^(?:Các|các) (?:Bộ|bộ) trưởng$/u, 'Các bộ');
  name = stripPlaceSuffix(expandAbbreviations(name));
  const known = LEXICON_BY_KEY.get(nameKey(name));
  if (known) return known.name;
  // "Sở Y tế tỉnh" is "Sở Y tế": provincial departments are named without "tỉnh".
  if (/^Sở\s/u.test(name)) name = name.replace(/\s+tỉnh$/u, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// Lower-case words that continue a name rather than start a task: place, level and scope qualifiers.
const NAME_QUALIFIER =
  /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|các|cấp|trực thuộc|thuộc|có liên quan|liên quan|trung ương|chi nhánh|khu vực|tại|ở|và|cùng|hoặc|của|(?:\p{Lu}|\d)\S*)(?=[\s,]|$)/u;
const LEXICON_KEYS = [...LEXICON_BY_KEY.keys()];

/**
 * Cuts a subject after the longest known agency name it starts with when a lower-case
 * word follows that belongs to no known name: "Ngân hàng Nhà nước Việt Nam điều hành
 * chính sách tiền tệ" → "Ngân hàng Nhà nước Việt Nam". Qualifiers ("… tỉnh", "… các
 * huyện") and longer known names ("… chi nhánh tỉnh") are kept.
 */
export function cutAfterKnownName(subject: string): string {
  if (LEXICON_BY_KEY.has(nameKey(subject))) return subject;
  const words = subject.trim().split(/\s+/u);
  for (let end = words.length - 1; end >= 2; end--) {
    const prefix = words.slice(0, end).join(' ');
    const rest = words.slice(end).join(' ');
    if (!/^\p{Ll}/u.test(rest) || NAME_QUALIFIER.test(rest) || /,/u.test(prefix)) continue;
    if (!LEXICON_BY_KEY.has(nameKey(prefix))) continue;
    const longer = nameKey(`${prefix} ${words[end]}`);
    if (LEXICON_KEYS.some((key) => key === longer || key.startsWith(`${longer} `))) return subject;
    return prefix;
  }
  return subject;
}

/** Abbreviation written in brackets after a name, e.g. "(iPEC)". */
export function bracketAbbreviation(mention: string): string | undefined {
  const match = /\(([\p{L}&.\- ]{2,12})\)\s*[,.;:]?\s*$/u.exec(mention);
  return match && !/^(sau|gọi)/u.test(match[1] ?? '') ? match[1] : undefined;
}

/** Kind of an agency from its name; `group` for collective actors. */
export function inferKind(name: string): AgencyKindValue {
  const known = LEXICON_BY_KEY.get(nameKey(name));
  if (known) return known.kind;
  const folded = foldText(expandAbbreviations(name));
  for (const [pattern, kind] of AGENCY_KIND_RULES) if (pattern.test(folded)) return kind;
  return 'other';
}

/** True for bodies of the central state that belong to no province. */
export function isNational(name: string, kind: AgencyKindValue): boolean {
  const known = LEXICON_BY_KEY.get(nameKey(name));
  if (known) return known.national === true;
  if (kind === 'government' || kind === 'ministry') return true;
  const folded = foldText(name);
  return /các (bộ|tỉnh)|cơ quan ngang bộ|trung ương|toàn quốc/u.test(folded);
}

// A head word alone names no particular body ("Thủ trưởng", "Đơn vị", "Hội đồng").
const GENERIC_ALONE =
  /^(?:Thủ trưởng|Giám đốc|Chánh Văn phòng|Chánh Thanh tra|Chỉ đạo|Người đứng đầu|Đơn vị|Cơ quan|Hội đồng|Chi nhánh|Ngân hàng|Chủ tịch|Bộ|Sở|Ban|Phòng|Trung tâm|Văn phòng)$/iu;
// Words that open agency names but here open things: "Bộ chỉ số", "Bộ tiêu chí", "Văn phòng phẩm",
// "Trung tâm dữ liệu", "Các trường hợp", "Các cấp học".
const NOT_A_BODY =
  /^(?:Bộ (?:chỉ số|tiêu chí|từ điển|công cụ|luật|hồ sơ|dữ liệu|mẫu|câu hỏi|quy tắc|nguyên tắc|sách|tài liệu)|Văn phòng phẩm|Trung tâm (?:dữ liệu|thương mại)|Phòng (?:trạm|máy|họp|học)|Các (?:trường hợp|cấp học|ngành, lĩnh vực))(?=[\s,]|$)/iu;
// Acronyms of things, not bodies: "TTHC" (administrative procedure), "CNTT" (information technology).
const THING_ACRONYM = /^(?:TTHC|CNTT|KTXH|GRDP|GDP|FDI|ODA|PCI|PAPI|PAR|SIPAS|CCHC|NTM|OCOP|DVC|DVCTT|VBQPPL|QPPL)(?=[\s,]|$)/u;

/** False for mentions that only look like agencies: a bare head word, a thing named with an agency word, a form blank. */
export function isAgencyName(name: string): boolean {
  return !GENERIC_ALONE.test(name) && !NOT_A_BODY.test(name) && !THING_ACRONYM.test(name) && !/…|\.{3,}/u.test(name);
}
