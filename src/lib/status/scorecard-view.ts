/**
 * Scorecards for the pages: every agency's lead and partner cards (the table
 * `/co-quan/theo-tien-do/`, sortable by static links), one agency's, and the counts of a
 * place or a theme. Pure over a {@link Corpus}.
 */
import type { AgencyEntry, Corpus } from '../data/corpus.ts';
import { viCollator } from '../data/format.ts';
import { must } from '../data/lookup.ts';
import { corpusIndex, listOf } from '../data/corpus-index.ts';
import { scorecard, type RoleScorecards, type Scorecard } from './scorecard.ts';

/** One row of the agency scorecard table. */
export interface ScorecardRow extends RoleScorecards {
  agency: AgencyEntry;
}

/**
 * The orders of the table, each its own static page (`/co-quan/theo-tien-do/<key>/`, the
 * default at the bare path), so sorting works without JavaScript.
 */
export const SCORECARD_SORTS = ['qua-han', 'ten', 'ty-le-dung-han', 'chu-tri', 'phoi-hop'] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];
/** The order of the bare `/co-quan/theo-tien-do/`: most overdue tasks first. */
export const DEFAULT_SCORECARD_SORT: ScorecardSort = 'qua-han';

/** Every agency that leads or supports at least one task, with its two cards, by name. */
export function scorecardRows(corpus: Corpus, today: string): ScorecardRow[] {
  return [...corpus.agencies.values()]
    .map((agency) => ({ agency, ...roleScorecards(corpus, agency.id, today) }))
    .filter((row) => row.lead.total + row.partner.total > 0)
    .sort((a, b) => viCollator.compare(a.agency.name, b.agency.name));
}

// A missing rate (nothing due) sorts after every real rate, whichever the direction.
const rate = (card: Scorecard) => card.onTimeRate ?? -1;

/** The rows in the order `sort`; ties keep name order. */
export function sortScorecardRows(rows: readonly ScorecardRow[], sort: ScorecardSort): ScorecardRow[] {
  const byName = [...rows].sort((a, b) => viCollator.compare(a.agency.name, b.agency.name));
  const key: Record<ScorecardSort, (row: ScorecardRow) => number> = {
    'qua-han': (row) => row.lead.overdue,
    ten: () => 0,
    'ty-le-dung-han': (row) => rate(row.lead),
    'chu-tri': (row) => row.lead.total,
    'phoi-hop': (row) => row.partner.total,
  };
  return byName.sort((a, b) => key[sort](b) - key[sort](a));
}

/** The lead and partner cards of one agency. */
export function agencyScorecard(corpus: Corpus, id: string, today: string): RoleScorecards {
  must(corpus.agencies, id, 'agencies');
  return roleScorecards(corpus, id, today);
}

/** The cards of the tasks an agency leads and of those it supports (what agencyScorecards counts, from the index). */
function roleScorecards(corpus: Corpus, id: string, today: string): RoleScorecards {
  const index = corpusIndex(corpus);
  return {
    lead: scorecard(listOf(index.commitmentsLedBy, id), today),
    partner: scorecard(listOf(index.commitmentsSupportedBy, id), today),
  };
}

/** The card of every task in the documents of a place. */
export function placeScorecard(corpus: Corpus, placeId: string, today: string): Scorecard {
  return scorecard(listOf(corpusIndex(corpus).commitmentsOfPlace, placeId), today);
}

/** The card of every task of a theme. */
export function themeScorecard(corpus: Corpus, themeId: string, today: string): Scorecard {
  return scorecard(listOf(corpusIndex(corpus).commitmentsOfTheme, themeId), today);
}
