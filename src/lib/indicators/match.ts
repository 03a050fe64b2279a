/**
 * Pairs targets with results. The staff mapping (content/indicators/) is applied first: each
 * entry claims its figures. Then every other target joins an indicator of the same place,
 * unit family and measure (level or change) whose name shares its words, or starts one; and
 * every other result does the same, so a later report finds the plan's target by itself.
 * Figures that are not results (relative to the plan, counts of targets met, restated
 * goals) never join: a target is a target, a reported figure is a result.
 */
import type { ActualEntry, Corpus, IndicatorMappingEntry, PlaceEntry, TargetEntry } from '../data/corpus.ts';
import { sortByVi } from '../data/format.ts';
import { classifyActual, documentDate, type FigureKind } from './classify.ts';
import { displayName, nameKey, sameName } from './names.ts';
import { aroundValue, measureOf, type Measure } from './sentence.ts';
import type { Indicator, IndicatorResult, IndicatorTarget } from './types.ts';
import { sameUnit } from './units.ts';

/** A reported figure that is not an indicator's result, shown apart with what it is. */
export interface OtherFigure {
  kind: Exclude<FigureKind, 'result' | 'goal'>;
  actual: ActualEntry;
}

/** Every indicator, and the reported figures that belong to none. */
export interface IndicatorSet {
  indicators: Indicator[];
  others: OtherFigure[];
}

/** An indicator while it is being built, with the name keys of its figures. */
interface Draft extends Indicator {
  keys: Set<string>[];
}

const placeOf = (corpus: Corpus, documentId: string): PlaceEntry | null => {
  const id = corpus.documents.get(documentId)?.place;
  return id ? (corpus.places.get(id) ?? null) : null;
};

function asTarget(corpus: Corpus, t: TargetEntry): IndicatorTarget {
  return {
    id: t.id,
    document: t.document,
    low: t.low,
    high: t.high,
    unit: t.unit,
    period: t.period,
    comparator: t.comparator,
    sentence: t.sentence,
    setOn: documentDate(corpus, t.document),
    entry: t,
  };
}

function asResult(corpus: Corpus, a: ActualEntry): IndicatorResult {
  return {
    id: a.id,
    document: a.document,
    value: a.value,
    unit: a.unit,
    date: a.as_of ?? documentDate(corpus, a.document),
    sentence: a.sentence,
    entry: a,
  };
}

/** A figure's name, key and measure, from its label and sentence. */
function describe(label: string, sentence: string, value: number | null, unit: string | null) {
  const name = displayName({ label, sentence, value, unit });
  const around = value === null ? null : aroundValue(sentence, value);
  return { name, key: nameKey(name), measure: around ? measureOf(around.before, name) : measureOf('', name) };
}

const compatible = (a: Measure, b: Measure) => a === null || b === null || a === b;

/** The draft `figure` belongs to: same place, unit family, measure and name; undefined when none. */
function findDraft(drafts: readonly Draft[], place: PlaceEntry | null, unit: string | null, measure: Measure, key: Set<string>) {
  return drafts.find(
    (d) => d.place?.id === place?.id && sameUnit(d.unit, unit) && compatible(d.measure, measure) && d.keys.some((k) => sameName(k, key)),
  );
}

function newDraft(id: string, name: string, place: PlaceEntry | null, unit: string | null, measure: Measure, mapped: boolean): Draft {
  return { id, name, place, unit, measure, targets: [], results: [], mapped, documents: [], keys: [nameKey(name)] };
}

// The same figure reported twice in one document ("tăng 6,96%" in the lead and in the body) is one result.
const sameResult = (a: IndicatorResult, b: IndicatorResult) => a.document === b.document && a.value === b.value && a.date === b.date;
const sameTarget = (a: IndicatorTarget, b: IndicatorTarget) =>
  a.document === b.document && a.low === b.low && a.high === b.high && a.period === b.period;

