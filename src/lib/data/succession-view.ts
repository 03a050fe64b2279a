/**
 * The 2025 reorganisation as the pages show it: what an agency or a province became, since
 * when and on which legal basis, who inherits whose commitments, and whether a commitment
 * fell due before the change (then it stays with the old body) or not.
 *
 * Two kinds of change reach an agency:
 *   1. its own successor (content/agencies: `successor`, from the shared succession rules,
 *      e.g. Sở Kế hoạch và Đầu tư → Sở Tài chính on 01/03/2025);
 *   2. its province's merger (content/places: `successor`), when the province became part of
 *      another one: Hậu Giang's departments became Cần Thơ's on 01/07/2025.
 * The rules behind those fields are limited to some provinces (`applies_to`); the converter
 * honours that when it writes them, and the legal bases, which are written once for every
 * province, are cut down here to what concerns the body's own province ({@link basisFor}).
 */
import type { AgencyEntry, Corpus, CommitmentEntry, PlaceEntry } from './corpus.ts';
import { agencyLabels, named, namesPlace, withPlace, type NamedAgency } from './lookup.ts';
import { lastDue, type TimingItem } from './timing-view.ts';
import { slugify } from '../slug.ts';
import type { SUCCESSION_CHANGES } from '../../schemas/index.ts';

type SuccessionChange = (typeof SUCCESSION_CHANGES)[number];

const fold = (text: string) => slugify(text, 400);

/** One change an agency went through. */
export interface SuccessionStep {
  /** `merged-into`, `renamed`, `split` or `functions-moved` (a province merger is `merged-into`). */
  change: SuccessionChange;
  /** ISO date the change took effect. */
  effective: string;
  /** Legal basis for this body's province, or null. */
  legalBasis: string | null;
  /** Name of the body after the change, as the site shows it, e.g. "Sở Tài chính (Cà Mau)". */
  label: string;
  /** The body after the change, when the registry has it (its page can be linked). */
  agency: NamedAgency | null;
  /** True when the change is the province's merger rather than the agency's own. */
  byPlace: boolean;
}

/** Changes that hand a body's tasks to its successor; `functions-moved` only moves some functions. */
export const INHERITING_CHANGES: ReadonlySet<SuccessionChange> = new Set(['merged-into', 'renamed', 'split']);

/** Splits at `;` outside brackets. */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Province or city names a text mentions after "tỉnh", "thành phố" or "TP", e.g. "HĐND tỉnh Hậu Giang khóa X" → ["Hậu Giang"]. */
export function provincesNamed(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/(?:^|[^\p{L}])(?:tỉnh|thành phố|TP\.?)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*)/gu)) {
    names.push(match[1]!);
  }
  return names;
}

/**
 * The part of a legal basis that concerns one province. Succession rules are written once for
 * all provinces, e.g. "Nghị định 45/2025/NĐ-CP; nghị quyết HĐND từng tỉnh (vd. kỳ họp thứ 25
 * HĐND tỉnh Hậu Giang khóa X, 19/02/2025)": shown for Cà Mau, the Hậu Giang example is not
 * Cà Mau's basis. So bracketed remarks and whole parts that name another province are left out
 * (`allowed` lists the names that may appear: the province itself and what it became), and
 * "từng tỉnh" ("each province's") becomes the province's own name. Null when nothing is left.
 */
export function basisFor(text: string | null | undefined, own: PlaceEntry | null, allowed: readonly string[] = []): string | null {
  if (!text) return null;
  if (!own) return text;
  const ok = new Set([own.name, ...allowed].map(fold));
  const foreign = (fragment: string) => provincesNamed(fragment).some((name) => !ok.has(fold(name)));
  const kept = splitParts(text)
    .map((part) => part.replace(/\s*\(([^()]*)\)/g, (group, inner: string) => (foreign(inner) ? '' : group)).trim())
    .filter((part) => part && !foreign(part))
    .map((part) => part.replace(/\btừng tỉnh\b/g, own.full_name));
  return kept.length > 0 ? kept.join('; ') : null;
}

