/**
 * Indicator names from what the converter extracted. Labels are cut from sentences by rule
 * and come out as "5 năm)", "Kéo", "Thực hiện", "6) Tỷ lệ trường đạt chuẩn quốc gia" or
 * "dự án… nên giải ngân đầu tư công 6 tháng đầu năm tại Cà Mau"; the display name cleans
 * them, and falls back to the words after the number when the label is only a verb or a
 * fragment ("Kéo giảm 6,1% số vụ tội phạm …" → "số vụ tội phạm về trật tự xã hội"). The
 * matching key drops what differs between a plan and a report of the same indicator:
 * periods, places and filler words.
 */
import { aroundValue, stripUnit } from './sentence.ts';

// Words that start a label cut at a verb ("Kéo giảm …", "Thực hiện đạt …", "công nhận thêm …").
const VERB_START = /^(?:kéo|thực hiện|công nhận|duy trì|đạt|tăng|giảm|phấn đấu|nâng|hoàn thành)(?:\s|$)/iu;
// Verbs left at the end of a label cut before its number ("Công nghiệp duy trì đà").
const VERB_END = /\s+(?:duy trì đà|duy trì|đạt|tăng|giảm|là|chiếm|còn|đạt được)$/iu;

/** A label cleaned for display: list numbers, "(vượt)"-style suffixes, leading years and stray brackets out. */
export function cleanLabel(label: string): string {
  let text = label.normalize('NFC').trim();
  if (text.includes('…')) text = text.slice(text.lastIndexOf('…') + 1).trim();
  text = text
    // A label that runs on into the next figure of its sentence ("biên chế công chức và 10% biên chế viên chức …") ends before it.
    .replace(/\s+và\s+\d[\d.,]*\s*%.*$/u, '')
    .replace(/^\(?\d{1,2}\)\s*/u, '') // "(6) …", "6) …"
    .replace(/\s*\((?:vượt|đạt|còn)\)$/iu, '')
    .replace(/^(?:nên|thì|và|nhưng|với chỉ tiêu cụ thể|phấn đấu|phần đầu)\s+/iu, '')
    .replace(/^(?:đến\s+)?(?:cuối\s+)?năm \d{4},?\s+/iu, '')
    .replace(/\s+(?:của|tại)\s+(?:tỉnh|thành phố)?\s*[A-ZĐ]\p{L}*(?:\s+[A-ZĐ]\p{L}*)*$/u, '')
    .replace(VERB_END, '')
    .trim();
  // Unbalanced brackets are a cut in the middle of "(5 năm)": drop what is left of it.
  if ((text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length) text = text.replace(/[^()]*\)|\([^()]*$/gu, '').trim();
  return text;
}

/** True when a cleaned label cannot name an indicator by itself. */
function isFragment(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length < 2 || VERB_START.test(text);
}

/** The words after the number up to the next clause ("… 6,1% số vụ tội phạm về trật tự xã hội so với …"). */
function phraseAfter(sentence: string, value: number, unit: string | null): string {
  const around = aroundValue(sentence, value);
  if (!around) return '';
  return stripUnit(around.after, unit)
    .split(/\s+so với\s+|[,;:.()]/u)[0]!
    .trim();
}

/** The words before the number back to the start of its clause, without a list number or the verb ("(3) Số doanh nghiệp … (5 năm) là" → "Số doanh nghiệp … (5 năm)"). */
function phraseBefore(sentence: string, value: number): string {
  const around = aroundValue(sentence, value);
  if (!around) return '';
  const clause = around.before.split(/[,;:.]\s/u).at(-1) ?? '';
  let text = clause.replace(/^\s*\(?\d{1,2}\)\s*/u, '').trim();
  for (let i = 0; i < 3; i++) text = text.replace(/\s+(?:là|đạt|chiếm|còn|tăng|giảm|từ|trên|dưới|khoảng|tối thiểu)$/iu, '').trim();
  return text;
}

/** Capitalises the first letter, as a heading reads ("tỷ lệ hộ nghèo" → "Tỷ lệ hộ nghèo"). */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * A rank ("đứng thứ 3 khu vực Đồng bằng sông Cửu Long và thứ 22 cả nước") is named by what is
 * ranked and among whom: "Xếp hạng tăng trưởng kinh tế cả nước". The converter labels both
 * ranks of such a sentence alike ("… tăng (thứ hạng)"), so the scope after the number is what
 * tells them apart.
 */
function rankName(figure: { label: string; sentence: string; value: number }): string | null {
  // Cleaned twice: the trailing verb goes first, then the place it left at the end.
  const ranked = cleanLabel(cleanLabel(figure.label.replace(/\s*\(thứ hạng\)$/u, '')));
  const scope = (phraseAfter(figure.sentence, figure.value, 'hạng').split(/\s+và\s+/u)[0] ?? '').trim();
  return ranked && scope ? `Xếp hạng ${ranked.charAt(0).toLocaleLowerCase('vi')}${ranked.slice(1)} ${scope}` : null;
}

/** The name shown for a target or result. */
export function displayName(figure: { label: string; sentence: string; value: number | null; unit: string | null }): string {
  if (figure.unit === 'hạng' && figure.value !== null) {
    const rank = rankName({ ...figure, value: figure.value });
    if (rank) return rank;
  }
  const cleaned = cleanLabel(figure.label);
  if (!isFragment(cleaned)) return capitalise(cleaned);
  const after = figure.value === null ? '' : phraseAfter(figure.sentence, figure.value, figure.unit);
  const before = figure.value === null ? '' : cleanLabel(phraseBefore(figure.sentence, figure.value));
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const name = words(after) >= 2 ? after : words(before) >= 2 && !VERB_START.test(before) ? before : cleaned || figure.label;
  return capitalise(name);
}

// Words that differ between the plan and the report of one indicator, or say nothing.
const NOISE = [
  /\(?grdp\)?/giu,
  /(?<!\p{L})(?:đến|cuối|trong|của|năm|giai đoạn)\s+(?:năm\s+)?\d{4}(?:\s*-\s*\d{4})?/giu,
  /(?<!\p{L})\d+\s+tháng(?:\s+đầu năm)?/giu,
  /(?<!\p{L})trong\s+\d+\s+năm(?!\p{L})/giu,
  /(?<!\p{L})(?:(?:của|tại)\s+)?(?:tỉnh|thành phố|toàn tỉnh)(?:\s+[A-ZĐ]\p{L}*)*/gu,
  /[(),;:.…]/gu,
];
const STOP_WORDS = new Set([
  'các',
  'những',
  'hình',
  'thức',
  'bình',
  'quân',
  'mỗi',
  'hằng',
  'mức',
  'số',
  'và',
  'được',
  'có',
  'người',
  'dân',
]);

/** The content words of a name, for matching a plan's target with a report's result. */
export function nameKey(name: string): Set<string> {
  let text = name.normalize('NFC');
  for (const noise of NOISE) text = text.replace(noise, ' ');
  return new Set(
    text
      .toLocaleLowerCase('vi')
      .split(/\s+/)
      .filter((w) => w && !STOP_WORDS.has(w) && !/^\d+$/.test(w)),
  );
}

/** Whether two keys name the same indicator: most words shared, or one contained in the other (at least 3 words). */
export function sameName(a: Set<string>, b: Set<string>): boolean {
  const common = [...a].filter((w) => b.has(w)).length;
  const union = new Set([...a, ...b]).size;
  if (union === 0) return false;
  const smaller = Math.min(a.size, b.size);
  return common / union >= 0.6 || (smaller >= 3 && common === smaller);
}
