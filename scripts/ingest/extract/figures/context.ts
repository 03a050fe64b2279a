/**
 * Where a block sits, as figures see it: the headings above it, the lead-ins it belongs to,
 * and the zone they name (results reported, goals set, or requests). Until the structure stage
 * exposes zones, the innermost heading that names one decides.
 */
import type { Block, ParsedDocument } from '../types.ts';
import type { FigureZone, FiguresLexicon } from './lexicon.ts';

/** The headings above a block, innermost first; the lead-in items it hangs under come first. */
export function contextOf(parsed: ParsedDocument, block: Block, sections: Map<string, ParsedDocument['sections'][number]>): string[] {
  const context: string[] = [];
  for (let parent = block.parent; parent !== null; parent = parsed.blocks[parent]?.parent ?? null) {
    const text = parsed.blocks[parent]?.text;
    if (text && text.length <= 300) context.push(text);
  }
  for (let anchor = block.section; anchor; anchor = sections.get(anchor)?.parent ?? null) {
    const heading = sections.get(anchor)?.heading;
    if (heading && !context.includes(heading)) context.push(heading);
  }
  return context;
}

/**
 * What the structure stage's zone of a block means for figures: results are reported in an
 * assessment, targets set in goals; tasks and the organisation of work report nothing and set
 * targets only with target words; procedures, forms, funding, entry into force and closing
 * paragraphs give neither. A preamble may state the goal the document serves ("…, để đạt mục
 * tiêu tăng trưởng 8% trở lên, Thủ tướng Chính phủ yêu cầu:"), so it is left to the words.
 */
const STRUCTURE_ZONES: Partial<Record<Block['zone'], FigureZone | 'tasks'>> = {
  assessment: 'assessment',
  goals: 'goals',
  tasks: 'tasks',
  organisation: 'tasks',
  procedure: 'neither',
  form: 'neither',
  funding: 'neither',
  effect: 'neither',
  closing: 'neither',
  timeline: 'neither',
};

/**
 * The zone of a block for figures: the innermost heading that names results, goals, procedures or
 * requests ("1. Về thực hiện nhiệm vụ phát triển kinh tế" under "KẾT QUẢ THỰC HIỆN …" still reports
 * results), else the structure stage's zone ("Căn cứ …", "Trên đây là …", a task zone).
 */
export function blockZone(block: Block, context: readonly string[], lexicon: FiguresLexicon): FigureZone | 'tasks' | null {
  return zoneOf(context, lexicon) ?? (block.zone ? STRUCTURE_ZONES[block.zone] : undefined) ?? null;
}

/** The zone the innermost naming heading gives, or null when none names one. */
export function zoneOf(context: readonly string[], lexicon: FiguresLexicon): FigureZone | null {
  for (const heading of context) {
    // A whole sentence above an item ("Phấn đấu đến năm 2030, 100% …:") is a lead-in, not a heading.
    if (heading.length > 160) continue;
    for (const { zone, words } of lexicon.zones) if (words.test(heading)) return zone;
  }
  return null;
}

/** Sections by anchor. */
export function sectionIndex(parsed: ParsedDocument): Map<string, ParsedDocument['sections'][number]> {
  return new Map(parsed.sections.map((section) => [section.anchor, section]));
}

/** "nhiệm kỳ 2020 - 2025" or "đến năm 2030" in a text, else null. */
export function periodIn(text: string): string | null {
  const range = /(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/u.exec(text);
  if (range) return `${range[1]}-${range[2]}`;
  const year = /năm\s+((?:19|20)\d{2})(?!\d)/iu.exec(text);
  return year?.[1] ?? null;
}

/** The period a figure's clause names, else its lead-ins' and headings', else the document's. */
export function periodOf(clause: string, context: readonly string[], fallback: string | null): string | null {
  for (const text of [clause, ...context]) {
    const period = periodIn(text);
    if (period) return period;
  }
  return fallback;
}

/** The date a reported figure describes: "6 tháng đầu năm 2024" → 2024-06-30, "10 tháng" → the 31st of October. */
export function asOfDate(sentence: string, fallback: string | null): string | null {
  const year0 = fallback?.slice(0, 4);
  const months = /(?<![\d,.])(0?[1-9]|1[0-2])\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+((?:19|20)\d{2}))?/iu.exec(sentence);
  if (months && (months[2] ?? year0)) {
    const year = Number(months[2] ?? year0);
    return new Date(Date.UTC(year, Number(months[1]), 0)).toISOString().slice(0, 10);
  }
  const quarter = /quý\s+(IV|III|II|I)(?![\p{L}])(?:\s*(?:năm\s+|\/)((?:19|20)\d{2}))?/iu.exec(sentence);
  if (quarter && (quarter[2] ?? year0))
    return `${quarter[2] ?? year0}-${{ I: '03-31', II: '06-30', III: '09-30', IV: '12-31' }[quarter[1]!.toUpperCase() as 'I']}`;
  const year = /năm\s+((?:19|20)\d{2})/iu.exec(sentence);
  if (year && (!fallback || year[1]! <= fallback.slice(0, 4))) return `${year[1]}-12-31`;
  // "nhiệm kỳ 2015 - 2020": the figure describes the end of the term.
  const range = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/u.exec(sentence);
  if (range && (!fallback || range[2]! <= fallback.slice(0, 4))) return `${range[2]}-12-31`;
  return fallback;
}
