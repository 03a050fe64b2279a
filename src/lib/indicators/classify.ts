/**
 * What a reported figure is. The converter files every number of a report as an "actual";
 * only some are results of an indicator. A figure is one of:
 * - `result`: the indicator's value at a date ("tỷ lệ hộ nghèo còn 3,1%");
 * - `versus-plan`: relative to the plan ("vượt 14% kế hoạch"), not the indicator's value;
 * - `score`: how many targets were met ("đạt và vượt 13/15 chỉ tiêu");
 * - `goal`: a target restated, never a result: the same sentence as a target of its
 *   document, a date after the document that reports it ("đến năm 2025 … 85%" in a 2020
 *   report), or an old goal quoted ("Nghị quyết đề ra là 55 triệu đồng/người").
 */
import type { ActualEntry, Corpus } from '../data/corpus.ts';
import { aroundValue, isRestatedGoal, isVersusPlan, stripUnit } from './sentence.ts';
import { corpusIndex, listOf } from '../data/corpus-index.ts';

export type FigureKind = 'result' | 'versus-plan' | 'score' | 'goal';

const normalize = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The date a document speaks from: its issue date, else its publication date; null when unknown. */
export function documentDate(corpus: Corpus, documentId: string): string | null {
  const doc = corpus.documents.get(documentId);
  return doc?.issued ?? doc?.source.published ?? null;
}

/** Classifies one reported figure (see the module comment). */
export function classifyActual(corpus: Corpus, actual: ActualEntry): FigureKind {
  const sentence = normalize(actual.sentence);
  const targetSentences = listOf(corpusIndex(corpus).targetsOfDocument, actual.document).map((t) => normalize(t.sentence));
  if (targetSentences.includes(sentence)) return 'goal';
  const reported = documentDate(corpus, actual.document);
  if (actual.as_of && reported && actual.as_of > reported) return 'goal';
  // A report without a date that speaks of a later year ("đến năm 2025" in a 2015–2020 report).
  const period = corpus.documents.get(actual.document)?.period;
  const periodEnd = period?.match(/(\d{4})\s*$/)?.[1];
  if (!reported && actual.as_of && periodEnd && actual.as_of.slice(0, 4) > periodEnd) return 'goal';
  if (/chỉ tiêu$/iu.test(actual.unit ?? '')) return 'score';
  const around = aroundValue(actual.sentence, actual.value);
  if (around && isVersusPlan(stripUnit(around.after, actual.unit))) return 'versus-plan';
  if (around && isRestatedGoal(around.before)) return 'goal';
  return 'result';
}
