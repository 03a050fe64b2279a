/**
 * Vietnamese quantities: "6,3 - 6,7%/năm", "1.044 triệu USD", "80 - 87 triệu đồng/người",
 * "13/15 chỉ tiêu". Comma is the decimal separator and dot the thousands separator.
 */

/** A number with its unit and where it sits in the text. */
export interface Quantity {
  low: number;
  high: number;
  unit: string | null;
  /** Words just before the number ("từ", "trên", "tăng", "giảm còn" …). */
  cue: string;
  start: number;
  end: number;
}

/** Parses "1.044", "6,96", "75.000" or "1.234,5" into a JS number. */
export function parseVietnameseNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const UNITS = [
  '%/năm',
  '%',
  'triệu đồng/người/năm',
  'triệu đồng/người',
  'nghìn tỷ đồng',
  'ngàn tỷ đồng',
  'tỷ đồng',
  'triệu đồng',
  'nghìn đồng',
  'tỷ USD',
  'triệu USD',
  'USD/người',
  'USD',
  'doanh nghiệp',
  'hợp tác xã',
  'lao động',
  'người',
  'sinh viên',
  'học sinh',
  'bác sĩ',
  'giường bệnh',
  'hộ',
  'xã',
  'huyện',
  'đơn vị',
  'chỉ tiêu',
  'dự án',
  'công trình',
  'km',
  'ha',
  'héc-ta',
  'tấn',
  'triệu tấn',
  'nghìn tấn',
  'MW',
  'lượt khách',
  'lượt',
  'căn',
  'trường',
  'sản phẩm',
  'bậc',
  'điểm',
];
// A scale word before a unit belongs to it: "3 triệu lượt", "2,5 nghìn người"; alone it is the unit ("3 triệu").
const UNIT_PATTERN = String.raw`(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:${UNITS.map((unit) => unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})|nghìn|ngàn|triệu|tỷ`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\d.,\/])(${NUMBER})(?:\s*(?:-|–|đến)\s*(${NUMBER}))?(?:\s*\/\s*(\d+))?\s*(${UNIT_PATTERN})?(?![\p{L}\d])`,
  'gu',
);

/** Finds quantities; bare numbers without a unit are kept only after a value cue. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - 30), start);
    const cue = /([\p{L}]+(?:\s+[\p{L}]+)?)\s*$/u.exec(before)?.[1] ?? '';
    const after = text.slice(start + match[0].length, start + match[0].length + 12);
    const low = parseVietnameseNumber(match[1] ?? '');
    const high = match[2] ? parseVietnameseNumber(match[2]) : low;
    let unit = match[4] ?? null;
    if (match[3]) unit = `/${match[3]}${unit ? ` ${unit}` : ''}`;
    // Years, ordinals, durations and "(1)" labels are not quantities.
    if (
      !unit &&
      (/^\s*(năm|tháng|ngày|quý|lần|tuổi)/u.test(after) ||
        /(năm|thứ|lần|khóa|giai đoạn|nhiệm kỳ|số|khoản|điểm|quý|tháng|ngày)\s*$/u.test(before) ||
        /\(\s*$/u.test(before))
    )
      continue;
    if (!unit && low >= 1900 && low <= 2100) continue;
    // "ngày 10/01/2023" is a date, not "10 /01".
    if (/ngày\s*$/u.test(before) || /^\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}/u.test(text.slice(start + (match[1] ?? '').length))) continue;
    // "trên 10.000 dân" is the denominator of a ratio.
    if (/^\s*(dân|người dân)/u.test(after)) continue;
    if (!unit && !/(đạt|là|từ|trên|dưới|còn|khoảng|tăng|giảm|chiếm|được|có|ít nhất|tối thiểu|vượt)$/u.test(cue)) continue;
    found.push({ low, high, unit: unit?.replace(/\s+/g, ' ').replace('% /', '%/') ?? null, cue, start, end: start + match[0].length });
  }
  return found;
}
