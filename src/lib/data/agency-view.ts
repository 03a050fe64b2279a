/** What the agency pages show: one agency's workload, and the list of all agencies by kind. */
import { AGENCY_KINDS } from '../../schemas/index.ts';
import type { AgencyEntry, Corpus, CommitmentEntry, PlaceEntry } from './corpus.ts';
import { viCollator } from './format.ts';
import { corpusIndex, listOf } from './corpus-index.ts';
import { AGENCIES_PER_PAGE, COMMITMENTS_PER_PAGE, pageCount, pageOf, type Pager } from './paginate.ts';
import {
  agencyCounts,
  allCommitments,
  byMainTheme,
  deadlinesOf,
  groupBy,
  inMainThemeOrder,
  must,
  named,
  summarize,
  type CommitmentGroup,
  type CommitmentSummary,
  type DeadlineItem,
  type NamedAgency,
} from './lookup.ts';
import { agencySuccession, predecessorsOf, type Predecessor, type SuccessionStep } from './succession-view.ts';

type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Commitments a successor agency took over from one predecessor. */
export interface InheritedGroup {
  from: Predecessor;
  items: CommitmentSummary[];
}

export interface AgencyView {
  agency: NamedAgency;
  place: PlaceEntry | null;
  parent: NamedAgency | null;
  /** What the agency became in 2025, earliest change first (empty when unchanged). */
  succession: SuccessionStep[];
  leads: CommitmentEntry[];
  supports: CommitmentEntry[];
  /** This page's share of its own commitments under their main theme, leads before supports, each with its role and timing. */
  groups: CommitmentGroup[];
  /** This page's share of the commitments of the bodies it took over in 2025, per predecessor (listed after its own). */
  inherited: InheritedGroup[];
  /** Which page of the list (its own commitments, then the inherited ones) this is. */
  pager: Pager;
  /** Deadlines of commitments it leads or supports, soonest first, each marked past or not. */
  deadlines: DeadlineItem[];
  /** Deadlines on or after the build date, soonest first. */
  upcoming: DeadlineItem[];
  /** Deadlines before the build date, most recent first. */
  past: DeadlineItem[];
  /** What the page lists of them: the next {@link DEADLINES_SHOWN} and the latest {@link DEADLINES_SHOWN} past (the calendar has all). */
  shown: { upcoming: DeadlineItem[]; past: DeadlineItem[]; more: number };
  sourceFiles: string[];
}

/** How many upcoming and how many past deadlines an agency page lists (a busy body has thousands; its calendar file has them all). */
export const DEADLINES_SHOWN = 10;

/** One item of an agency's list: a commitment, its role, and the predecessor it came from (null for its own). */
interface ListItem {
  commitment: CommitmentEntry;
  role: 'lead' | 'partner';
  from: Predecessor | null;
}

/** An agency's list as its pages show it: its own commitments by main theme, then each predecessor's. */
function agencyList(corpus: Corpus, agency: AgencyEntry): ListItem[] {
  const own = inMainThemeOrder(corpus, roles(corpus, agency.id)).map((item) => ({ ...item, from: null }));
  const inherited = predecessorsOf(corpus, agency).flatMap((from) => roles(corpus, from.agency.id).map((item) => ({ ...item, from })));
  return [...own, ...inherited];
}

/** How many pages `/co-quan/<id>/` has. */
export const agencyPages = (corpus: Corpus, id: string): number =>
  pageCount(agencyList(corpus, must(corpus.agencies, id, 'agencies')).length, COMMITMENTS_PER_PAGE);

/** Everything page `page` of `/co-quan/<id>/` needs; `today` (ISO) splits upcoming from past deadlines. */
export function agencyView(corpus: Corpus, id: string, today: string, page = 1): AgencyView {
  const agency = must(corpus.agencies, id, 'agencies');
  const leads = [...listOf(corpusIndex(corpus).commitmentsLedBy, id)];
  const supports = partnerOnly(corpus, id);
  const mine = [...leads, ...supports];
  const deadlines = deadlinesOf(mine, today);
  const upcoming = deadlines.filter((d) => !d.past);
  const past = deadlines.filter((d) => d.past).reverse();
  const { items, pager } = pageOf(agencyList(corpus, agency), page, COMMITMENTS_PER_PAGE);
  const summary = (item: ListItem) => ({ ...summarize(corpus, item.commitment), role: item.role });
  return {
    agency: named(corpus, agency),
    place: agency.place ? must(corpus.places, agency.place, 'places') : null,
    parent: agency.parent ? named(corpus, must(corpus.agencies, agency.parent, 'agencies')) : null,
    succession: agencySuccession(corpus, agency),
    leads,
    supports,
    groups: byMainTheme(corpus, items.filter((item) => item.from === null).map(summary)),
    inherited: [
      ...groupBy(
        items.filter((item) => item.from !== null),
        (item) => item.from!,
      ),
    ].map(([from, list]) => ({ from, items: list.map(summary) })),
    pager,
    deadlines,
    upcoming,
    past,
    shown: {
      upcoming: upcoming.slice(0, DEADLINES_SHOWN),
      past: past.slice(0, DEADLINES_SHOWN),
      more: Math.max(0, upcoming.length - DEADLINES_SHOWN) + Math.max(0, past.length - DEADLINES_SHOWN),
    },
    sourceFiles: [agency.file].filter(Boolean),
  };
}

