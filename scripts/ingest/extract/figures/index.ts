/**
 * Targets and actuals: the numeric goals a document sets and the results it reports.
 *
 * Targets come from goal zones ("Các chỉ tiêu chủ yếu", "Mục tiêu cụ thể") and, elsewhere, from
 * clauses with target words ("phấn đấu", "chỉ tiêu", "mục tiêu", "bảo đảm" …); several per
 * sentence, each "; "-separated clause on its own, an elliptical half ("…; đến năm 2030 đạt 80%")
 * taking the label of its neighbour. A target restated later is one target.
 *
 * Actuals come from assessment zones ("Kết quả …", "Đánh giá chung", "Ưu điểm") and from news
 * and reports outside goal and task zones; in plans only from clauses that report ("đã",
 * "năm qua"). A figure is a target or an actual, never both; requests for funds, money granted,
 * fees and benefit levels are neither.
 */
import { findReferences, type ReferenceGrammar } from '../references.ts';
import { splitClauses } from '../clauses.ts';
import type { ExtractedActual, ExtractedTarget, ParsedDocument } from '../types.ts';
import { asOfDate, blockZone, contextOf, periodOf, sectionIndex } from './context.ts';
import { cleanLabel, followingWords, labelOf, onlyCueWords } from './label.ts';
import type { FiguresLexicon } from './lexicon.ts';
import { findQuantities, type Quantity } from './quantity.ts';

export { compileFiguresLexicon, type FiguresLexicon, type FiguresLexiconData } from './lexicon.ts';
export { findQuantities, parseVietnameseNumber, type Quantity } from './quantity.ts';
export { asOfDate } from './context.ts';
export { cleanLabel, labelOf } from './label.ts';

/** What figures extraction reads besides the parsed document. */
export interface FigureInputs {
  documentId: string;
  lexicon: { figures: FiguresLexicon; references: ReferenceGrammar };
}

const ASSIGNED = /đã được\s+(?:[\p{L}]+\s+){0,6}?(?:giao|phê duyệt|ban hành|thông qua|bố trí|phân bổ)(?![\p{L}])/giu;

/** The end of a long text, cut at a word: "… đề ra 18 chỉ tiêu, kết quả … đạt và vượt". */
const lastWords = (text: string, length: number): string =>
  text.length <= length ? text : text.slice(text.indexOf(' ', text.length - length) + 1);

const comparatorOf = (quantity: Quantity): ExtractedTarget['comparator'] =>
  quantity.qualifier === 'min' ? 'min' : quantity.qualifier === 'max' ? 'max' : 'about';

const contentWords = (text: string): Set<string> =>
  new Set(
    text
      .toLocaleLowerCase('vi')
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 1),
  );

/** Share of the smaller word set found in the other. */
function overlap(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return shared / Math.min(x.size, y.size);
}

/**
 * True when two targets are one restated: same bounds and unit, and mostly the same label, or
 * one sentence holding nearly all the words of the other ("công nhận thêm 01 đơn vị cấp huyện
 * đạt chuẩn nông thôn mới" restated inside a longer solution).
 */
function restates(a: ExtractedTarget, b: ExtractedTarget): boolean {
  if (a.low !== b.low || a.high !== b.high || a.unit !== b.unit) return false;
  return overlap(a.label, b.label) >= 0.6 || overlap(a.sentence, b.sentence) >= 0.85;
}

/**
 * Drops reported figures that sit in tasks: a direction ("tổ chức thi công 3 ca 4 kíp") reports
 * nothing. News texts are left as they are (their reporting paragraphs may also direct), and so
 * are figures under a report of results, whatever else reads the paragraph as a task.
 */
