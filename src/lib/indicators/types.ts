/** The shapes of indicators: targets and results of one measure in one place, never mixed. */
import type { ActualEntry, DocumentEntry, PlaceEntry, TargetEntry } from '../data/corpus.ts';
import type { Measure } from './sentence.ts';

export type Comparator = TargetEntry['comparator'];

/** A target of an indicator, with what the verdict needs. */
export interface IndicatorTarget {
  id: string;
  document: string;
  low: number | null;
  high: number | null;
  unit: string | null;
  period: string | null;
  comparator: Comparator;
  sentence: string;
  /** Date of the document that set it (null when unknown). */
  setOn: string | null;
  entry: TargetEntry;
}

/** A reported result of an indicator. */
export interface IndicatorResult {
  id: string;
  document: string;
  value: number;
  unit: string | null;
  /** Date the figure describes (as of), else the report's date; null when neither is known. */
  date: string | null;
  sentence: string;
  entry: ActualEntry;
}

/** One indicator: what is measured, where, its targets and its results. */
export interface Indicator {
  /** Id in URLs (`/chi-tieu/<id>/`): the mapping's id, else the id of its first target or result, which the converter keeps stable. */
  id: string;
  name: string;
  place: PlaceEntry | null;
  unit: string | null;
  measure: Measure;
  targets: IndicatorTarget[];
  results: IndicatorResult[];
  /** True when the staff mapping (content/indicators/) made it. */
  mapped: boolean;
  /** Documents its figures come from. */
  documents: DocumentEntry[];
}