/** The place entry a successor name stands for, when the site has it ("Cần Thơ" → can-tho). */
function placeByName(corpus: Corpus, name: string): PlaceEntry | null {
  return [...corpus.places.values()].find((place) => fold(place.name) === fold(name)) ?? null;
}

const nameIndexes = new WeakMap<Corpus, Map<string, AgencyEntry>>();

/** A registry agency of `placeId` called `name` (its name or an alias, alone or followed by the province: "Sở X tỉnh Cà Mau"). */
function agencyNamed(corpus: Corpus, name: string, placeId: string | null): AgencyEntry | null {
  let index = nameIndexes.get(corpus);
  if (!index) {
    // Built once per corpus: pages ask for thousands of names.
    index = new Map();
    for (const agency of corpus.agencies.values()) {
      const place = agency.place ? corpus.places.get(agency.place) : undefined;
      for (const n of [agency.name, ...agency.aliases]) {
        for (const spelled of place ? [n, `${n} ${place.full_name}`] : [n]) {
          const key = `${agency.place ?? ''}|${fold(spelled)}`;
          if (!index.has(key)) index.set(key, agency);
        }
      }
    }
    nameIndexes.set(corpus, index);
  }
  return index.get(`${placeId ?? ''}|${fold(name)}`) ?? null;
}

/** How the site names a body that may not be in the registry: with its province where names are ambiguous. */
function labelOf(corpus: Corpus, name: string, place: PlaceEntry | null): string {
  const found = agencyNamed(corpus, name, place?.id ?? null);
  if (found) return agencyLabels(corpus).get(found.id) ?? found.name;
  const bracketed = place !== null && corpus.places.size > 1 && !namesPlace(name, place.name);
  return bracketed ? withPlace(name, place.name) : name;
}

/** What a province became on 01/07/2025, when it changed. */
export interface PlaceChange {
  /** ISO date the new unit started. */
  effective: string;
  /** Legal basis for this province, or null. */
  legalBasis: string | null;
  /** Full name of the unit after the change, e.g. "thành phố Cần Thơ" (the same as before when the name was kept). */
  fullName: string;
  /** The new unit's entry, when the site has a page for it (never the place itself). */
  successor: PlaceEntry | null;
  /** True when the province took another unit's name (it was merged into another province). */
  merged: boolean;
  /** Other provinces of the site that became the same unit, by name. */
  together: PlaceEntry[];
}

/** The 2025 change of a province, or null when it was not reorganised. */
export function placeChange(corpus: Corpus, place: PlaceEntry): PlaceChange | null {
  if (!place.successor) return null;
  const successor = place.successor;
  const merged = fold(successor.full_name) !== fold(place.full_name);
  const target = merged ? placeByName(corpus, successor.name) : null;
  return {
    effective: successor.effective,
    legalBasis: basisFor(successor.legal_basis, place, [successor.name]),
    fullName: successor.full_name,
    successor: target && target.id !== place.id ? target : null,
    merged,
    together: [...corpus.places.values()].filter(
      (other) => other.id !== place.id && other.successor !== null && fold(other.successor.full_name) === fold(successor.full_name),
    ),
  };
}

/**
 * Every change an agency went through in 2025, earliest first: its own successor, then its
 * province's merger (the body, or its successor, continues as the same-named body of the new
 * province). A change the registry cannot place (no such body there yet) still names it.
 */
export function agencySuccession(corpus: Corpus, agency: AgencyEntry): SuccessionStep[] {
  let cache = successionCache.get(corpus);
  if (!cache) successionCache.set(corpus, (cache = new Map()));
  let steps = cache.get(agency.id);
  if (!steps) cache.set(agency.id, (steps = computeSuccession(corpus, agency)));
  return steps;
}

const successionCache = new WeakMap<Corpus, Map<string, SuccessionStep[]>>();

