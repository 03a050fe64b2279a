/**
 * When a task is due, as one grammar (see grammar.ts): the task's own text, the time fields
 * or table cells that describe it ("Thời gian thực hiện: Quý IV/2025", a "2026-2027" cell) and
 * the lead-in it inherits ("… hoàn thành trước ngày 31/12/2025 các nhiệm vụ sau:").
 *
 *   const timing = extractTiming(text, { documentDate, leadIn, fields, lexicon });
 *   const deadlines = deadlinesOf(timing);   // ISO dates of `by`, `in` and `during` only
 *
 * A start ("Từ 01/7/2025", "năm 2025 và các năm tiếp theo") and a recurrence ("hằng năm")
 * are timing but never deadlines.
 */
import type { ReferenceGrammar } from '../references.ts';
import type { ExtractedDeadline } from '../types.ts';
import { findTiming, type Timing } from './grammar.ts';
import type { TimingLexicon } from './lexicon.ts';

export type { Timing } from './grammar.ts';
export type { Recurrence, TimingLexicon, TimingLexiconData } from './lexicon.ts';
export { compileTimingLexicon } from './lexicon.ts';
export { findTiming } from './grammar.ts';

/** What `extractTiming` reads besides the task's text. */
export interface TimingInputs {
  /** The document's date (ISO), for "trước ngày 20/12" and for limits already past. */
  documentDate: string | null;
  /** The compiled time words and the recognisers of cited documents (a FactsLexicon fits). */
  lexicon: { timing: TimingLexicon; references: ReferenceGrammar };
  /** Text of the lead-in or heading the task inherits its assignment from, if any. */
  leadIn?: string | null;
  /** Values of the task's time fields and table cells ("Năm 2025 và các năm tiếp theo", "2026-2027"). */
  fields?: readonly string[];
}

const keyOf = (timing: Timing): string => [timing.kind, timing.date ?? '', timing.end ?? '', timing.recurrence ?? ''].join('|');
const dated = (timing: Timing): boolean => timing.kind === 'by' || timing.kind === 'in' || timing.kind === 'during';

/**
 * The task's timing: its own text and fields first; the lead-in's dated timing only when the
 * task states none, and its recurrence only when the task states none.
 */
export function extractTiming(text: string, inputs: TimingInputs): Timing[] {
  const { documentDate } = inputs;
  const grammar = { lexicon: inputs.lexicon.timing, references: inputs.lexicon.references, documentDate };
  const own: Timing[] = [
    ...findTiming(text, { ...grammar, mode: 'text' }),
    ...(inputs.fields ?? []).flatMap((value) => findTiming(value, { ...grammar, mode: 'field' })),
  ];
  const inherited = inputs.leadIn ? findTiming(inputs.leadIn, { ...grammar, mode: 'text' }) : [];
  const all = [
    ...own,
    ...inherited.filter((timing) =>
      dated(timing) ? !own.some(dated) : timing.kind === 'recurring' ? !own.some((o) => o.kind === 'recurring') : false,
    ),
  ];
  const seen = new Set<string>();
  const result: Timing[] = [];
  for (const { text: phrase, kind, date, end, recurrence } of all) {
    const timing: Timing = {
      text: phrase,
      kind,
      ...(date ? { date } : {}),
      ...(end ? { end } : {}),
      ...(recurrence ? { recurrence } : {}),
    };
    if (seen.has(keyOf(timing))) continue;
    seen.add(keyOf(timing));
    result.push(timing);
  }
  return result;
}

/** Deadlines of a task: the limit of each `by`, the end of each `in` and `during`, once per date. */
export function deadlinesOf(timing: readonly Timing[]): ExtractedDeadline[] {
  const deadlines: ExtractedDeadline[] = [];
  for (const entry of timing) {
    if (!dated(entry)) continue;
    const date = entry.end ?? entry.date;
    if (date && !deadlines.some((deadline) => deadline.date === date)) deadlines.push({ date, phrase: entry.text });
  }
  return deadlines;
}
