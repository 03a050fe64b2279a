/**
 * Cross-reference assignments: "Bộ Xây dựng chủ trì thực hiện các nhiệm vụ quy định tại các
 * mục 1, 2, 3; điểm a, b mục 7 Phần III Điều 1 Quyết định này", "Chủ trì triển khai các nhiệm vụ
 * tại mục (IV)(1) của Kế hoạch". The items named get the pointer's lead (or, when the pointer
 * only coordinates — "Phối hợp với Bộ Xây dựng thực hiện các nhiệm vụ tại điểm c mục 1 …" — its
 * actor as a partner). A reference to a whole part ("… được quy định tại Phần III") is a general
 * remit, not an assignment of items, and spreads nothing.
 *
 * Citations name levels inner first ("điểm a khoản 2 Điều 5"); the words of each level are
 * those the numbering table says a level is cited as.
 */
import { NUMBERING_STYLES } from '../parse/numbering.ts';
import type { Block, LabelStyle, ParsedDocument } from '../types.ts';

/** One level of a citation: "mục 7", "điểm a, b", "Phần III". */
interface Level {
  word: string;
  labels: string[];
}

/** Words of citation levels, innermost first. */
const LEVEL_WORDS = ['tiết', 'điểm', 'khoản', 'tiểu mục', 'mục', 'phần', 'chương', 'điều'] as const;
const ITEM_LEVELS = new Set(['tiết', 'điểm', 'khoản', 'tiểu mục', 'mục']);

// "các nhiệm vụ (quy định) tại …", "các nội dung nêu tại …".
const POINTER =
  /(?:nhiệm vụ|nội dung|giải pháp|hoạt động)\s+(?:đã\s+)?(?:được\s+)?(?:quy định|nêu|giao|đề ra|xác định)?\s*(?:tại|ở)\s+((?:các\s+)?(?:tiết|điểm|khoản|tiểu mục|mục|phần|chương|điều)\s[^.]*?)(?=\s+(?:của|thuộc)\s+(?:Quyết định|Kế hoạch|Đề án|Chương trình|Nghị quyết|Chỉ thị)|\s+(?:Quyết định|Kế hoạch|Đề án|Chương trình|Nghị quyết|Chỉ thị)\s+này|[.]|$)/iu;

const LABEL = String.raw`(?:\(?[IVXLC]+\)?(?:[.(]\(?\d{1,2}\)?)*|\(?\d{1,2}\)?(?:\.\d{1,2})*|[a-zđ])`;

/** Reads the levels of a citation span: "mục 1, 2; điểm a, b mục 7 Phần III Điều 1". */
export function readCitation(span: string): Level[][] {
  const tokens: Level[] = [];
  const pattern = new RegExp(
    String.raw`(?<![\p{L}])(tiết|điểm|khoản|tiểu mục|mục|phần|chương|điều)\s+((?:${LABEL})(?:\s*(?:,|và)\s*(?:${LABEL})(?![\p{L}]))*)`,
    'giu',
  );
  for (const match of span.matchAll(pattern)) {
    const word = match[1]!.toLowerCase();
    const labels = match[2]!
      .split(/\s*(?:,|và)\s*/u)
      .map((label) => label.trim())
      .filter((label) => label !== '');
    tokens.push({ word, labels });
  }
  // A level already in the current reference, or an innermost level, starts another reference.
  const refs: Level[][] = [];
  for (const token of tokens) {
    const current = refs[refs.length - 1];
    const rank = LEVEL_WORDS.indexOf(token.word as (typeof LEVEL_WORDS)[number]);
    const last = current?.[current.length - 1];
    const lastRank = last ? LEVEL_WORDS.indexOf(last.word as (typeof LEVEL_WORDS)[number]) : -1;
    if (!current || rank <= lastRank) refs.push([token]);
    else current.push(token);
  }
  // The outer levels written once at the end apply to every reference: "mục 1, 2; điểm a mục 7 Phần III".
  const tail = refs[refs.length - 1] ?? [];
  return refs.map((ref, i) => {
    if (i === refs.length - 1) return ref;
    const top = Math.max(...ref.map((level) => LEVEL_WORDS.indexOf(level.word as (typeof LEVEL_WORDS)[number])));
    return [...ref, ...tail.filter((level) => LEVEL_WORDS.indexOf(level.word as (typeof LEVEL_WORDS)[number]) > top)];
  });
}

/** The label of a block as cited: "Điều 1" → "1", "PHẦN III" → "III", "đ" → "đ". */
const citedLabel = (block: Block): string =>
  block.label
    .replace(/^(?:Điều|Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+/u, '')
    .replace(/^thứ\s+/iu, '')
    .toLowerCase();

/** Styles a citation word may name. */
function stylesCitedAs(word: string): Set<LabelStyle> {
  return new Set(NUMBERING_STYLES.filter((style) => style.citedAs.includes(word)).map((style) => style.style));
}

/** The blocks a citation path names, outer level first; empty when it cannot be resolved. */
function resolvePath(parsed: ParsedDocument, levels: Level[]): Block[] {
  // "mục (IV)(1)", "mục IV.1": one level written as a path of labels.
  const expanded: Level[] = levels.flatMap((level) => {
    if (level.labels.length !== 1) return [level];
    const parts = level.labels[0]!.replace(/\)\(/gu, '.').replace(/[()]/gu, '').split('.').filter(Boolean);
    return parts.length > 1 ? [...parts].reverse().map((label) => ({ word: level.word, labels: [label] })) : [level];
  });
  const outerFirst = [...expanded].reverse();
  let candidates: Block[] | null = null;
  for (const level of outerFirst) {
    const styles = stylesCitedAs(level.word);
    const labels = new Set(level.labels.map((label) => label.toLowerCase()));
    const pool: Block[] = candidates === null ? parsed.blocks : descendants(parsed, candidates);
    const found = pool.filter((block) => styles.has(block.style) && labels.has(citedLabel(block)));
    // Without an outer level, "mục 1" must be unambiguous among the task parts.
    candidates = candidates === null && found.length > labels.size ? found.filter((block) => block.zone === 'tasks') : found;
    if (candidates.length === 0) return [];
  }
  return candidates ?? [];
}

/** Every block under the given blocks. */
function descendants(parsed: ParsedDocument, roots: Block[]): Block[] {
  const inside = new Set(roots.map((block) => block.index));
  const found: Block[] = [];
  for (const block of parsed.blocks) {
    if (block.parent !== null && inside.has(block.parent)) {
      inside.add(block.index);
      found.push(block);
    }
  }
  return found;
}

/** The item blocks a task's text points at ("các nhiệm vụ tại mục 1, 2 … Phần III"), or []. */
export function pointedItems(parsed: ParsedDocument, text: string): Block[] {
  const match = POINTER.exec(text);
  if (!match) return [];
  const refs = readCitation(match[1]!);
  const items: Block[] = [];
  for (const ref of refs) {
    // A whole part ("tại Phần III Điều 1") is a general remit, not a list of items.
    if (!ref.some((level) => ITEM_LEVELS.has(level.word))) continue;
    for (const block of resolvePath(parsed, ref)) if (!items.includes(block)) items.push(block);
  }
  return items;
}

/** The blocks at or under `roots`. */
export function atOrUnder(parsed: ParsedDocument, roots: Block[]): Set<number> {
  return new Set([...roots, ...descendants(parsed, roots)].map((block) => block.index));
}
