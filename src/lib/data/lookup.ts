/**
 * Small lookups over a {@link Corpus} shared by the page views: get-or-throw,
 * commitments of a document/agency/theme, section trails and deadlines.
 */
import type { AgencyEntry, Corpus, CommitmentEntry, DocumentEntry, SectionEntry, ThemeEntry } from './corpus.ts';
import { slugify } from '../slug.ts';
import { timingOf, type TimingItem } from './timing-view.ts';
import { corpusIndex } from './corpus-index.ts';

/** Gets an entry by id or throws a message naming the collection (a page asked for something missing). */
export function must<T>(map: Map<string, T>, id: string, collection: string): T {
  const entry = map.get(id);
  if (!entry) throw new Error(`No ${collection} entry "${id}". Check the id passed to the page or the content folder.`);
  return entry;
}

/** Looks up several ids at once (all resolve: buildCorpus checked them). */
export function pick<T>(map: Map<string, T>, ids: readonly string[]): T[] {
  return ids.map((id) => map.get(id)).filter((entry): entry is T => entry !== undefined);
}

/** Commitments in corpus order (document, then position in the document). */
export function allCommitments(corpus: Corpus): CommitmentEntry[] {
  return [...corpus.commitments.values()];
}

/** Commitments of one document, in document order. */
export function commitmentsOfDocument(corpus: Corpus, documentId: string): CommitmentEntry[] {
  return [...(corpusIndex(corpus).commitmentsOfDocument.get(documentId) ?? [])];
}

/** Sections from the top-level ancestor down to `sectionId` (empty when null). */
export function sectionTrail(corpus: Corpus, sectionId: string | null): SectionEntry[] {
  const trail: SectionEntry[] = [];
  const seen = new Set<string>();
  let current = sectionId ? corpus.sections.get(sectionId) : undefined;
  // `seen` guards against a hand-edited parent cycle.
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    trail.unshift(current);
    current = current.parent ? corpus.sections.get(current.parent) : undefined;
  }
  return trail;
}

/** A deadline of a commitment, flattened for lists. */
export interface DeadlineItem {
  /** ISO date. */
  date: string;
  /** Phrase as written, e.g. "trước ngày 31/01/2023". */
  phrase: string;
  commitment: CommitmentEntry;
  /** True when the date is before `today`. */
  past: boolean;
}

/** Every deadline of the given commitments, soonest first; `today` is an ISO date. */
export function deadlinesOf(commitments: readonly CommitmentEntry[], today: string): DeadlineItem[] {
  return commitments
    .flatMap((commitment) => commitment.deadlines.map((d) => ({ ...d, commitment, past: d.date < today })))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.commitment.order - b.commitment.order));
}

/** Which deadlines a short list shows: the next ones, or, when none is left, the latest that passed. */
export interface DeadlineHighlights {
  /** `upcoming` when at least one deadline is on or after the build date, else `recent`. */
  kind: 'upcoming' | 'recent';
  /** Soonest first for `upcoming`, most recent first for `recent`. */
  items: DeadlineItem[];
}

/**
 * Picks up to `limit` deadlines worth showing from a soonest-first list ({@link deadlinesOf}).
 * Plans in the corpus are often older than the build, so an "upcoming only" list would be
 * empty and look broken; the most recent past deadlines are shown instead.
 */
export function deadlineHighlights(deadlines: readonly DeadlineItem[], limit: number): DeadlineHighlights {
  const upcoming = deadlines.filter((d) => !d.past);
  if (upcoming.length > 0) return { kind: 'upcoming', items: upcoming.slice(0, limit) };
  return {
    kind: 'recent',
    items: deadlines
      .filter((d) => d.past)
      .reverse()
      .slice(0, limit),
  };
}

/** How many of `commitments` name at least one dated deadline. */
export function countWithDeadline(commitments: readonly CommitmentEntry[]): number {
  return commitments.filter((c) => c.deadlines.length > 0).length;
}

/** Groups items by a key, keeping first-seen key order and item order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Counts how many of `commitments` each agency leads and supports. */
export function agencyCounts(commitments: readonly CommitmentEntry[]): Map<string, { lead: number; partner: number }> {
  const counts = new Map<string, { lead: number; partner: number }>();
  const bump = (id: string, field: 'lead' | 'partner') => {
    const entry = counts.get(id) ?? { lead: 0, partner: 0 };
    entry[field] += 1;
    counts.set(id, entry);
  };
  for (const c of commitments) {
    for (const id of new Set(c.lead)) bump(id, 'lead');
    for (const id of new Set(c.partners)) bump(id, 'partner');
  }
  return counts;
}

/** An agency with the name the site shows for it (see {@link agencyLabel}). */
export type NamedAgency = AgencyEntry & {
  /** Display name: the name, with its province in brackets where the name alone is ambiguous, e.g. "Sở Tài chính (Cà Mau)". */
  label: string;
};

const labelCache = new WeakMap<Corpus, Map<string, string>>();