function computeSuccession(corpus: Corpus, agency: AgencyEntry): SuccessionStep[] {
  const place = agency.place ? (corpus.places.get(agency.place) ?? null) : null;
  const steps: SuccessionStep[] = [];
  let nameAfter = agency.name;
  if (agency.successor) {
    const successor = agencyNamed(corpus, agency.successor.name, agency.place);
    steps.push({
      change: agency.successor.change,
      effective: agency.successor.effective,
      legalBasis: basisFor(agency.successor.legal_basis, place),
      label: labelOf(corpus, agency.successor.name, place),
      agency: successor && successor.id !== agency.id ? named(corpus, successor) : null,
      byPlace: false,
    });
    // Only a body that hands over its tasks continues under the new name; after functions-moved the body itself remains.
    if (INHERITING_CHANGES.has(agency.successor.change)) nameAfter = successor?.name ?? agency.successor.name;
  }
  const change = place ? placeChange(corpus, place) : null;
  if (place && change?.merged) {
    const target = change.successor;
    const successor = target ? agencyNamed(corpus, nameAfter, target.id) : null;
    steps.push({
      change: 'merged-into',
      effective: change.effective,
      legalBasis: change.legalBasis,
      label: successor ? (agencyLabels(corpus).get(successor.id) ?? successor.name) : withPlace(nameAfter, place.successor!.name),
      agency: successor ? named(corpus, successor) : null,
      byPlace: true,
    });
  }
  return steps.sort((a, b) => a.effective.localeCompare(b.effective));
}

/** A body whose tasks an agency took over, with the change that handed them over. */
export interface Predecessor {
  agency: NamedAgency;
  step: SuccessionStep;
}

const predecessorCache = new WeakMap<Corpus, Map<string, Predecessor[]>>();

/** Agencies whose tasks passed to `agency` (merged into it, renamed to it, split into it), by display name. */
export function predecessorsOf(corpus: Corpus, agency: AgencyEntry): Predecessor[] {
  let index = predecessorCache.get(corpus);
  if (!index) {
    // One pass over the registry for all agencies, not one per agency page.
    index = new Map();
    for (const other of corpus.agencies.values()) {
      for (const step of agencySuccession(corpus, other)) {
        if (!step.agency || step.agency.id === other.id || !INHERITING_CHANGES.has(step.change)) continue;
        const list = index.get(step.agency.id) ?? [];
        if (!list.some((p) => p.agency.id === other.id)) list.push({ agency: named(corpus, other), step });
        index.set(step.agency.id, list);
      }
    }
    for (const list of index.values()) list.sort((a, b) => a.agency.label.localeCompare(b.agency.label, 'vi'));
    predecessorCache.set(corpus, index);
  }
  return index.get(agency.id) ?? [];
}

/** Who answers for a commitment of a reorganised lead agency. */
export interface Attribution {
  /** The lead agency named in the document. */
  agency: NamedAgency;
  /** Its first change that hands over tasks, else the one that moved some of its functions. */
  step: SuccessionStep;
  /** The body that answers today: the last successor in the chain. */
  now: string;
  /**
   * `before`: every dated statement fell due before the change, so the task is the old body's;
   * `after`: the task was open at the change (due later, recurring, undated), so it passed on;
   * `functions`: only some functions moved, the body still answers for its tasks.
   */
  due: 'before' | 'after' | 'functions';
  /** The last due date, when the task has one. */
  lastDue: string | null;
}

/** How each reorganised lead agency of a commitment is answered for (see {@link Attribution}). */
export function attributions(corpus: Corpus, commitment: CommitmentEntry, timing: readonly TimingItem[]): Attribution[] {
  const last = lastDue(timing);
  return commitment.lead.flatMap((id) => {
    const agency = corpus.agencies.get(id);
    if (!agency) return [];
    const steps = agencySuccession(corpus, agency);
    const inheriting = steps.filter((s) => INHERITING_CHANGES.has(s.change));
    const step = inheriting[0] ?? steps[0];
    if (!step) return [];
    const due = !INHERITING_CHANGES.has(step.change) ? 'functions' : last !== null && last < step.effective ? 'before' : 'after';
    return [{ agency: named(corpus, agency), step, now: inheriting.at(-1)?.label ?? step.label, due, lastDue: last }];
  });
}
