/**
 * Compiles the time words of `lexicon/timing.yaml` into the recognisers the timing grammar
 * uses. Pure: the loader (`lexicon/facts-lexicon.ts`) reads the file, this turns its data
 * into regular expressions once per run. Everything here survives `structuredClone`
 * (plain objects, arrays and RegExps), because the extraction context is cloned per document.
 */

/** How a cue word relates a task to a time: by a limit, in a period, from a start, during a span. */
export type CueKind = 'by' | 'in' | 'from' | 'during';

/** How often a task recurs. Daily or more often is `continuous`. */
export type Recurrence = 'yearly' | 'quarterly' | 'monthly' | 'weekly' | 'continuous';

export const RECURRENCES: readonly Recurrence[] = ['yearly', 'quarterly', 'monthly', 'weekly', 'continuous'];
import { timeCorePattern } from './patterns.ts';

const CUE_KINDS: readonly CueKind[] = ['by', 'in', 'from', 'during'];

/** Shape of `lexicon/timing.yaml`. */
export interface TimingLexiconData {
  cues: Record<CueKind, string[]>;
  exclusive_by: string[];
  open_ended: string[];
  quarters: Record<string, number>;
  relative_years: Record<string, number>;
  own_document_events: string[];
  recurrence: Record<Recurrence, string[]>;
  continuous_with_verbs: { phrase: string; verbs: string[] };
  attributive_nouns: string[];
  task_verbs: string[];
  attributive_after: string[];
  name_nouns: string[];
  name_prone_cues: string[];
  named_period_cues: string[];
  not_a_recurrence: string[];
}

/** Recognisers compiled from the time words. */
export interface TimingLexicon {
  /** A cue at the end of the text before a time expression; group 1 is the cue. */
  cueBefore: RegExp;
  /** Lower-case cue → its kind. */
  cueKinds: Record<string, CueKind>;
  /** Lower-case cues that exclude the period they name ("trước năm 2027" → by 2026-12-31). */
  exclusiveCues: string[];
  /** Lower-case cues after which a period may be part of a name. */
  nameProneCues: string[];
  /** Lower-case cues whose period, inside a clause, belongs to the noun before them. */
  namedPeriodCues: string[];
  /** An open end right after a time expression ("và các năm tiếp theo", "trở đi"). */
  openEnded: RegExp;
  /** Quarter numeral → 1..4. */
  quarters: Record<string, number>;
  /** A relative year ("năm nay", "năm tới"); group 1 is the phrase. */
  relativeYear: RegExp;
  relativeYears: Record<string, number>;
  /** "N ngày kể từ ngày ký … này": group 1 the count, group 2 the unit. */
  ownDocumentLimit: RegExp;
  /** Any recurrence phrase; group 1 is the phrase. */
  recurrence: RegExp;
  /** Lower-case recurrence phrase → its value. */
  recurrenceKinds: Record<string, Recurrence>;
  /** "liên tục", continuous only after one of `monitoringVerbs`. */
  weakContinuous: RegExp;
  monitoringVerbs: RegExp;
  /** Nouns whose own cycle a following recurrence word states (global, whole words, lower case). */
  attributiveNouns: RegExp;
  /** Verbs that, standing after such a noun, make the recurrence the action's (global, lower case). */
  taskVerbs: RegExp;
  /** Words after a recurrence word that make it describe a thing, at the start of the rest. */
  attributiveAfter: RegExp;
  /** Nouns that make a following period part of a name (global, whole words, lower case). */
  nameNouns: RegExp;
  /** The core of a time expression (see patterns.ts), global. */
  core: RegExp;
}

