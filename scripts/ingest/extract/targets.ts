/**
 * Numeric targets ("chỉ tiêu") a plan sets: items under a heading that names targets
 * ("Các chỉ tiêu chủ yếu nhiệm kỳ 2020 – 2025"), numbered "(1) …" items, and clauses
 * with "phấn đấu" / "chỉ tiêu" in forward-looking text. One target per quantity clause:
 * "(1) Tốc độ tăng trưởng kinh tế bình quân từ 6,3 - 6,7%/năm" →
 * label "Tốc độ tăng trưởng kinh tế bình quân", 6.3–6.7, unit "%/năm", comparator min.
 */
import { splitClauses } from './clauses.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import type { Block, ExtractedTarget, ParsedDocument } from './types.ts';

const TARGET_HEADING = /chỉ tiêu|mục tiêu/iu;
const TARGET_CUE = /phấn đấu|chỉ tiêu|mục tiêu|đến năm \d{4}.*(đạt|chiếm)/iu;
const PAST_CONTEXT = /kết quả|đánh giá|tình hình|đã đạt|đạt được|năm qua/iu;

/** Comparator from the words before a value ("từ", "trên" → min; "dưới" → max). */
export function comparatorOf(cue: string): 'min' | 'max' | 'about' {
  if (/(từ|trên|ít nhất|tối thiểu|vượt)$/u.test(cue)) return 'min';
  if (/(dưới|không quá|tối đa|còn)$/u.test(cue)) return 'max';
  return 'about';
}

const LIST_MARKER = /^\s*(?:\(\d{1,2}\)|\(?[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.|[-+•*])\s*/u;

/** Label of a target: the clause before its value, without "(1)", cues and lead-ins. */
export function labelBefore(clause: string, quantity: Quantity, clauseStart: number, previousEnd = 0): string {
  const before = clause.slice(previousEnd, quantity.start - clauseStart);
  // After an earlier value, the label is what follows its comma: "…85% tổng số trường, số sinh viên …".
  const segment = previousEnd > 0 ? (before.split(/[,;]\s*|\s+và\s+/u).pop() ?? before) : before;
  const label = segment
    // A list marker ("(1)", "b)", "2.", "-") numbers the item; it is not what is measured.
    .replace(LIST_MARKER, '')
    .replace(/^(?:[-+•]\s*)?(?:phấn đấu|phần đấu|phần đầu)\s*(?:đến (?:năm|cuối năm) \d{4},?\s*)?/iu, '')
    // The value's cue words are not part of what is measured: "… (GRDP) năm 2023 tăng từ" → "… (GRDP) năm 2023".
    .replace(
      /(?:\s+(?:bình quân|từ|trên|dưới|đạt|là|chiếm|khoảng|ít nhất|tối thiểu|không quá|tối đa|tăng|giảm|còn|chỉ tiêu|mức))+\s*$/iu,
      '',
    )
    .replace(/[\s,:;]+$/u, '')
    .replace(/^[\s,:;]+/u, '')
    .trim();
  // A long lead-in ("Đẩy mạnh sắp xếp …, để đến năm 2026 đạt chỉ tiêu giảm 5%") keeps its last clause.
  if (label.length <= 90) return withoutGoalWords(label);
  // Skip tails that only say when ("đến năm 2026") and keep the last one that says what.
  const parts = label
    .split(/[,;]\s+|\s+(?:để|phấn đấu)\s+/u)
    .map((part) => part.replace(/^(?:phấn đấu\s+)?(?:(?:đến|trong) (?:năm|cuối năm) \d{4}\s*)?/iu, '').trim());
  const tail = [...parts].reverse().find((part) => part.split(/\s+/u).length >= 3);
  return withoutGoalWords(tail ?? label);
}

/** "để đạt mục tiêu tăng trưởng" → "tăng trưởng": the lead-in names the goal, the rest what is measured. */
function withoutGoalWords(label: string): string {
  return (
    label
      // "Mục tiêu: đến năm 2030, doanh thu …": a field label and the time are not what is measured.
      .replace(/^(?:mục tiêu|chỉ tiêu)(?: cụ thể| chủ yếu| tổng quát)?\s*:\s*/iu, '')
      .replace(/^(?:đến|trong|tới) (?:năm|cuối năm) \d{4},?\s+(?=\S+\s+\S+)/iu, '')
      .replace(/^(?:để\s+)?(?:đạt\s+)?(?:mục tiêu|chỉ tiêu)\s+(?=\S+\s+\S+)/iu, '')
  );
}

/** Sections by anchor, built once per document: rebuilding it per block made large documents quadratic. */
const SECTION_INDEX = new WeakMap<ParsedDocument, Map<string, ParsedDocument['sections'][number]>>();
function sectionsByAnchor(parsed: ParsedDocument): Map<string, ParsedDocument['sections'][number]> {
  let index = SECTION_INDEX.get(parsed);
  if (!index) SECTION_INDEX.set(parsed, (index = new Map(parsed.sections.map((section) => [section.anchor, section]))));
  return index;
}

function headingChain(parsed: ParsedDocument, block: Block): string {
  const headings: string[] = [];
  let anchor = block.section;
  const byAnchor = sectionsByAnchor(parsed);
  while (anchor) {
    const section = byAnchor.get(anchor);
    if (!section) break;
    headings.push(section.heading);
    anchor = section.parent;
  }
  return headings.join(' / ');
}

/** Period of a target: "nhiệm kỳ 2020 - 2025" or "năm 2023" in the headings, else the document's. */
export function periodOf(text: string, fallback: string | null): string | null {
  const range = /(\d{4})\s*[-–]\s*(\d{4})/u.exec(text);
  if (range) return `${range[1]}-${range[2]}`;
  const year = /năm\s+(\d{4})/u.exec(text);
  return year?.[1] ?? fallback;
}

/** Extracts the document's numeric targets in document order. */
export function extractTargets(parsed: ParsedDocument, documentId: string): ExtractedTarget[] {
  const targets: ExtractedTarget[] = [];
  if (parsed.header.kind === 'news') return targets;
  for (const block of parsed.blocks) {
    if (block.kind === 'heading' || block.kind === 'caption') continue;
    const headings = headingChain(parsed, block);
    // Targets reported under "Kết quả thực hiện …" are past results, not targets.
    if (PAST_CONTEXT.test(headings)) continue;
    const underTargets = TARGET_HEADING.test(headings.split(' / ')[0] ?? '');
    const numbered = block.style === 'paren-number' || /^\(\d+\)\s/u.test(block.text);
    for (const clause of splitClauses(block.text)) {
      if (!underTargets && !(numbered && TARGET_HEADING.test(headings)) && !TARGET_CUE.test(clause.text)) continue;
      if (PAST_CONTEXT.test(clause.text) && !underTargets) continue;
      let previousEnd = 0;
      for (const quantity of findQuantities(clause.text).map((q) => ({ ...q, start: q.start + clause.start, end: q.end + clause.start }))) {
        const label = labelBefore(clause.text, quantity, clause.start, previousEnd);
        previousEnd = quantity.end - clause.start;
        if (label.length < 3) continue;
        targets.push({
          id: `${documentId}--chi-tieu-${targets.length + 1}`,
          label,
          low: quantity.low,
          high: quantity.high,
          unit: quantity.unit,
          period: periodOf(`${clause.text} ${headings}`, parsed.header.period),
          comparator: comparatorOf(quantity.cue),
          sentence: clause.text,
          section: block.section,
          block: block.index,
          order: targets.length,
        });
      }
    }
  }
  return targets;
}
