/** What the agency pages show: one agency's workload, and the list of all agencies by kind. */
import { AGENCY_KINDS } from '../../schemas/index.ts';
import type { Corpus, CommitmentEntry, PlaceEntry } from './corpus.ts';
import { viCollator } from './format.ts';
import {
  agencyCounts,
  allCommitments,
  byMainTheme,
  deadlinesOf,
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
  /** Its own commitments under their main theme, leads before supports, each with its role and timing. */
  groups: CommitmentGroup[];
  /** Commitments of the bodies it took over in 2025, per predecessor (listed apart from its own). */
  inherited: InheritedGroup[];
  /** Deadlines of commitments it leads or supports, soonest first, each marked past or not. */
  deadlines: DeadlineItem[];
  /** Deadlines on or after the build date, soonest first. */
  upcoming: DeadlineItem[];
  /** Deadlines before the build date, most recent first. */
  past: DeadlineItem[];
  sourceFiles: string[];
}

/** Everything the page `/co-quan/<id>/` needs; `today` (ISO) splits upcoming from past deadlines. */
export function agencyView(corpus: Corpus, id: string, today: string): AgencyView {
  const agency = must(corpus.agencies, id, 'agencies');
  const all = allCommitments(corpus);
  const leads = all.filter((c) => c.lead.includes(id));
  const supports = all.filter((c) => !c.lead.includes(id) && c.partners.includes(id));
  const mine = [...leads, ...supports];
  const deadlines = deadlinesOf(mine, today);
  return {
    agency: named(corpus, agency),
    place: agency.place ? must(corpus.places, agency.place, 'places') : null,
    parent: agency.parent ? named(corpus, must(corpus.agencies, agency.parent, 'agencies')) : null,
    succession: agencySuccession(corpus, agency),
    leads,
    supports,
    groups: byMainTheme(corpus, roleItems(corpus, all, id)),
    inherited: predecessorsOf(corpus, agency)
      .map((from) => ({ from, items: roleItems(corpus, all, from.agency.id) }))
      .filter((group) => group.items.length > 0),
    deadlines,
    upcoming: deadlines.filter((d) => !d.past),
    past: deadlines.filter((d) => d.past).reverse(),
    sourceFiles: [agency.file].filter(Boolean),
  };
}

/** The commitments an agency leads, then those it supports, each with its role. */
function roleItems(corpus: Corpus, all: readonly CommitmentEntry[], id: string): CommitmentSummary[] {
  const lead = all.filter((c) => c.lead.includes(id)).map((c) => ({ ...summarize(corpus, c), role: 'lead' as const }));
  const partner = all
    .filter((c) => !c.lead.includes(id) && c.partners.includes(id))
    .map((c) => ({ ...summarize(corpus, c), role: 'partner' as const }));
  return [...lead, ...partner];
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