/** Escapes a phrase for a regular expression, any run of spaces matching any whitespace. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\//gu, String.raw`\s*\/\s*`))
    .join(String.raw`\s+`);
}

/** Alternation of phrases, longest first so "chậm nhất là" wins over "chậm nhất". */
export function alternationOf(phrases: readonly string[]): string {
  return [...new Set(phrases.map((phrase) => phrase.trim().toLocaleLowerCase('vi')))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(phrasePattern)
    .join('|');
}

const lower = (phrases: readonly string[]): string[] => phrases.map((phrase) => phrase.trim().toLocaleLowerCase('vi'));
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** Any of the phrases as whole words, global and case-insensitive. */
function wordsPattern(phrases: readonly string[]): RegExp {
  return new RegExp(String.raw`${WORD_START}(?:${alternationOf(phrases)})${WORD_END}`, 'giu');
}

/** Compiles the data of `lexicon/timing.yaml`. */
export function compileTimingLexicon(data: TimingLexiconData): TimingLexicon {
  const cueKinds: Record<string, CueKind> = {};
  for (const kind of CUE_KINDS) for (const cue of lower(data.cues[kind] ?? [])) cueKinds[cue] = kind;
  const recurrenceKinds: Record<string, Recurrence> = {};
  for (const value of RECURRENCES) for (const phrase of lower(data.recurrence[value] ?? [])) recurrenceKinds[phrase] = value;
  const quarters = Object.fromEntries(Object.entries(data.quarters).map(([numeral, quarter]) => [numeral.toUpperCase(), quarter]));
  // "01 lần/năm", "02 lần/ngày": a count before a frequency belongs to it.
  const recurrencePhrases = Object.keys(recurrenceKinds).map((phrase) =>
    phrase.startsWith('lần/') ? String.raw`(?:\d{1,2}|một|hai|ba)\s*${phrasePattern(phrase)}` : phrasePattern(phrase),
  );
  return {
    cueBefore: new RegExp(String.raw`${WORD_START}(${alternationOf(Object.keys(cueKinds))})\s*$`, 'iu'),
    cueKinds,
    exclusiveCues: lower(data.exclusive_by),
    nameProneCues: [...lower(data.name_prone_cues), ...lower(data.cues.during ?? [])],
    namedPeriodCues: lower(data.named_period_cues ?? []),
    openEnded: new RegExp(String.raw`^\s*,?\s*(?:${alternationOf(data.open_ended)})${WORD_END}`, 'iu'),
    quarters,
    relativeYear: new RegExp(String.raw`${WORD_START}(${alternationOf(Object.keys(data.relative_years))})${WORD_END}`, 'giu'),
    relativeYears: Object.fromEntries(
      Object.entries(data.relative_years).map(([phrase, offset]) => [phrase.toLocaleLowerCase('vi'), offset]),
    ),
    ownDocumentLimit: new RegExp(
      String.raw`${WORD_START}(?:trong|chậm nhất(?: là)?|trong thời hạn|trong vòng|không quá)\s+(\d{1,3})\s+(ngày|tháng)(?!\s+làm\s+việc)\s+(?:\([^)]{1,20}\)\s+)?(?:kể\s+)?từ\s+(?:${alternationOf(data.own_document_events)})\s+(?:[\p{L}]+\s+){0,3}?này${WORD_END}`,
      'giu',
    ),
    recurrence: new RegExp(String.raw`${WORD_START}(${recurrencePhrases.sort((a, b) => b.length - a.length).join('|')})${WORD_END}`, 'giu'),
    recurrenceKinds,
    weakContinuous: new RegExp(String.raw`${WORD_START}(${phrasePattern(data.continuous_with_verbs.phrase)})${WORD_END}`, 'giu'),
    monitoringVerbs: new RegExp(String.raw`${WORD_START}(?:${alternationOf(data.continuous_with_verbs.verbs)})${WORD_END}`, 'iu'),
    attributiveNouns: wordsPattern(data.attributive_nouns),
    taskVerbs: wordsPattern(data.task_verbs),
    attributiveAfter: new RegExp(String.raw`^\s*(?:${alternationOf(data.attributive_after)})${WORD_END}`, 'iu'),
    nameNouns: wordsPattern(data.name_nouns),
    core: timeCorePattern(
      Object.keys(quarters)
        .sort((a, b) => b.length - a.length)
        .join('|'),
    ),
  };
}
