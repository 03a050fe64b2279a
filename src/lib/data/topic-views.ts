/** Views of the theme, place, cited-document and targets pages, and of the home page. */
import type { Corpus, CommitmentEntry, DocumentEntry, PlaceEntry, ReferenceEntry, ThemeEntry } from './corpus.ts';
import { documentsByDate, involvedAgencies, type AgencyInvolvement } from './document-view.ts';
import { sortByVi, viCollator } from './format.ts';
import {
  allCommitments,
  byMainTheme,
  countWithDeadline,
  inMainThemeOrder,
  deadlineHighlights,
  deadlinesOf,
  groupBy,
  must,
  named,
  summarize,
  type CommitmentGroup,
  type CommitmentSummary,
  type DeadlineHighlights,
} from './lookup.ts';
import { placeChange, type PlaceChange } from './succession-view.ts';
import { slugify } from '../slug.ts';
import { corpusIndex, listOf } from './corpus-index.ts';
import { COMMITMENTS_PER_PAGE, pageCount, pageOf, type Pager } from './paginate.ts';

/** Commitments of one document, for grouped lists. */
export interface DocumentGroup {
  document: DocumentEntry;
  commitments: CommitmentSummary[];
}

/** Groups commitments by document, keeping corpus order. */
export function byDocument(corpus: Corpus, commitments: readonly CommitmentEntry[]): DocumentGroup[] {
  return [...groupBy(commitments, (c) => c.document)].map(([id, list]) => ({
    document: must(corpus.documents, id, 'documents'),
    commitments: list.map((c) => summarize(corpus, c)),
  }));
}

/** Themes in display order with their commitment counts. */
export function themeRows(corpus: Corpus): { theme: ThemeEntry; count: number }[] {
  const index = corpusIndex(corpus);
  return [...corpus.themes.values()]
    .map((theme) => ({ theme, count: listOf(index.commitmentsOfTheme, theme.id).length }))
    .sort((a, b) => a.theme.order - b.theme.order || viCollator.compare(a.theme.name, b.theme.name));
}

export interface ThemeView {
  theme: ThemeEntry;
  count: number;
  /** Grouped by place (national texts under null), then by document. */
  places: { place: PlaceEntry | null; documents: DocumentGroup[] }[];
  /** The agencies leading and supporting the theme's commitments (page 1 only; empty on the others). */
  agencies: AgencyInvolvement[];
  /** Which page of the theme's commitments this is. */
  pager: Pager;
  sourceFiles: string[];
}

/** A theme's commitments as its page lists them: by place (in first-seen order), then by document. */
function themeOrder(corpus: Corpus, commitments: readonly CommitmentEntry[]): CommitmentEntry[] {
  const documents = [...groupBy(commitments, (c) => c.document).values()];
  return [...groupBy(documents, (list) => corpus.documents.get(list[0]!.document)?.place ?? null).values()].flat(2);
}

/** Agencies a theme page lists itself (most leads first); all of them are on `/chu-de/<id>/co-quan/`. */
export const THEME_AGENCIES_PREVIEW = 30;

/** The agencies that lead or support a theme's commitments, most leads first. */
export const themeAgencies = (corpus: Corpus, id: string): AgencyInvolvement[] =>
  involvedAgencies(corpus, listOf(corpusIndex(corpus).commitmentsOfTheme, id));

/** How many pages `/chu-de/<id>/` has. */
export const themePages = (corpus: Corpus, id: string): number =>
  pageCount(listOf(corpusIndex(corpus).commitmentsOfTheme, id).length, COMMITMENTS_PER_PAGE);

/** Everything page `page` of `/chu-de/<id>/` needs (page 1 is the theme's own URL). */
export function themeView(corpus: Corpus, id: string, page = 1): ThemeView {
  const theme = must(corpus.themes, id, 'themes');
  const commitments = listOf(corpusIndex(corpus).commitmentsOfTheme, id);
  const { items, pager } = pageOf(themeOrder(corpus, commitments), page, COMMITMENTS_PER_PAGE);
  const groups = byDocument(corpus, items);
  const places = [...groupBy(groups, (g) => g.document.place)].map(([placeId, documents]) => ({
    place: placeId ? must(corpus.places, placeId, 'places') : null,
    documents,
  }));
  const agencies = page === 1 ? themeAgencies(corpus, id) : [];
  return { theme, count: commitments.length, places, agencies, pager, sourceFiles: [theme.file] };
}

