/**
 * Compiles the words of `lexicon/figures.yaml` (units, scales, qualifiers, zone headings, cue
 * words) into the recognisers the figures grammar uses. Pure; plain data and RegExps only, so
 * the compiled lexicon survives `structuredClone` with the extraction context.
 */
import { alternationOf } from '../timing/lexicon.ts';

/** Shape of `lexicon/figures.yaml`. */
export interface FiguresLexiconData {
  units: string[];
  count_units: string[];
  not_figure_clauses: string[];
  reporting_verbs: string[];
  scales: { keep: string[]; multiply: Record<string, number> };
  money_units: string[];
  unit_stops: string[];
  qualifiers: { min_before: string[]; max_before: string[]; about_before: string[]; min_after: string[]; max_after: string[] };
  not_quantity_before: string[];
  not_quantity_after: string[];
  limit_durations: { units: string[]; cues: string[] };
  not_target_units: string[];
  rank_cues: string[];
  multiple_cues: string[];
  zones: { procedure: string[]; assessment: string[]; goals: string[]; neither: string[] };
  target_cues: string[];
  not_target_cues: string[];
  forward_cues: string[];
  past_cues: string[];
  quoted_target_cues: string[];
  label_openers: string[];
  label_closers: string[];
  label_change_words: string[];
  label_boundaries: string[];
}

/** A zone of a document, as far as figures are concerned. */
export type FigureZone = 'assessment' | 'goals' | 'neither';

/** Recognisers compiled from the figures words. */
export interface FiguresLexicon {
  /** A known unit (with an optional scale word) at the start of the text after a number; group 1 scale, group 2 unit. */
  knownUnit: RegExp;
  /** A clause of contact details (anchored at its start, after a list marker). */
  notFigureClause: RegExp;
  /** A count noun of more than two words at the start of a unit phrase. */
  countUnit: RegExp;
  /** A reporting word right before a value (anchored at the end, qualifiers allowed after it). */
  reportingVerb: RegExp;
  /** A scale word alone at the start ("3 triệu"); group 1. */
  scaleAlone: RegExp;
  /** Lower-case scale words folded into the value, with their factor. */
  multiply: Record<string, number>;
  /** A money unit at the start of a unit phrase. */
  moneyUnit: RegExp;
  /** Lower-case words that end a plain noun-phrase unit. */
  unitStops: string[];
  minBefore: RegExp;
  maxBefore: RegExp;
  aboutBefore: RegExp;
  minAfter: RegExp;
  maxAfter: RegExp;
  /** Words before a number that make it a name, position or date (anchored at the end). */
  notQuantityBefore: RegExp;
  /** Words after a number that make it a duration, age or count of levels (anchored at the start). */
  notQuantityAfter: RegExp;
  /** A duration unit at the start of the text after a number (anchored). */
  limitDuration: RegExp;
  /** A limit word right before a duration ("trong 24 giờ"). */
  limitCue: RegExp;
  /** Units that count targets or tasks (anchored at the start of a unit). */
  notTargetUnit: RegExp;
  rankCue: RegExp;
  multipleCue: RegExp;
  /** Zone words, tested on headings in this order: a report of results first ("Kết quả thực hiện các chỉ tiêu"). */
  zones: { zone: FigureZone; words: RegExp }[];
  targetCue: RegExp;
  notTargetCue: RegExp;
  forwardCue: RegExp;
  pastCue: RegExp;
  quotedTargetCue: RegExp;
  labelOpener: RegExp;
  labelCloser: RegExp;
  /** A verb of change closing a label ("… giảm còn"), cut only while three words remain. */
  labelChange: RegExp;
  /** Words a label stops at (global); the indicator follows the last one. */
  labelBoundary: RegExp;
}

