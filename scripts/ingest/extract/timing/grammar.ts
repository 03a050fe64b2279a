/**
 * The timing grammar: a time expression is an optional cue, an optional "ngày" (with an
 * event's name), a core (day, month, quarter, half year, year, span) and an optional open
 * end; a recurrence is a frequency phrase, with the day or hour it falls on.
 *
 *   "trước ngày 15/12/2025"                → by 2025-12-15
 *   "trước ngày Quốc khánh 02/9/2025"      → by 2025-09-02 (a date inside an event phrase)
 *   "trong quý I năm 2026"                 → in 2026-01-01 … 2026-03-31
 *   "trước năm 2027"                       → by 2026-12-31 (the period before the one named)
 *   "Từ 01/7/2025"                         → from 2025-07-01 (a start, never a deadline)
 *   "năm 2025 và các năm tiếp theo"        → from 2025-01-01
 *   "Giai đoạn 2026-2030"                  → during 2026-01-01 … 2030-12-31
 *   "trước ngày 20/12"                     → by the next 20 December after the document's date
 *   "Trước ngày 20 tháng 12 hằng năm"      → recurring yearly (no date: it comes back every year)
 *   "tại Kỳ họp thứ 10", "sau khi … thông qua" → nothing: an event without a date
 *
 * Pure; the words come from the compiled lexicon (lexicon/timing.yaml).
 */
import { findReferences, type ReferenceGrammar } from '../references.ts';
import {
  addToDate,
  dayBefore,
  dayPeriod,
  halfPeriod,
  monthPeriod,
  quarterPeriod,
  yearFromContext,
  yearsPeriod,
  type Period,
} from './calendar.ts';
import type { CueKind, Recurrence, TimingLexicon } from './lexicon.ts';
import {
  CLAUSE_START,
  DAY_WORD_BEFORE,
  DOCUMENT_DATE_AFTER,
  EXPLICIT_DAY_AFTER,
  RECURRENCE_PREFIX,
  SPAN_CONTINUATION,
} from './patterns.ts';

/** One time statement of a task, as in the `--json` contract. */
export interface Timing {
  /** The phrase as written (whitespace collapsed). */
  text: string;
  kind: CueKind | 'recurring';
  /** ISO date: the limit (`by`), the start (`in`, `from`, `during`). */
  date?: string;
  /** ISO date: the end of the period (`in`, `during`). */
  end?: string;
  recurrence?: Recurrence;
}

/** A timing with where its phrase sits in the text it was read from. */
export interface TimingMatch extends Timing {
  start: number;
  stop: number;
}

/** What the grammar needs besides the text. */
export interface GrammarContext {
  lexicon: TimingLexicon;
  /** Cited documents, whose dates are not the task's. */
  references: ReferenceGrammar;
  /** The document's date (ISO), for dates written without a year and for past dates. */
  documentDate: string | null;
  /** `field`: a time field or table cell ("2026-2027", "Quý IV/2025"), where a bare period is the time. */
  mode: 'text' | 'field';
}

interface Span {
  start: number;
  stop: number;
}

/** "… năm cuối", "… của năm tiếp theo" right after a day written without its year. */
const RELATIVE_YEAR_AFTER = /^\s+(?:của\s+)?năm\s+(?!\d)\p{L}/iu;

const overlaps = (a: Span, spans: readonly Span[]): boolean => spans.some((b) => a.start < b.stop && a.stop > b.start);

/** The period a core match names, or null (no such day, no year known). */
function periodOf(groups: Record<string, string | undefined>, ctx: GrammarContext): Period | null {
  const g = groups;
  const withYear = (written: string | undefined, build: (year: number) => Period | null): Period | null =>
    written ? build(Number(written)) : yearFromContext(ctx.documentDate, build);
  if (g.dDay) return withYear(g.dYear, (year) => dayPeriod(year, Number(g.dMonth), Number(g.dDay)));
  if (g.wDay) return withYear(g.wYear, (year) => dayPeriod(year, Number(g.wMonth), Number(g.wDay)));
  if (g.month) return withYear(g.monthYear, (year) => monthPeriod(year, Number(g.month)));
  if (g.quarter) {
    const quarter = ctx.lexicon.quarters[g.quarter.toUpperCase()] ?? 0;
    return withYear(g.quarterYear, (year) => quarterPeriod(year, quarter));
  }
  if (g.half) return withYear(g.halfYear, (year) => halfPeriod(year, g.half === 'đầu' ? 1 : 2));
  if (g.spanFrom) return yearsPeriod(Number(g.spanFrom), Number(g.spanTo));
  if (g.year) return yearsPeriod(Number(g.year), Number(g.year));
  if (g.bareYear) return ctx.mode === 'field' ? yearsPeriod(Number(g.bareYear), Number(g.bareYear)) : null;
  return null;
}

