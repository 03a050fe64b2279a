/**
 * Where a figure sits in its source sentence, and what the words around it say: the words
 * just before the number tell a level ("đạt 80%", "còn 3,1%") from a change ("tăng 6,96%",
 * "giảm tối thiểu 0,8%"); the words just after it tell a figure relative to the plan
 * ("vượt 14% kế hoạch") or an old goal restated ("Nghị quyết đề ra là 55 triệu đồng").
 */

/** Vietnamese number forms in running text: "1.044", "75.000", "6,96", "0,25", "7". */
const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

/** Parses a Vietnamese number: dots group thousands, a comma is the decimal mark ("1.044,5" → 1044.5). */
export function parseViNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** The text before and after the first occurrence of `value` in `sentence`; null when it is not written there. */
export function aroundValue(sentence: string, value: number): { before: string; after: string } | null {
  for (const match of sentence.matchAll(NUMBER)) {
    if (Math.abs(parseViNumber(match[0]) - value) > 1e-9) continue;
    const start = match.index;
    return { before: sentence.slice(0, start), after: sentence.slice(start + match[0].length) };
  }
  return null;
}

/** Whether a figure is a level reached or a change (growth, reduction); null when the words do not say. */
export type Measure = 'level' | 'change' | null;

// Qualifiers that may stand between the verb and the number: "tăng từ 7%", "giảm tối thiểu 0,8%".
const QUALIFIER = String.raw`(?:\s+(?:bình quân|mỗi năm|hằng năm|từ|trên|dưới|tối thiểu|tối đa|ít nhất|khoảng|gần|đạt|hơn|thêm|được|vượt))*`;
const LEVEL_VERB = new RegExp(String.raw`(?:^|\s)(?:giảm còn|còn|đạt|là|chiếm|ở mức|lên|xuống)${QUALIFIER}\s*$`, 'iu');
const CHANGE_VERB = new RegExp(String.raw`(?:^|\s)(?:tăng trưởng|tăng|giảm)${QUALIFIER}\s*$`, 'iu');

/** Level or change, from the words just before the number (and a label that starts "Tốc độ tăng trưởng" / "Giảm"). */
export function measureOf(before: string, label: string): Measure {
  if (LEVEL_VERB.test(before)) return 'level';
  if (CHANGE_VERB.test(before)) return 'change';
  if (/^(?:tốc độ tăng|tăng trưởng|giảm|tăng)/iu.test(label.trim())) return 'change';
  return null;
}

/** "vượt 14% kế hoạch", "đạt 100% chỉ tiêu Nghị quyết", "đạt 58% dự toán": the number is relative to a plan, not the indicator's value. */
export function isVersusPlan(afterUnit: string): boolean {
  return /^\s*(?:kế hoạch|chỉ tiêu|dự toán|nghị quyết)/iu.test(afterUnit);
}

/** The text after a number with its unit removed: ("% kế hoạch;", "%") → " kế hoạch;". */
export function stripUnit(after: string, unit: string | null): string {
  const trimmed = after.replace(/^\s+/, '');
  return unit && trimmed.toLowerCase().startsWith(unit.toLowerCase()) ? trimmed.slice(unit.length) : trimmed;
}

/** "Nghị quyết đề ra là 55 triệu đồng": the number is a goal set before, restated in a report. */
export function isRestatedGoal(before: string): boolean {
  return /(?:đề ra|đặt ra|chỉ tiêu|mục tiêu|kế hoạch)(?:\s+là|\s+đạt)?\s*$/iu.test(before);
}