const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const words = (phrases: readonly string[]): string => alternationOf(phrases);
const anywhere = (phrases: readonly string[]): RegExp => new RegExp(String.raw`${WORD_START}(?:${words(phrases)})${WORD_END}`, 'iu');
const atEnd = (phrases: readonly string[]): RegExp => new RegExp(String.raw`${WORD_START}(?:${words(phrases)})\s*$`, 'iu');
const atStart = (phrases: readonly string[]): RegExp => new RegExp(String.raw`^\s*(?:${words(phrases)})${WORD_END}`, 'iu');

/** Compiles the data of `lexicon/figures.yaml`. */
export function compileFiguresLexicon(data: FiguresLexiconData): FiguresLexicon {
  const scales = [...data.scales.keep, ...Object.keys(data.scales.multiply)];
  // "%" and "%/năm" have no word boundary of their own.
  const unitAlternation = words(data.units);
  return {
    // "triệu đồng/người", "đồng/hộ/tháng": a unit per something.
    knownUnit: new RegExp(
      String.raw`^\s*(?:(${words(scales)})\s+)?(${unitAlternation})(?:\s*\/\s*\p{L}+(?![\p{L}\p{N}])){0,2}(?![\p{L}\p{N}])`,
      'iu',
    ),
    notFigureClause: new RegExp(String.raw`^(?:[-+•*]\s*)?(?:${words(data.not_figure_clauses)})${WORD_END}`, 'iu'),
    countUnit: new RegExp(String.raw`^(?:${words(data.count_units)})${WORD_END}`, 'iu'),
    reportingVerb: new RegExp(
      String.raw`${WORD_START}(?:${words(data.reporting_verbs)})(?:\s+(?:${words([...data.qualifiers.min_before, ...data.qualifiers.max_before, ...data.qualifiers.about_before])}))?\s*$`,
      'iu',
    ),
    scaleAlone: new RegExp(String.raw`^\s*(${words(scales)})${WORD_END}`, 'iu'),
    multiply: Object.fromEntries(Object.entries(data.scales.multiply).map(([word, factor]) => [word.toLocaleLowerCase('vi'), factor])),
    moneyUnit: atStart(data.money_units),
    unitStops: data.unit_stops.map((word) => word.toLocaleLowerCase('vi')),
    minBefore: atEnd(data.qualifiers.min_before),
    maxBefore: atEnd(data.qualifiers.max_before),
    aboutBefore: atEnd(data.qualifiers.about_before),
    minAfter: atStart(data.qualifiers.min_after),
    maxAfter: atStart(data.qualifiers.max_after),
    notQuantityBefore: atEnd(data.not_quantity_before),
    notQuantityAfter: atStart(data.not_quantity_after),
    limitDuration: atStart(data.limit_durations.units),
    limitCue: atEnd(data.limit_durations.cues),
    notTargetUnit: atStart(data.not_target_units),
    rankCue: atEnd(data.rank_cues),
    multipleCue: atEnd(data.multiple_cues),
    zones: [
      { zone: 'neither', words: anywhere(data.zones.procedure) },
      { zone: 'assessment', words: anywhere(data.zones.assessment) },
      { zone: 'goals', words: anywhere(data.zones.goals) },
      { zone: 'neither', words: anywhere(data.zones.neither) },
    ],
    targetCue: anywhere(data.target_cues),
    notTargetCue: anywhere(data.not_target_cues),
    forwardCue: anywhere(data.forward_cues),
    pastCue: anywhere(data.past_cues),
    quotedTargetCue: atEnd(data.quoted_target_cues),
    labelOpener: new RegExp(String.raw`^(?:${words(data.label_openers)})\s*[:,]?\s+`, 'iu'),
    labelCloser: new RegExp(String.raw`(?:\s+|^)(?:${words(data.label_closers)})\s*$`, 'iu'),
    labelChange: new RegExp(String.raw`(?:\s+|^)(?:${words(data.label_change_words)})\s*$`, 'iu'),
    labelBoundary: new RegExp(String.raw`${WORD_START}(?:${words(data.label_boundaries)})${WORD_END}`, 'giu'),
  };
}