/** Places by Vietnamese name with their document and commitment counts. */
export function placeRows(corpus: Corpus): { place: PlaceEntry; documents: number; commitments: number }[] {
  const index = corpusIndex(corpus);
  const rows = [...corpus.places.values()].map((place) => ({
    place,
    documents: listOf(index.documentsOfPlace, place.id).length,
    commitments: listOf(index.commitmentsOfPlace, place.id).length,
  }));
  return sortByVi(rows, (row) => row.place.name);
}

export interface PlaceView {
  place: PlaceEntry;
  /** What the province became in 2025 (also when it kept its name), or null. */
  change: PlaceChange | null;
  /** Provinces of the site that became this one in 2025 (for a new unit such as Cần Thơ). */
  formerParts: PlaceEntry[];
  /** The place's documents, oldest first: a timeline. */
  timeline: DocumentEntry[];
  agencies: AgencyInvolvement[];
  commitments: number;
  /** How many of them name a dated deadline. */
  withDeadline: number;
  /** This page's commitments under their main theme, each with lead, timing and status. */
  groups: CommitmentGroup[];
  /** Which page of the place's commitments this is (the timeline, agencies and figures are on every page's data, shown on page 1). */
  pager: Pager;
  /** The next deadlines, or the latest that passed when none is left. */
  deadlines: DeadlineHighlights;
  sourceFiles: string[];
}

/** Documents a place page shows itself (the latest); all of them are on `/dia-phuong/<id>/van-ban/`. */
export const TIMELINE_PREVIEW = 20;

/** A place's documents, oldest first, as a timeline reads; undated documents cannot be placed on it, so they come last. */
export function placeTimeline(corpus: Corpus, id: string): DocumentEntry[] {
  const byDate = documentsByDate(listOf(corpusIndex(corpus).documentsOfPlace, id)).reverse();
  return [...byDate.filter((d) => d.issued), ...byDate.filter((d) => !d.issued)];
}

/** How many pages `/dia-phuong/<id>/` has. */
export const placePages = (corpus: Corpus, id: string): number =>
  pageCount(listOf(corpusIndex(corpus).commitmentsOfPlace, id).length, COMMITMENTS_PER_PAGE);

/** Everything page `page` of `/dia-phuong/<id>/` needs; `today` (ISO) splits upcoming from past deadlines. */
export function placeView(corpus: Corpus, id: string, today: string, page = 1): PlaceView {
  const place = must(corpus.places, id, 'places');
  const index = corpusIndex(corpus);
  const documents = placeTimeline(corpus, id);
  const commitments = listOf(index.commitmentsOfPlace, id);
  const { items, pager } = pageOf(
    inMainThemeOrder(
      corpus,
      commitments.map((commitment) => ({ commitment })),
    ),
    page,
    COMMITMENTS_PER_PAGE,
  );
  // Agencies of the place also include those with no commitment yet (e.g. the issuing committee).
  const involved = involvedAgencies(corpus, commitments);
  const seen = new Set(involved.map((row) => row.agency.id));
  const idle = sortByVi(
    listOf(index.agenciesOfPlace, id)
      .filter((a) => !seen.has(a.id))
      .map((agency) => named(corpus, agency)),
    (a) => a.label,
  ).map((agency) => ({ agency, lead: 0, partner: 0 }));
  return {
    place,
    change: placeChange(corpus, place),
    formerParts: [...corpus.places.values()].filter(
      (other) => other.id !== id && other.successor !== null && slugify(other.successor.name) === slugify(place.name),
    ),
    timeline: documents,
    agencies: [...involved, ...idle],
    commitments: commitments.length,
    withDeadline: countWithDeadline(commitments),
    groups: byMainTheme(
      corpus,
      items.map((item) => summarize(corpus, item.commitment)),
    ),
    pager,
    deadlines: deadlineHighlights(deadlinesOf(commitments, today), 5),
    sourceFiles: [place.file],
  };
}

/** A cited document with its citing commitments and documents. */
export interface ReferenceView {
  reference: ReferenceEntry;
  /** The cited text itself when it is in the corpus. */
  document: DocumentEntry | null;
  /** Documents whose text or footnotes name it (often only in the preamble "Căn cứ …"), newest first. */
  mentionedIn: DocumentEntry[];
  /** This page's citing commitments, grouped by document. */
  citedBy: DocumentGroup[];
  /** Which page of the citing commitments this is. */
  pager: Pager;
  sourceFiles: string[];
}

/** Documents (other than the cited text itself) whose reference list (the converter's) names it. */
export function documentsMentioning(corpus: Corpus, reference: ReferenceEntry): DocumentEntry[] {
  return listOf(corpusIndex(corpus).documentsCiting, reference.id).filter((d) => d.id !== reference.document);
}

/** Documents naming it that a cited document's page shows itself (the newest); all are on `/trich-dan/<id>/van-ban/`. */
export const MENTIONS_PREVIEW = 20;