/**
 * True when `name` says where the body is: it names the place ("Ủy ban nhân dân tỉnh Cà Mau"
 * names "Cà Mau", tones and đ folded), or it is a regional body whose name has its own area
 * ("Chi cục Thuế khu vực XX" serves several provinces, so one province in brackets would mislead).
 */
export function namesPlace(name: string, placeName: string): boolean {
  return /\bkhu vực\b/iu.test(name) || `-${slugify(name, 400)}-`.includes(`-${slugify(placeName, 400)}-`);
}

/**
 * A name with its province: "Sở Tài chính (Cà Mau)"; a name that ends in its level reads on into
 * the province's name, as Vietnamese writes it: "Ủy ban nhân dân tỉnh" → "Ủy ban nhân dân tỉnh Cà Mau".
 */
export function withPlace(name: string, placeName: string): string {
  return /(?:^|\s)(?:tỉnh|thành phố)$/u.test(name) ? `${name} ${placeName}` : `${name} (${placeName})`;
}

/**
 * Display names of every agency, decided once from the registry. An agency of a province gets
 * the province in brackets ("Sở Tài chính (Cà Mau)") unless its name already says it, when the
 * name alone could mean another body the site knows: another agency has the same name, or the
 * registry spans several provinces, each with its own "Sở Tài chính". National bodies
 * ("Bộ Tài chính") and names that carry their province keep their name as it is.
 */
export function agencyLabels(corpus: Corpus): Map<string, string> {
  let labels = labelCache.get(corpus);
  if (labels) return labels;
  const sameName = new Map<string, number>();
  for (const agency of corpus.agencies.values()) {
    const key = slugify(agency.name, 400);
    sameName.set(key, (sameName.get(key) ?? 0) + 1);
  }
  const places = new Set([...corpus.places.keys(), ...[...corpus.agencies.values()].map((a) => a.place).filter(Boolean)]);
  labels = new Map();
  for (const agency of corpus.agencies.values()) {
    const place = agency.place ? corpus.places.get(agency.place) : undefined;
    const ambiguous = (sameName.get(slugify(agency.name, 400)) ?? 0) > 1 || places.size > 1;
    labels.set(agency.id, place && ambiguous && !namesPlace(agency.name, place.name) ? withPlace(agency.name, place.name) : agency.name);
  }
  labelCache.set(corpus, labels);
  return labels;
}

/** The display name of an agency (see {@link agencyLabels}). */
export function agencyLabel(corpus: Corpus, agency: AgencyEntry): string {
  return agencyLabels(corpus).get(agency.id) ?? agency.name;
}

/** An agency with its display name. */
export function named(corpus: Corpus, agency: AgencyEntry): NamedAgency {
  return { ...agency, label: agencyLabel(corpus, agency) };
}

/** Looks up agencies by id, with their display names. */
export function pickAgencies(corpus: Corpus, ids: readonly string[]): NamedAgency[] {
  return pick(corpus.agencies, ids).map((agency) => named(corpus, agency));
}

/** A commitment with what a list item shows: its document, lead agencies, themes and timing. */
export interface CommitmentSummary {
  commitment: CommitmentEntry;
  document: DocumentEntry;
  lead: NamedAgency[];
  themes: ThemeEntry[];
  /** When it is due (timing, else deadlines). */
  timing: TimingItem[];
  /** The role of the agency whose page lists it, on agency pages. */
  role?: 'lead' | 'partner';
}

/** Resolves what a commitment list item needs to show. */
export function summarize(corpus: Corpus, commitment: CommitmentEntry): CommitmentSummary {
  return {
    commitment,
    document: must(corpus.documents, commitment.document, 'documents'),
    lead: pickAgencies(corpus, commitment.lead),
    themes: pick(corpus.themes, commitment.themes),
    timing: timingOf(commitment),
  };
}

/** Commitments listed under one heading (a theme), for folded lists. */
export interface CommitmentGroup {
  /** The theme, or null for commitments without one. */
  theme: ThemeEntry | null;
  items: CommitmentSummary[];
}

/**
 * Groups items under their commitment's first (main) theme, so each commitment is listed once;
 * themes in their display order, items in the order given.
 */
export function byMainTheme<T extends { commitment: CommitmentEntry }>(
  corpus: Corpus,
  items: readonly T[],
): { theme: ThemeEntry | null; items: T[] }[] {
  const groups = groupBy(items, (item) => item.commitment.themes[0] ?? null);
  return [...groups]
    .map(([id, list]) => ({ theme: id ? (corpus.themes.get(id) ?? null) : null, items: list }))
    .sort((a, b) => (a.theme?.order ?? Infinity) - (b.theme?.order ?? Infinity));
}

/** Items in the order {@link byMainTheme} lists them (what a page of the list slices). */
export function inMainThemeOrder<T extends { commitment: CommitmentEntry }>(corpus: Corpus, items: readonly T[]): T[] {
  return byMainTheme(corpus, items).flatMap((group) => group.items);
}