function addTarget(draft: Draft, target: IndicatorTarget): void {
  if (!draft.targets.some((t) => sameTarget(t, target))) draft.targets.push(target);
}
function addResult(draft: Draft, result: IndicatorResult): void {
  if (!draft.results.some((r) => sameResult(r, result))) draft.results.push(result);
}

function fromMapping(corpus: Corpus, mapping: IndicatorMappingEntry): Draft {
  const targets = mapping.targets.map((id) => asTarget(corpus, corpus.targets.get(id)!));
  const results = mapping.results.map((id) => asResult(corpus, corpus.actuals.get(id)!));
  const first = targets[0]?.document ?? results[0]?.document;
  const place = mapping.place ? (corpus.places.get(mapping.place) ?? null) : first ? placeOf(corpus, first) : null;
  const draft = newDraft(mapping.id, mapping.name, place, mapping.unit ?? targets[0]?.unit ?? results[0]?.unit ?? null, null, true);
  targets.forEach((t) => addTarget(draft, t));
  results.forEach((r) => addResult(draft, r));
  for (const t of targets) draft.keys.push(describe(t.entry.label, t.sentence, t.low, t.unit).key);
  for (const r of results) draft.keys.push(describe(r.entry.label, r.sentence, r.value, r.unit).key);
  draft.measure = [...targets.map((t) => describe(t.entry.label, t.sentence, t.low, t.unit).measure)].find((m) => m !== null) ?? null;
  return draft;
}

/** Builds every indicator of the corpus (see the module comment). */
export function buildIndicators(corpus: Corpus): IndicatorSet {
  const mappings = [...corpus.indicators.values()];
  const claimedTargets = new Set(mappings.flatMap((m) => m.targets));
  const claimedResults = new Set(mappings.flatMap((m) => m.results));
  const drafts: Draft[] = mappings.filter((m) => !m.hidden).map((m) => fromMapping(corpus, m));

  for (const target of corpus.targets.values()) {
    if (claimedTargets.has(target.id)) continue;
    const place = placeOf(corpus, target.document);
    const { name, key, measure } = describe(target.label, target.sentence, target.low, target.unit);
    let draft = findDraft(drafts, place, target.unit, measure, key);
    if (!draft) drafts.push((draft = newDraft(target.id, name, place, target.unit, measure, false)));
    else draft.keys.push(key);
    addTarget(draft, asTarget(corpus, target));
  }

  const others: OtherFigure[] = [];
  for (const actual of corpus.actuals.values()) {
    if (claimedResults.has(actual.id)) continue;
    const kind = classifyActual(corpus, actual);
    if (kind === 'goal') continue;
    if (kind !== 'result') {
      others.push({ kind, actual });
      continue;
    }
    const place = placeOf(corpus, actual.document);
    const { name, key, measure } = describe(actual.label, actual.sentence, actual.value, actual.unit);
    let draft = findDraft(drafts, place, actual.unit, measure, key);
    if (!draft) drafts.push((draft = newDraft(actual.id, name, place, actual.unit, measure, false)));
    else draft.keys.push(key);
    addResult(draft, asResult(corpus, actual));
  }

  const indicators = drafts.map(({ keys: _keys, ...indicator }) => {
    const ids = new Set([...indicator.targets.map((t) => t.document), ...indicator.results.map((r) => r.document)]);
    indicator.results.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
    return { ...indicator, documents: [...corpus.documents.values()].filter((d) => ids.has(d.id)) };
  });
  // By place, then those with a target first, then by name: how /chi-tieu/ reads.
  const byName = sortByVi(indicators, (i) => `${i.place?.name ?? ''}\u0000${i.name}`);
  return {
    indicators: byName.sort(
      (a, b) =>
        (a.place?.name ?? '').localeCompare(b.place?.name ?? '', 'vi') || Number(b.targets.length > 0) - Number(a.targets.length > 0),
    ),
    others,
  };
}
