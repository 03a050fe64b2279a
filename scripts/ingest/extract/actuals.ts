/**
 * Reported figures ("actuals") in news and progress texts: "tăng 6,96%", "tỷ lệ hộ
 * nghèo giảm còn 1,57%", "đạt 13/15 chỉ tiêu", "giải ngân … đạt 37%". A figure counts
 * when a reporting verb stands right before it. Its date is the period the sentence
 * names ("6 tháng đầu năm 2024" → 2024-06-30, "năm 2020" → 2020-12-31) or the document's.
 */
import { splitClauses } from './clauses.ts';
import { findQuantities } from './quantities.ts';
import type { ExtractedActual, ParsedDocument } from './types.ts';

const REPORTING_CUE = /(tăng|giảm|giảm còn|đạt|đạt được|chiếm|ước đạt|còn|vượt|thu|giải ngân|là)(?: (?:gần|khoảng|hơn|trên|dưới))?$/u;
const CUE_WORDS = /^(?:(?:đạt|vượt|tăng|giảm|còn|gần|khoảng|hơn|trên|dưới|chiếm|là)\s*)+$/u;
const FORWARD = /phấn đấu|kế hoạch đề ra|mục tiêu|chỉ tiêu đề ra|sẽ|cần|phải/iu;

/** The date a reported figure describes, from the period named in its sentence. */
export function asOfDate(sentence: string, fallback: string | null): string | null {
  // "6 tháng đầu năm" without a year is this year's first half.
  const year0 = fallback?.slice(0, 4);
  const half = /(?:6|sáu) tháng đầu năm(?:\s+(\d{4}))?/iu.exec(sentence);
  if (half && (half[1] ?? year0)) return `${half[1] ?? year0}-06-30`;
  const nine = /(?:9|chín) tháng(?: đầu năm)?(?:\s+(?:năm\s+)?(\d{4}))?/iu.exec(sentence);
  if (nine && (nine[1] ?? year0)) return `${nine[1] ?? year0}-09-30`;
  const quarter = /quý\s+(I|II|III|IV)\s*(?:năm\s+|\/)(\d{4})/u.exec(sentence);
  if (quarter) return `${quarter[2]}-${{ I: '03-31', II: '06-30', III: '09-30', IV: '12-31' }[quarter[1] as 'I']}`;
  const year = /năm\s+(\d{4})/iu.exec(sentence);
  if (year && (!fallback || year[1]! <= fallback.slice(0, 4))) return `${year[1]}-12-31`;
  // "nhiệm kỳ 2015 - 2020": the figure describes the end of the term.
  const range = /(\d{4})\s*[-–]\s*(\d{4})/u.exec(sentence);
  if (range && (!fallback || range[2]! <= fallback.slice(0, 4))) return `${range[2]}-12-31`;
  return fallback;
}

/** Extracts reported figures in document order. */
export function extractActuals(parsed: ParsedDocument, documentId: string): ExtractedActual[] {
  const actuals: ExtractedActual[] = [];
  const reporting = parsed.header.kind === 'news' || parsed.header.kind === 'report';
  const sections = new Map(parsed.sections.map((section) => [section.anchor, section]));
  const headingsOf = (anchor: string | null): string => {
    const headings: string[] = [];
    for (let current = anchor; current; current = sections.get(current)?.parent ?? null)
      headings.push(sections.get(current)?.heading ?? '');
    return headings.join(' / ');
  };
  for (const block of parsed.blocks) {
    if (block.kind === 'heading') continue;
    for (const clause of splitClauses(block.text)) {
      if (FORWARD.test(clause.text)) continue;
      // Plans report figures only in past-tense sentences ("đã", "năm qua").
      if (!reporting && !/đã|năm qua|nhiệm kỳ qua|kết quả/u.test(clause.text)) continue;
      // Label of the last figure's subject, for follow-up figures ("…, vượt 0,25%").
      let previousSubject: string | null = null;
      for (const quantity of findQuantities(clause.text)) {
        if (!REPORTING_CUE.test(quantity.cue)) continue;
        const before = clause.text.slice(0, quantity.start).replace(/\s+$/u, '');
        const segment = (before.split(/[,;:(]\s*/u).pop() ?? before)
          .replace(/^(?:trong đó|trong|nhờ|tuy nhiên|đặc biệt|riêng)\s+/iu, '')
          .trim();
        const subject = segment
          .replace(/(?:^|\s+)(?:(?:đạt|vượt|tăng|giảm|còn|gần|khoảng|hơn|trên|dưới|chiếm|là|được|và)(?=\s|$)\s*)+$/u, '')
          .trim();
        // "…giảm còn 1,57%, vượt 0,25% kế hoạch": the second figure is about the first one's subject.
        const label = subject.length >= 3 ? subject : previousSubject && CUE_WORDS.test(segment) ? `${previousSubject} (${segment})` : '';
        if (label.length < 3) continue;
        if (subject.length >= 3) previousSubject = subject;
        actuals.push({
          id: `${documentId}--so-lieu-${actuals.length + 1}`,
          label,
          value: quantity.low,
          unit: quantity.unit,
          // The clause's own period, else the paragraph's ("Năm 2020, … ; thu ngân sách vượt 20%").
          as_of: asOfDate(clause.text, asOfDate(block.text, asOfDate(headingsOf(block.section), parsed.header.issued))),
          sentence: clause.text,
          block: block.index,
          order: actuals.length,
        });
      }
    }
  }
  return actuals;
}
