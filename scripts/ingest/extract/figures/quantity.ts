/**
 * Quantities in Vietnamese text: a number (comma decimal, dot thousands), an optional range
 * or share, a qualifier and a unit phrase.
 *
 *   "từ 6,3 - 6,7%/năm"           → 6.3 … 6.7, "%/năm"
 *   "trên 75% tổng số xã"         → ≥ 75, "%"
 *   "dưới 11%"                    → ≤ 11, "%"
 *   "13/15 chỉ tiêu"              → 13 of 15, "chỉ tiêu"
 *   "trên 41 ngàn đảng viên"      → ≥ 41000, "đảng viên" (a round count folded in)
 *   "3,3 triệu người"             → 3.3, "triệu người" (a scale kept with its unit)
 *   "02 khu công nghiệp"          → 2, "khu công nghiệp" (any noun phrase as unit)
 *   "đứng thứ 3 khu vực"          → 3, "hạng";  "gấp 3 lần" → 3, "lần"
 *
 * Not quantities: years, dates, document numbers ("Quyết định số 12"), positions ("Điều 3",
 * "lần thứ 2", "Quốc lộ 14"), durations and ages ("5 năm", "90 tuổi"), levels ("02 cấp"),
 * list markers ("(1)") and the denominator of a ratio ("trên 10.000 dân").
 */
import type { FiguresLexicon } from './lexicon.ts';

/** A quantity and where it sits. */
export interface Quantity {
  /** The number as written ("6,3" → 6.3); the first one of a range. */
  value: number;
  /** Bounds after the qualifier: ≥ x is { low: x, high: null }, ≤ x is { low: null, high: x }. */
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: 'min' | 'max' | 'about' | 'exact';
  /** The total of a share ("13/15" → 15). */
  of: number | null;
  /** Where the number starts and the quantity (unit included) ends. */
  start: number;
  end: number;
}