/** True when a year-less day or month was written ("20/12", "tháng 12"): its year is inferred. */
function yearInferred(groups: Record<string, string | undefined>): boolean {
  return Boolean((groups.dDay && !groups.dYear) || (groups.wDay && !groups.wYear) || (groups.month && !groups.monthYear));
}

/** True inside a short quotation, which names something (“Chương trình … đến năm 2030”). */
function insideShortQuote(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('"', at));
  if (open < 0) return false;
  const closeCurly = text.indexOf('”', at);
  const closeStraight = text.indexOf('"', at);
  const close = [closeCurly, closeStraight].filter((index) => index >= 0).sort((a, b) => a - b)[0] ?? -1;
  if (close < 0) return false;
  // A straight quote opens only when an odd number of them precede it.
  if (text[open] === '"' && (text.slice(0, open + 1).match(/"/gu)?.length ?? 0) % 2 === 0) return false;
  return close - open <= 250 && !text.slice(open + 1, at).includes('”');
}

/** The clause before a position: back to the last sentence or clause break. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/** Where the last phrase of `pattern` ends within the last `words` words of `before`, or -1. */
function lastEndNearEnd(before: string, pattern: RegExp, words: number): number {
  const tail = before.split(/\s+/u).filter(Boolean).slice(-words).join(' ').replace(/[,()]/gu, ' ').replace(/\s+/gu, ' ');
  let last = -1;
  for (const match of tail.matchAll(pattern)) last = Math.max(last, (match.index ?? 0) + match[0].length);
  return last;
}

/** Recurrences: "hằng năm", "trước ngày 20 hằng tháng", "thường xuyên", "02 lần/ngày", "cập nhật liên tục". */
function findRecurrences(text: string, ctx: GrammarContext, blocked: readonly Span[]): TimingMatch[] {
  const { lexicon } = ctx;
  const found: TimingMatch[] = [];
  const candidates = [
    ...[...text.matchAll(lexicon.recurrence)].map((match) => ({ match, weak: false })),
    ...[...text.matchAll(lexicon.weakContinuous)].map((match) => ({ match, weak: true })),
  ].sort((a, b) => (a.match.index ?? 0) - (b.match.index ?? 0));
  for (const { match, weak } of candidates) {
    let start = match.index ?? 0;
    const stop = start + match[0].length;
    if (overlaps({ start, stop }, [...blocked, ...found])) continue;
    const key = match[0]
      .toLocaleLowerCase('vi')
      .replace(/^(?:\d{1,2}|một|hai|ba)\s*(?=lần)/u, '')
      .replace(/\s*\/\s*/gu, '/')
      .replace(/\s+/gu, ' ');
    const recurrence: Recurrence | undefined = weak ? 'continuous' : lexicon.recurrenceKinds[key];
    if (!recurrence) continue;
    const clause = clauseBefore(text, start);
    // "liên tục" is continuous for keeping information current, not for a state ("đảm bảo liên tục").
    if (weak && !lexicon.monitoringVerbs.test(clause.slice(-60))) continue;
    // "đăng tải trong 07 ngày liên tục": consecutive days, a duration.
    if (weak && /\d+\s+(?:ngày|tháng|năm|giờ|tuần)\s*$/iu.test(clause)) continue;
    // "Nghị quyết hằng năm của HĐND", "chi thường xuyên", "tiết kiệm chi hằng năm": the thing recurs, not the task.
    if (ctx.mode === 'text' && lastEndNearEnd(clause, lexicon.attributiveNouns, 9) > lastEndNearEnd(clause, lexicon.taskVerbs, 9)) continue;
    if (ctx.mode === 'text' && lexicon.attributiveAfter.test(text.slice(stop))) continue;
    // The day or hour it falls on, and its cue, belong to the phrase: "Trước ngày 20 tháng 12 hằng năm".
    const prefix = RECURRENCE_PREFIX.exec(text.slice(Math.max(0, start - 40), start));
    if (prefix) {
      start -= prefix[0].length;
      const cue = lexicon.cueBefore.exec(text.slice(Math.max(0, start - 30), start));
      if (cue) start -= cue[0].length;
    }
    found.push({ text: text.slice(start, stop).replace(/\s+/gu, ' ').trim(), kind: 'recurring', recurrence, start, stop });
  }
  return found;
}

/** "trong 30 ngày kể từ ngày ký Quyết định này": a limit counted from the document's own date. */
function findOwnDocumentLimits(text: string, ctx: GrammarContext, blocked: readonly Span[]): TimingMatch[] {
  if (!ctx.documentDate) return [];
  const found: TimingMatch[] = [];
  for (const match of text.matchAll(ctx.lexicon.ownDocumentLimit)) {
    const start = match.index ?? 0;
    const stop = start + match[0].length;
    if (overlaps({ start, stop }, blocked)) continue;
    const date = addToDate(ctx.documentDate, Number(match[1]), match[2]?.toLocaleLowerCase('vi') === 'tháng' ? 'month' : 'day');
    found.push({ text: match[0].replace(/\s+/gu, ' '), kind: 'by', date, start, stop });
  }
  return found;
}

/** "trong năm nay", "cuối năm tới": a year counted from the document's date. */
function findRelativeYears(text: string, ctx: GrammarContext, taken: readonly Span[]): TimingMatch[] {
  if (!ctx.documentDate) return [];
  const found: TimingMatch[] = [];
  for (const match of text.matchAll(ctx.lexicon.relativeYear)) {
    let start = match.index ?? 0;
    const stop = start + match[0].length;
    if (overlaps({ start, stop }, taken)) continue;
    const cueMatch = ctx.lexicon.cueBefore.exec(text.slice(Math.max(0, start - 30), start));
    const cue = cueMatch?.[1]?.toLocaleLowerCase('vi').replace(/\s+/gu, ' ') ?? null;
    const kind = cue ? ctx.lexicon.cueKinds[cue] : undefined;
    // Without a cue ("kế hoạch năm nay") the year names a thing, not the task's time.
    if (!kind || kind === 'during') continue;
    start -= cueMatch![0].length;
    const offset = ctx.lexicon.relativeYears[(match[1] ?? '').toLocaleLowerCase('vi').replace(/\s+/gu, ' ')] ?? 0;
    const year = Number(ctx.documentDate.slice(0, 4)) + offset;
    const period = yearsPeriod(year, year)!;
    const phrase = text.slice(start, stop).replace(/\s+/gu, ' ').trim();
    if (kind === 'by') {
      const exclusive = ctx.lexicon.exclusiveCues.includes(cue!);
      found.push({ text: phrase, kind, date: exclusive ? dayBefore(period.start) : period.end, start, stop });
    } else if (kind === 'from') found.push({ text: phrase, kind, date: period.start, start, stop });
    else found.push({ text: phrase, kind, date: period.start, end: period.end, start, stop });
  }
  return found;
}

/** Reads one core match and what surrounds it; null when it is not a time of the task. */
function readExpression(text: string, match: RegExpExecArray, ctx: GrammarContext, hasRecurrence: boolean): TimingMatch | null {
  const { lexicon } = ctx;
  const groups = match.groups ?? {};
  const coreStart = match.index;
  let stop = coreStart + match[0].length;
  let period = periodOf(groups, ctx);
  if (!period) return null;
  const isDay = Boolean(groups.dDay || groups.wDay);
  // With "hằng năm" in the same sentence, "trước ngày 15/12" is the day of each year, not a date.
  if (hasRecurrence && yearInferred(groups)) return null;

  let before = text.slice(Math.max(0, coreStart - 60), coreStart);
  let start = coreStart;
  let dayWord = false;
  if (isDay) {
    const day = DAY_WORD_BEFORE.exec(before);
    if (day) {
      dayWord = true;
      start -= before.length - day.index;
      before = before.slice(0, day.index);
    }
  }
  const cueMatch = lexicon.cueBefore.exec(before);
  const cue = cueMatch?.[1]?.toLocaleLowerCase('vi').replace(/\s+/gu, ' ') ?? null;
  let kind: CueKind | null = cue ? (lexicon.cueKinds[cue] ?? null) : null;
  if (cueMatch) start -= before.length - cueMatch.index;
  const span = Boolean(groups.spanFrom);

  if (!kind) {
    if (ctx.mode === 'field') kind = span ? 'during' : isDay ? 'by' : 'in';
    else if (isDay && dayWord) kind = 'in';
    else if (!isDay && CLAUSE_START.test(text.slice(0, start))) kind = span ? 'during' : 'in';
    else return null;
  }
  if (kind === 'during' && !span && isDay) return null;
  // "ngân sách trung ương giai đoạn 2026 - 2030": the period of the noun before it.
  if (ctx.mode === 'text' && cue && lexicon.namedPeriodCues.includes(cue) && !CLAUSE_START.test(text.slice(0, start))) return null;
  // "trước ngày 10 tháng 6 năm cuối của chương trình", "trước ngày 30 tháng 01 của năm tiếp theo":
  // the year is counted from an event, not from the document.
  if (yearInferred(groups) && RELATIVE_YEAR_AFTER.test(text.slice(stop))) return null;
  if (kind === 'in' && span) kind = 'during';
  // "Kết luận ngày 12/3/2025 của Bộ Chính trị": a document's date.
  if (isDay && DOCUMENT_DATE_AFTER.test(text.slice(stop))) return null;
  // "Chương trình … giai đoạn 2026-2035", "tầm nhìn đến năm 2050": part of a name.
  if (cue && lexicon.nameProneCues.includes(cue)) {
    const clause = clauseBefore(text, start);
    if (lastEndNearEnd(clause, lexicon.nameNouns, 12) >= 0) return null;
  }
  if (insideShortQuote(text, start)) return null;

  // "quý I năm 2023 (ngày 31/3/2023)": the explicit day closes the period.
  const explicit = EXPLICIT_DAY_AFTER.exec(text.slice(stop));
  if (explicit && !isDay) {
    const day = dayPeriod(Number(explicit[3]), Number(explicit[2]), Number(explicit[1]));
    if (day) period = { ...period, end: day.end };
    stop += explicit[0].length;
  }
  // "Từ 01/7/2025 đến hết ngày 31/12/2025", "từ năm 2026 đến năm 2030": a span.
  if (kind === 'from') {
    const continuation = SPAN_CONTINUATION.exec(text.slice(stop));
    if (continuation) {
      const core = new RegExp(lexicon.core.source, 'iyu');
      core.lastIndex = stop + continuation[0].length;
      const second = core.exec(text);
      const secondPeriod = second ? periodOf(second.groups ?? {}, ctx) : null;
      if (second && secondPeriod && secondPeriod.end >= period.start) {
        period = { start: period.start, end: secondPeriod.end, day: false };
        stop = second.index + second[0].length;
        kind = 'during';
      }
    }
  }
  // "Năm 2025 và các năm tiếp theo", "từ năm 2026 trở đi": a start.
  const openEnd = lexicon.openEnded.exec(text.slice(stop).replace(/^\s*\([^)]{1,30}\)/u, (paren) => ' '.repeat(paren.length)));
  if (openEnd) {
    kind = 'from';
    stop += openEnd[0].length;
  }

  const phrase = text.slice(start, stop).replace(/\s+/gu, ' ').trim();
  if (kind === 'by') {
    const exclusive = cue !== null && lexicon.exclusiveCues.includes(cue);
    const date = period.day ? period.start : exclusive ? dayBefore(period.start) : period.end;
    return { text: phrase, kind, date, start, stop };
  }
  if (kind === 'from') return { text: phrase, kind, date: period.start, start, stop };
  if (period.day) return { text: phrase, kind, date: period.start, start, stop };
  return { text: phrase, kind, date: period.start, end: period.end, start, stop };
}

/**
 * Every time statement in `text`, in order. Dates of cited documents ("Quyết định số
 * 12/QĐ-UBND ngày 05/01/2025") are skipped; limits that fell before the document's date
 * are history, not deadlines, and are dropped (a start in the past is kept).
 */
export function findTiming(text: string, ctx: GrammarContext): TimingMatch[] {
  const blocked: Span[] = findReferences(text, ctx.references).map(({ start, end }) => ({ start, stop: end }));
  const recurrences = findRecurrences(text, ctx, blocked);
  const limits = findOwnDocumentLimits(text, ctx, blocked);
  const taken: Span[] = [...blocked, ...recurrences, ...limits];
  const found: TimingMatch[] = [...recurrences, ...limits];
  const sentenceHasRecurrence = (at: number): boolean => {
    const sentenceStart = Math.max(text.lastIndexOf('.', at), text.lastIndexOf(';', at), text.lastIndexOf('\n', at));
    const sentenceEnd = [text.indexOf('.', at), text.indexOf(';', at), text.indexOf('\n', at)]
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0];
    return recurrences.some((r) => r.start > sentenceStart && r.start < (sentenceEnd ?? text.length));
  };
  for (const match of text.matchAll(ctx.lexicon.core)) {
    const span = { start: match.index, stop: match.index + match[0].length };
    if (overlaps(span, taken)) continue;
    const expression = readExpression(text, match, ctx, sentenceHasRecurrence(match.index));
    if (!expression || overlaps({ start: expression.start + 1, stop: expression.stop }, taken)) continue;
    if (ctx.documentDate && expression.kind !== 'from' && (expression.end ?? expression.date ?? '') < ctx.documentDate) continue;
    // "những điểm nghẽn mà giai đoạn 2021-2025 vướng mắc" in a 2025 text: a span already under way
    // when the document was written is its background, not the task's period.
    if (ctx.documentDate && expression.kind === 'during' && (expression.date ?? '').slice(0, 4) < ctx.documentDate.slice(0, 4)) continue;
    taken.push(expression);
    found.push(expression);
  }
  found.push(...findRelativeYears(text, ctx, taken));
  return found.sort((a, b) => a.start - b.start);
}