/** How many pages `/trich-dan/<id>/` has. */
export const referencePages = (corpus: Corpus, id: string): number =>
  pageCount(listOf(corpusIndex(corpus).commitmentsCiting, id).length, COMMITMENTS_PER_PAGE);

/** Everything page `page` of `/trich-dan/<id>/` needs. */
export function referenceView(corpus: Corpus, id: string, page = 1): ReferenceView {
  const reference = must(corpus.references, id, 'references');
  // Corpus order is document order, so a page's commitments still group by document.
  const { items, pager } = pageOf(listOf(corpusIndex(corpus).commitmentsCiting, id), page, COMMITMENTS_PER_PAGE);
  return {
    reference,
    document: reference.document ? must(corpus.documents, reference.document, 'documents') : null,
    mentionedIn: documentsByDate(documentsMentioning(corpus, reference)),
    citedBy: byDocument(corpus, items),
    pager,
    sourceFiles: [reference.file],
  };
}

/** Cited documents, newest first (undated last), with how many commitments cite each and in how many documents they appear. */
export function referenceRows(corpus: Corpus): { reference: ReferenceEntry; count: number; documents: number }[] {
  const index = corpusIndex(corpus);
  return [...corpus.references.values()]
    .map((reference) => {
      const citing = listOf(index.commitmentsCiting, reference.id);
      const documents = new Set([...citing.map((c) => c.document), ...documentsMentioning(corpus, reference).map((d) => d.id)]);
      return { reference, count: citing.length, documents: documents.size };
    })
    .sort(
      (a, b) =>
        (b.reference.date ?? '').localeCompare(a.reference.date ?? '') || viCollator.compare(a.reference.number, b.reference.number),
    );
}

/** A province or city after the 2025 reorganisation, with the places of the site that form it. */
export interface ProvinceGroup {
  /** Full name of the unit since 01/07/2025, e.g. "thành phố Cần Thơ". */
  fullName: string;
  /** The unit's own page, when the site has it. */
  place: PlaceEntry | null;
  /** True when the unit is the result of the 2025 merger (its members had a successor). */
  reorganised: boolean;
  /** The places of the site that are now part of it (the unit itself included), with their counts. */
  members: ReturnType<typeof placeRows>;
}

/**
 * Places grouped by what they are since 01/07/2025, for the province picker: a reader from
 * Hậu Giang finds it under "thành phố Cần Thơ", next to Cần Thơ itself. Groups by name.
 */
export function provinceGroups(corpus: Corpus): ProvinceGroup[] {
  const rows = placeRows(corpus);
  const key = (place: PlaceEntry) => slugify(place.successor?.full_name ?? place.full_name);
  const groups = groupBy(rows, (row) => key(row.place));
  return [...groups]
    .map(([slug, members]) => {
      const own = members.find((row) => slugify(row.place.full_name) === slug)?.place ?? null;
      const first = members[0]!.place;
      return {
        fullName: first.successor?.full_name ?? first.full_name,
        place: own,
        reorganised: members.some((row) => row.place.successor !== null),
        members,
      };
    })
    .sort((a, b) => viCollator.compare(a.fullName.replace(/^(tỉnh|thành phố)\s+/, ''), b.fullName.replace(/^(tỉnh|thành phố)\s+/, '')));
}

export interface HomeView {
  /** `withDeadline`: commitments naming a dated deadline; `upcoming`: deadlines on or after the build date. */
  counts: { documents: number; commitments: number; agencies: number; withDeadline: number; upcoming: number };
  /** The province picker: places under the unit they belong to since 2025. */
  provinces: ProvinceGroup[];
  latest: DocumentEntry[];
  themes: ReturnType<typeof themeRows>;
  /** What the home page lists: the upcoming deadlines, or the most recent past ones when none is left. */
  deadlines: DeadlineHighlights;
}

/** Everything the home page needs; `today` is an ISO date. */
export function homeView(corpus: Corpus, today: string, latest = 5, deadlines = 5): HomeView {
  const all = deadlinesOf(allCommitments(corpus), today);
  const upcoming = all.filter((d) => !d.past);
  return {
    counts: {
      documents: corpus.documents.size,
      commitments: corpus.commitments.size,
      agencies: corpus.agencies.size,
      withDeadline: countWithDeadline(allCommitments(corpus)),
      upcoming: upcoming.length,
    },
    provinces: provinceGroups(corpus),
    latest: documentsByDate([...corpus.documents.values()]).slice(0, latest),
    themes: themeRows(corpus),
    deadlines: deadlineHighlights(all, deadlines),
  };
}