/** The commitments an agency leads, then those it supports, each with its role. */
function roles(corpus: Corpus, id: string): { commitment: CommitmentEntry; role: 'lead' | 'partner' }[] {
  return [
    ...listOf(corpusIndex(corpus).commitmentsLedBy, id).map((commitment) => ({ commitment, role: 'lead' as const })),
    ...partnerOnly(corpus, id).map((commitment) => ({ commitment, role: 'partner' as const })),
  ];
}

/** The commitments an agency supports without leading them. */
function partnerOnly(corpus: Corpus, id: string): CommitmentEntry[] {
  return listOf(corpusIndex(corpus).commitmentsSupportedBy, id).filter((c) => !c.lead.includes(id));
}

/** One row of the agency list. */
export interface AgencyRow {
  agency: NamedAgency;
  lead: number;
  partner: number;
}

/** Agencies grouped by kind (in the schema's kind order), each group sorted by Vietnamese name. */
export interface AgencyKindGroup {
  kind: AgencyKind;
  rows: AgencyRow[];
}

/** Every agency with its lead/partner counts, sorted by Vietnamese name. */
export function agencyRows(corpus: Corpus): AgencyRow[] {
  const counts = agencyCounts(allCommitments(corpus));
  const rows = [...corpus.agencies.values()].map((agency) => ({
    agency: named(corpus, agency),
    ...(counts.get(agency.id) ?? { lead: 0, partner: 0 }),
  }));
  return [...rows].sort((a, b) => viCollator.compare(a.agency.label, b.agency.label));
}

/** Agency rows by kind, only kinds that have agencies. */
export function agenciesByKind(rows: readonly AgencyRow[]): AgencyKindGroup[] {
  return AGENCY_KINDS.map((kind) => ({ kind, rows: rows.filter((row) => row.agency.kind === kind) })).filter((g) => g.rows.length > 0);
}

/** Agency rows by workload: most commitments (led + supported) first, then by name. */
export function agenciesByWorkload(rows: readonly AgencyRow[]): AgencyRow[] {
  return [...rows].sort(
    (a, b) => b.lead + b.partner - (a.lead + a.partner) || b.lead - a.lead || viCollator.compare(a.agency.label, b.agency.label),
  );
}

/** One page of the agency list by kind: its rows under their kinds, and where every kind starts. */
export interface AgencyListPage {
  /** This page's rows, by kind (a kind may go on over the next page). */
  groups: AgencyKindGroup[];
  /** Every kind of the whole list: how many agencies it has and the page its first row is on (for the kind links). */
  kinds: { kind: AgencyKind; count: number; page: number }[];
  pager: Pager;
}

/** Page `page` of the list of agencies by kind (`/co-quan/`, then `/co-quan/trang-<n>/`), {@link AGENCIES_PER_PAGE} rows a page. */
export function agencyListPage(byKind: readonly AgencyKindGroup[], page = 1): AgencyListPage {
  const rows = byKind.flatMap((group) => group.rows);
  const { items, pager } = pageOf(rows, page, AGENCIES_PER_PAGE);
  let before = 0;
  const kinds = byKind.map((group) => {
    const start = Math.floor(before / AGENCIES_PER_PAGE) + 1;
    before += group.rows.length;
    return { kind: group.kind, count: group.rows.length, page: start };
  });
  return { groups: agenciesByKind(items), kinds, pager };
}

/** Page `page` of the agency rows by workload (`/co-quan/theo-so-cam-ket/`, then `trang-<n>/`). */
export function workloadPage(byWorkload: readonly AgencyRow[], page = 1): { rows: AgencyRow[]; pager: Pager } {
  const { items, pager } = pageOf(byWorkload, page, AGENCIES_PER_PAGE);
  return { rows: items, pager };
}
