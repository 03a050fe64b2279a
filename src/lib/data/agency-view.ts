/** What the agency pages show: one agency's workload, and the list of all agencies by kind. */
import { AGENCY_KINDS } from '../../schemas/index.ts';
import type { AgencyEntry, Corpus, CommitmentEntry, DocumentEntry, PlaceEntry, ThemeEntry } from './corpus.ts';
import { viCollator, sortByVi } from './format.ts';
import {
  agencyCounts,
  allCommitments,
  deadlinesOf,
  groupBy,
  must,
  summarize,
  type CommitmentSummary,
  type DeadlineItem,
} from './lookup.ts';

type AgencyKind = (typeof AGENCY_KINDS)[number];

/** An agency's commitments in one document, split by role. */
export interface AgencyDocumentGroup {
  document: DocumentEntry;
  leads: CommitmentSummary[];
  supports: CommitmentSummary[];
}

/** How many of an agency's commitments fall under one theme. */
export interface AgencyThemeCount {
  theme: ThemeEntry;
  lead: number;
  partner: number;
}

export interface AgencyView {
  agency: AgencyEntry;
  place: PlaceEntry | null;
  parent: AgencyEntry | null;
  leads: CommitmentEntry[];
  supports: CommitmentEntry[];
  byDocument: AgencyDocumentGroup[];
  byTheme: AgencyThemeCount[];
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
  const mine = all.filter((c) => c.lead.includes(id) || c.partners.includes(id));
  const byDocument = [...groupBy(mine, (c) => c.document)].map(([docId, list]) => ({
    document: must(corpus.documents, docId, 'documents'),
    leads: list.filter((c) => c.lead.includes(id)).map((c) => summarize(corpus, c)),
    supports: list.filter((c) => !c.lead.includes(id)).map((c) => summarize(corpus, c)),
  }));
  const themeCounts = new Map<string, AgencyThemeCount>();
  for (const c of mine) {
    for (const themeId of c.themes) {
      const row = themeCounts.get(themeId) ?? { theme: must(corpus.themes, themeId, 'themes'), lead: 0, partner: 0 };
      if (c.lead.includes(id)) row.lead += 1;
      else row.partner += 1;
      themeCounts.set(themeId, row);
    }
  }
  const deadlines = deadlinesOf(mine, today);
  return {
    agency,
    place: agency.place ? must(corpus.places, agency.place, 'places') : null,
    parent: agency.parent ? must(corpus.agencies, agency.parent, 'agencies') : null,
    leads,
    supports,
    byDocument,
    byTheme: [...themeCounts.values()].sort((a, b) => b.lead + b.partner - (a.lead + a.partner) || a.theme.order - b.theme.order),
    deadlines,
    upcoming: deadlines.filter((d) => !d.past),
    past: deadlines.filter((d) => d.past).reverse(),
    sourceFiles: [agency.file].filter(Boolean),
  };
}

/** One row of the agency list. */
export interface AgencyRow {
  agency: AgencyEntry;
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
  const rows = [...corpus.agencies.values()].map((agency) => ({ agency, ...(counts.get(agency.id) ?? { lead: 0, partner: 0 }) }));
  return sortByVi(rows, (row) => row.agency.name);
}

/** Agency rows by kind, only kinds that have agencies. */
export function agenciesByKind(rows: readonly AgencyRow[]): AgencyKindGroup[] {
  return AGENCY_KINDS.map((kind) => ({ kind, rows: rows.filter((row) => row.agency.kind === kind) })).filter((g) => g.rows.length > 0);
}

/** Agency rows by workload: most commitments (led + supported) first, then by name. */
export function agenciesByWorkload(rows: readonly AgencyRow[]): AgencyRow[] {
  return [...rows].sort(
    (a, b) => b.lead + b.partner - (a.lead + a.partner) || b.lead - a.lead || viCollator.compare(a.agency.name, b.agency.name),
  );
}