/** Parses "1.044", "6,96", "75.000" or "1.234,5" into a JS number. */
export function parseVietnameseNumber(text: string): number {
  return Number(text.replace(/\./gu, '').replace(',', '.'));
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\/-])(${NUMBER})(?![.,]\d)(?:\s*(?:-|–|—|đến|tới)\s*(${NUMBER})(?![.,]\d))?(?:\s*\/\s*(\d+(?:\.\d{3})*)(?![\d\/]))?`,
  'gu',
);
// Words right before a bare number that make it a value ("đạt 10", "là 36").
const VALUE_CUE = /(?:đạt|là|từ|trên|dưới|còn|khoảng|tăng|giảm|chiếm|được|có|ít nhất|tối thiểu|vượt|bằng|thực hiện)\s*$/iu;
const WORD = /^\s*([\p{L}][\p{L}’'-]*)/u;

/**
 * A plain noun phrase after a number: a known count noun ("khu công nghiệp"), else up to two
 * words ending before a stop word or punctuation. A name is not a unit ("244 Điện Biên Phủ"):
 * a capital may open the phrase ("3 Nghị quyết") only with lower-case words after it.
 */
function nounPhrase(after: string, lexicon: FiguresLexicon): string | null {
  const trimmed = after.replace(/^\s+/u, '');
  const count = lexicon.countUnit.exec(trimmed);
  if (count) return count[0];
  const found: string[] = [];
  let rest = after;
  while (found.length < 2) {
    const match = WORD.exec(rest);
    if (!match || /[,;:.()]/u.test(rest.slice(0, match.index + match[0].length - match[1]!.length))) break;
    const word = match[1]!;
    if (lexicon.unitStops.includes(word.toLocaleLowerCase('vi'))) break;
    if (found.length > 0 && /^\p{Lu}/u.test(word)) break;
    found.push(word);
    rest = rest.slice(match[0].length);
  }
  if (found.length === 0) return null;
  if (/^\p{Lu}/u.test(found[0]!) && (found.length < 2 || /^\p{Lu}/u.test(found[1]!))) return null;
  return found.join(' ');
}

/** True for a day and month ("20/12", "31/12/2025"), written as a share. */
function isDate(text: string, start: number, first: string, share: string | undefined): boolean {
  if (!share) return false;
  const day = Number(first);
  const month = Number(share);
  return (
    day >= 1 &&
    day <= 31 &&
    month >= 1 &&
    month <= 12 &&
    (/^\s*\/\s*\d{2,4}/u.test(text.slice(start)) || /ngày\s*$/iu.test(text.slice(0, start)))
  );
}

/**
 * Finds the quantities of `text`, skipping the `blocked` spans (cited document numbers).
 * A bare number without a unit counts only after a value word ("số bác sĩ … là 10").
 */
export function findQuantities(
  text: string,
  lexicon: FiguresLexicon,
  blocked: ReadonlyArray<{ start: number; end: number }> = [],
  options: { limits?: boolean } = {},
): Quantity[] {
  const found: Quantity[] = [];
  let rankSeen = false;
  for (const match of text.matchAll(QUANTITY)) {
    const start = match.index;
    let end = start + match[0].length;
    if (blocked.some((span) => start < span.end && end > span.start)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const first = match[1]!;
    const second = match[2];
    const share = match[3];
    if (isDate(text, start + first.length, first, share)) continue;
    // "tinh thần “3 có”, “2 không”": a slogan's number, inside its quotation marks.
    if (/[“"][^”"]{0,30}$/u.test(before) && /^[^“”"]{0,30}[”"]/u.test(text.slice(end))) continue;
    // "Quảng trường 3/2": more parts than the whole is a name, not a share.
    if (share && parseVietnameseNumber(first) > parseVietnameseNumber(share)) continue;
    // "Đến 12h00 ngày 21/11": a time of day.
    if (/^h\d{0,2}(?![\p{L}])/iu.test(text.slice(end))) continue;
    // "(1)", "1." at the start of an item: list markers.
    if (/\(\s*$/u.test(before) && /^\s*\)/u.test(text.slice(end))) continue;
    const rank = lexicon.rankCue.test(before) || (rankSeen && /(?:^|\s)thứ\s*$/iu.test(before));
    const multiple = lexicon.multipleCue.test(before.replace(/\s*(?:gần|khoảng|hơn)\s*$/iu, ' '));
    if (!rank && lexicon.notQuantityBefore.test(before)) continue;
    let value = parseVietnameseNumber(first);
    let high = second ? parseVietnameseNumber(second) : null;
    const of = share ? parseVietnameseNumber(share) : null;
    const after = text.slice(end);
    let unit: string | null = null;
    if (rank) {
      unit = 'hạng';
      rankSeen = true;
    } else if (multiple && /^\s*lần/iu.test(after)) {
      unit = 'lần';
      end += /^\s*lần/iu.exec(after)![0].length;
    } else if (options.limits && lexicon.limitCue.test(before) && lexicon.limitDuration.test(after)) {
      // "trong 24 giờ đầu": at most that long.
      const duration = lexicon.limitDuration.exec(after)!;
      unit = duration[0].trim();
      end += duration[0].length;
    } else {
      if (lexicon.notQuantityAfter.test(after)) continue;
      const known = lexicon.knownUnit.exec(after);
      const scale = known ? null : lexicon.scaleAlone.exec(after);
      if (known) {
        const factor = known[1] ? lexicon.multiply[known[1].toLocaleLowerCase('vi')] : undefined;
        const money = lexicon.moneyUnit.test(known[2]!);
        if (factor && !money) {
          value *= factor;
          if (high !== null) high *= factor;
          unit = known[0].trim().slice(known[1]!.length).trim();
        } else unit = known[0].trim();
        end += known[0].length;
      } else if (scale) {
        const factor = lexicon.multiply[scale[1]!.toLocaleLowerCase('vi')];
        const rest = after.slice(scale[0].length);
        const noun = lexicon.notQuantityAfter.test(rest) ? null : nounPhrase(rest, lexicon);
        if (factor && noun && !lexicon.moneyUnit.test(noun)) {
          value *= factor;
          if (high !== null) high *= factor;
          unit = noun;
        } else unit = noun ? `${scale[1]} ${noun}` : scale[1]!;
        end += scale[0].length + (noun ? rest.indexOf(noun) + noun.length : 0);
      } else {
        const noun = nounPhrase(after, lexicon);
        if (noun) {
          unit = noun;
          end += after.indexOf(noun) + noun.length;
        }
      }
    }
    // "trên 10.000 dân": the denominator of a ratio.
    if (unit && /^(?:dân|người dân)$/iu.test(unit) && /(?:trên|\/)\s*$/iu.test(before)) continue;
    // "2026", "2021-2030": years, unless written as a figure with a known unit ("2.000 tấn").
    const yearLike = /^(?:19|20)\d{2}$/u.test(first) && (second === undefined || /^(?:19|20)\d{2}$/u.test(second));
    if (yearLike && !share && !(unit && lexicon.knownUnit.test(unit))) continue;
    if (!unit && !share && !VALUE_CUE.test(before)) continue;
    // "13/15 chỉ tiêu": the total stays with the unit as written.
    if (share && !rank) unit = `/${share}${unit ? ` ${unit}` : ''}`;
    let qualifier: Quantity['qualifier'] = 'exact';
    const tail = text.slice(end);
    if (unit && lexicon.limitDuration.test(unit)) qualifier = 'max';
    else if (lexicon.minAfter.test(tail)) qualifier = 'min';
    else if (lexicon.maxAfter.test(tail)) qualifier = 'max';
    // "từ 6,3 - 6,7%" is a range; "từ 65%" is at least 65%.
    else if (high === null && lexicon.minBefore.test(before)) qualifier = 'min';
    else if (high === null && lexicon.maxBefore.test(before)) qualifier = 'max';
    else if (lexicon.aboutBefore.test(before)) qualifier = 'about';
    const bounds =
      high !== null
        ? { low: value, high }
        : qualifier === 'min'
          ? { low: value, high: null }
          : qualifier === 'max'
            ? { low: null, high: value }
            : { low: value, high: value };
    found.push({ value, ...bounds, unit: unit?.replace(/\s+/gu, ' ').replace('% /', '%/') ?? null, qualifier, of, start, end });
  }
  return found;
}