export function withoutFiguresInTasks(
  parsed: ParsedDocument,
  figures: { actuals: ExtractedActual[]; assessed: ReadonlySet<number> },
  taskBlocks: ReadonlySet<number>,
  documentId: string,
): ExtractedActual[] {
  if (parsed.header.kind === 'news') return figures.actuals;
  return figures.actuals
    .filter((actual) => figures.assessed.has(actual.block) || !taskBlocks.has(actual.block))
    .map((actual, order) => ({ ...actual, id: `${documentId}--so-lieu-${order + 1}`, order }));
}

/** Extracts the targets and actuals of a document in document order. */
export function extractFigures(
  parsed: ParsedDocument,
  inputs: FigureInputs,
): { targets: ExtractedTarget[]; actuals: ExtractedActual[]; assessed: Set<number> } {
  const lexicon = inputs.lexicon.figures;
  const sections = sectionIndex(parsed);
  const targets: ExtractedTarget[] = [];
  const actuals: ExtractedActual[] = [];
  // Blocks under a report of results.
  const assessed = new Set<number>();
  const news = parsed.header.kind === 'news';
  const reporting = news || parsed.header.kind === 'report';
  for (const block of parsed.blocks) {
    if (block.kind === 'heading' || block.kind === 'table') continue;
    const context = contextOf(parsed, block, sections);
    const zone = blockZone(block, context, lexicon);
    if (zone === 'neither') continue;
    if (zone === 'assessment') assessed.add(block.index);
    // A photo caption reports ("giải ngân đầu tư công 6 tháng đầu năm tại Cà Mau đạt 37%"); it sets nothing.
    const caption = block.kind === 'caption';
    const blocked = findReferences(block.text, inputs.lexicon.references).map(({ start, end }) => ({ start, end }));
    let previousLabel: string | null = null;
    let previousSubject: string | null = null;
    // "Phấn đấu đến năm 2030: tỷ lệ A đạt 70%; tỷ lệ B đạt 80%": the target words of a sentence
    // carry over its "; "-separated clauses.
    let carriedTarget = false;
    for (const clause of splitClauses(block.text)) {
      const clauseBlocked = blocked.map(({ start, end }) => ({ start: start - clause.start, end: end - clause.start }));
      // "kế hoạch vốn năm 2025 đã được Thủ tướng Chính phủ giao": describes the plan, the clause still looks ahead.
      const tense = clause.text.replace(ASSIGNED, ' ');
      const setsTargets: boolean =
        !news &&
        !caption &&
        zone !== 'assessment' &&
        (zone === 'goals' || carriedTarget || lexicon.targetCue.test(clause.text)) &&
        !lexicon.pastCue.test(tense);
      carriedTarget = setsTargets && /;\s*$/u.test(clause.text);
      // A limit of time ("trong 24 giờ đầu") is a target only where goals are set, not in a procedure.
      if (lexicon.notFigureClause.test(clause.text)) continue;
      const quantities = findQuantities(clause.text, lexicon, clauseBlocked, { limits: setsTargets && zone === 'goals' });
      if (quantities.length === 0) continue;
      const reports =
        !setsTargets &&
        zone !== 'tasks' &&
        (zone === 'assessment' ||
          (zone === null && reporting && !lexicon.forwardCue.test(clause.text)) ||
          (zone === null && !reporting && lexicon.pastCue.test(tense) && !lexicon.forwardCue.test(clause.text)));
      // In a plan a reported figure outside an assessment needs its reporting word ("đã … tăng 12%").
      const needsVerb = reports && zone !== 'assessment' && !reporting;
      if (!setsTargets && !reports) continue;
      let previousEnd = 0;
      for (const quantity of quantities) {
        const before = clause.text.slice(Math.max(0, quantity.start - 50), quantity.start);
        // A result's indicator comes before its value; what follows is its base ("vượt 0,25% kế hoạch").
        const label = labelOf(clause.text, quantity.start, quantity.end, previousEnd, lexicon, { after: setsTargets });
        previousEnd = quantity.end;
        if (needsVerb && !lexicon.reportingVerb.test(before)) continue;
        // "so với Nghị quyết đề ra là 55 triệu đồng/người", "đề ra 18 chỉ tiêu": a target quoted, not a result.
        if (lexicon.quotedTargetCue.test(before.replace(/[\s(]+$/u, ' ').trimEnd())) continue;
        if (setsTargets) {
          // "mức hỗ trợ 500.000 đồng/hộ/tháng", "lệ phí …": money granted, fees and benefits are not goals;
          // nor is a count of targets ("Có 18 chỉ tiêu chủ yếu").
          const money = quantity.unit !== null && lexicon.moneyUnit.test(quantity.unit.replace(/^(?:nghìn|ngàn|triệu|tỷ)\s+/iu, ''));
          if (money && lexicon.notTargetCue.test(before.split(/[,;]/u).pop() ?? before)) continue;
          if (quantity.unit && lexicon.notTargetUnit.test(quantity.unit.replace(/^\/[\d.]+\s*/u, ''))) continue;
          // "…; đến năm 2030 đạt 80%": an elliptical half takes its neighbour's label.
          const name: string | null = label.length >= 3 ? label : previousLabel;
          if (!name) continue;
          previousLabel = name;
          const target: ExtractedTarget = {
            id: '',
            label: name,
            low: quantity.low,
            high: quantity.high,
            unit: quantity.unit,
            period: periodOf(clause.text, context, parsed.header.period),
            comparator: comparatorOf(quantity),
            sentence: clause.text,
            section: block.section,
            block: block.index,
            order: 0,
          };
          if (targets.some((other) => restates(other, target))) continue;
          targets.push({ ...target, id: `${inputs.documentId}--chi-tieu-${targets.length + 1}`, order: targets.length });
        } else {
          // "…giảm còn 1,57%, vượt 0,25% kế hoạch": a follow-up figure is about the previous subject.
          // "…đã thực hiện đạt và vượt 17 chỉ tiêu": with no subject of its own, the clause up to the value.
          const whole = cleanLabel(clause.text.slice(0, quantity.start), lexicon);
          // "Kéo giảm 6,1% số vụ tội phạm …", "giải quyết 45 trường hợp tố cáo đảng viên": the verb and what follows.
          const verbOnly = label.length >= 1 && onlyCueWords(label, lexicon) && label.split(/\s+/u).length <= 2;
          const following = verbOnly ? followingWords(clause.text, quantity.end, lexicon) : '';
          const subject: string | null =
            following.split(/\s+/u).length >= 2 && !/^(?:so|kế hoạch|dự toán|mục tiêu|cùng kỳ)/iu.test(following)
              ? `${label} ${following}`
              : label.length >= 3 && !onlyCueWords(label, lexicon)
                ? label
                : previousSubject === null && whole.length >= 3
                  ? lastWords(whole, 90)
                  : null;
          const cue = cleanLabel(before.split(/[,;:(]/u).pop() ?? '', lexicon) === '' ? (before.split(/[,;:(]/u).pop() ?? '').trim() : '';
          // "… tăng 6,96%, đứng thứ 3 khu vực": a rank is about the previous subject.
          const rank = quantity.unit === 'hạng' && previousSubject !== null;
          const name: string | null = rank
            ? `${previousSubject} (thứ hạng)`
            : (subject ?? (previousSubject ? `${previousSubject}${cue ? ` (${cue})` : ''}` : null));
          if (!name) continue;
          if (subject && !rank) previousSubject = subject;
          actuals.push({
            id: `${inputs.documentId}--so-lieu-${actuals.length + 1}`,
            label: name,
            value: quantity.value,
            unit: quantity.unit,
            // The clause's own period, else the paragraph's ("Năm 2020, … ; thu ngân sách vượt 20%"), else the headings'.
            as_of: asOfDate(clause.text, asOfDate(block.text, asOfDate(context.join(' / '), parsed.header.issued))),
            sentence: clause.text,
            block: block.index,
            order: actuals.length,
          });
        }
      }
    }
  }
  return { targets, actuals, assessed };
}
