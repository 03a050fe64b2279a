/**
 * The site's one data-access module. Pages call these functions and nothing else
 * touches the content collections: the corpus is loaded once per build, every
 * relation is checked (a dangling id fails the build), and the pure views in this
 * folder shape what each page shows.
 */
import { getCollection } from 'astro:content';
import { COLLECTIONS, collectionNames } from '../../schemas/index.ts';
import { buildCorpus, type Corpus, type RawCollections } from './corpus.ts';
import { agenciesByKind, agenciesByWorkload, agencyListPage, agencyPages, agencyRows, agencyView, workloadPage } from './agency-view.ts';
import { AGENCIES_PER_PAGE, DOCUMENTS_PER_PAGE, pageNumbers, pageOf, pageParam, pageSegment } from './paginate.ts';
import { commitmentView } from './commitment-view.ts';
import { documentsByDate, documentView } from './document-view.ts';
import {
  agencyScorecard,
  placeScorecard,
  scorecardRows,
  sortScorecardRows,
  themeScorecard,
  type ScorecardSort,
} from '../status/scorecard-view.ts';
import { bundle, dataFiles, documentData, type DataFile } from '../open-data/files.ts';
import { readContentHistory } from '../changes/history.ts';
import { changesAtom, changesView } from '../changes/view.ts';
import { scopeAtom, scopeCalendar, type FeedScope } from '../feeds/scopes.ts';
import { documentIndicators, indicatorIds, indicatorIndex, indicatorPage, placeIndicators } from '../indicators/views.ts';
import {
  homeView,
  placeView,
  provinceGroups,
  placePages,
  referencePages,
  referenceRows,
  referenceView,
  themePages,
  themeRows,
  themeView,
} from './topic-views.ts';

export * from './format.ts';
export type * from './corpus.ts';
export type { DeadlineItem, CommitmentSummary, CommitmentGroup, NamedAgency } from './lookup.ts';
export type { TocNode, AgencyInvolvement, CitedReference, DocumentView } from './document-view.ts';
export type { CommitmentView } from './commitment-view.ts';
export type { AgencyView, AgencyRow, AgencyKindGroup, AgencyListPage } from './agency-view.ts';
import type { AgencyKindGroup, AgencyRow } from './agency-view.ts';
export type { ThemeView, PlaceView, ReferenceView, HomeView, DocumentGroup, ProvinceGroup } from './topic-views.ts';
export type { TimingItem } from './timing-view.ts';
export type { Pager } from './paginate.ts';
export type { SuccessionStep, PlaceChange, Attribution, Predecessor } from './succession-view.ts';

import { buildDate } from '../build-date.ts';
export { buildDate };

let corpusPromise: Promise<Corpus> | undefined;

async function loadCorpus(): Promise<Corpus> {
  const names = collectionNames(COLLECTIONS);
  const lists = await Promise.all(names.map((name) => getCollection(name as never)));
  const raw = Object.fromEntries(names.map((name, i) => [name, lists[i]])) as unknown as RawCollections;
  return buildCorpus(raw);
}

/** The whole corpus, loaded and checked once per build. */
export function getCorpus(): Promise<Corpus> {
  corpusPromise ??= loadCorpus();
  return corpusPromise;
}

/** Ids of a collection, for getStaticPaths. */
export async function idsOf(collection: keyof Corpus): Promise<string[]> {
  return [...(await getCorpus())[collection].keys()];
}

/**
 * getStaticPaths of a page whose list is cut into pages: one path per page of each entry,
 * `page` undefined for page 1 (the entry's own URL) and `trang-<n>` for the others.
 */
async function pagedPaths(collection: 'agencies' | 'themes' | 'places' | 'references', pages: (corpus: Corpus, id: string) => number) {
  const corpus = await getCorpus();
  return [...corpus[collection].keys()].flatMap((id) =>
    Array.from({ length: pages(corpus, id) }, (_, i) => ({ id, page: pageSegment(i + 1) })),
  );
}
/** Paths of `/co-quan/<id>/` and its further pages. */
export const getAgencyPaths = () => pagedPaths('agencies', agencyPages);
/** Paths of `/chu-de/<id>/` and its further pages. */
export const getThemePaths = () => pagedPaths('themes', themePages);
/** Paths of `/dia-phuong/<id>/` and its further pages. */
export const getPlacePaths = () => pagedPaths('places', placePages);
/** Paths of `/trich-dan/<id>/` and its further pages. */
export const getReferencePaths = () => pagedPaths('references', referencePages);
export { pageParam };

/** Data of `/van-ban/<id>/`. */
export const getDocumentPage = async (id: string) => documentView(await getCorpus(), id);
/** Data of `/van-ban/`: documents newest first. */
export const getDocumentList = async () => documentsByDate([...(await getCorpus()).documents.values()]);
/** Paths of `/van-ban/` and its further pages. */
export const getDocumentListPaths = async () => pageNumbers((await getCorpus()).documents.size, DOCUMENTS_PER_PAGE).map(pageSegment);
/** Page `page` of `/van-ban/`, newest first. */
export const getDocumentListPage = async (page: number) => pageOf(await getDocumentList(), page, DOCUMENTS_PER_PAGE);
/** Data of `/cam-ket/<id>/`. */
export const getCommitmentPage = async (id: string) => commitmentView(await getCorpus(), id);
/** Data of `/co-quan/<id>/`. */
export const getAgencyPage = async (id: string, page = 1) => agencyView(await getCorpus(), id, buildDate(), page);
let agencyListPromise: Promise<{ rows: AgencyRow[]; byKind: AgencyKindGroup[]; byWorkload: AgencyRow[] }> | undefined;
/** Data of `/co-quan/`: rows by name, grouped by kind, and sorted by workload (once per build: every page of the list reads it). */
export function getAgencyList() {
  agencyListPromise ??= getCorpus().then((corpus) => {
    const rows = agencyRows(corpus);
    return { rows, byKind: agenciesByKind(rows), byWorkload: agenciesByWorkload(rows) };
  });
  return agencyListPromise;
}
/** Paths of `/co-quan/` (and `/co-quan/theo-so-cam-ket/`) and their further pages. */
export const getAgencyListPaths = async () => pageNumbers((await getAgencyList()).rows.length, AGENCIES_PER_PAGE).map(pageSegment);
/** Page `page` of `/co-quan/`: rows by kind. */
export const getAgencyListPage = async (page: number) => agencyListPage((await getAgencyList()).byKind, page);
/** Page `page` of `/co-quan/theo-so-cam-ket/`: rows by workload. */
export const getWorkloadPage = async (page: number) => workloadPage((await getAgencyList()).byWorkload, page);
/** Data of `/chu-de/<id>/`. */
export const getThemePage = async (id: string, page = 1) => themeView(await getCorpus(), id, page);
/** Data of `/chu-de/`. */
export const getThemeList = async () => themeRows(await getCorpus());
/** Data of `/dia-phuong/<id>/`. */
export const getPlacePage = async (id: string, page = 1) => placeView(await getCorpus(), id, buildDate(), page);
/** Data of `/dia-phuong/`: places under the province they belong to since 2025. */
export const getPlaceList = async () => provinceGroups(await getCorpus());
/** Data of `/trich-dan/<id>/`. */
export const getReferencePage = async (id: string, page = 1) => referenceView(await getCorpus(), id, page);
/** Data of `/trich-dan/`. */
export const getReferenceList = async () => referenceRows(await getCorpus());
/** Data of `/`. */
export const getHome = async () => homeView(await getCorpus(), buildDate());
/** Data of `/co-quan/theo-tien-do/<sort>/`: every agency's scorecards in that order. */
export const getScorecardTable = async (sort: ScorecardSort) => sortScorecardRows(scorecardRows(await getCorpus(), buildDate()), sort);
/** Scorecards (lead, partner) of the agency page. */
export const getAgencyScorecard = async (id: string) => agencyScorecard(await getCorpus(), id, buildDate());
/** Counts by derived state for a place page. */
export const getPlaceScorecard = async (id: string) => placeScorecard(await getCorpus(), id, buildDate());
/** Counts by derived state for a theme page. */
export const getThemeScorecard = async (id: string) => themeScorecard(await getCorpus(), id, buildDate());
/** Data of `/chi-tieu/`: indicators by place, targets paired with results. */
export const getIndicatorIndex = async () => indicatorIndex(await getCorpus());
/** Ids of `/chi-tieu/<id>/`. */
export const getIndicatorIds = async () => indicatorIds(await getCorpus());
/** Data of `/chi-tieu/<id>/`. */
export const getIndicatorPage = async (id: string) => indicatorPage(await getCorpus(), id);
/** Indicators with a figure from one document (document page). */
export const getDocumentIndicators = async (id: string) => documentIndicators(await getCorpus(), id);
/** Indicators of one place (place page). */
export const getPlaceIndicators = async (id: string) => placeIndicators(await getCorpus(), id);
let dataFilesPromise: Promise<DataFile[]> | undefined;
/** The open-data files of `/du-lieu/`, built once per build from the same corpus as the pages. */
export function getDataFiles(): Promise<DataFile[]> {
  dataFilesPromise ??= getCorpus().then((corpus) => dataFiles(corpus, buildDate()));
  return dataFilesPromise;
}
/** The zip of every open-data file, with the licence note `readme`. */
export const getDataBundle = async (readme: string) => bundle(await getDataFiles(), readme);
/** One document's own JSON and CSV (`/du-lieu/van-ban/<id>.json`). */
export const getDocumentData = async (id: string) => documentData(await getCorpus(), id, buildDate());
/** The Atom feed of documents of the site, a place or an agency; `site` is the site's URL. */
export const getAtom = async (scope: FeedScope, site: URL) => scopeAtom(await getCorpus(), scope, site, buildDate());
/** The iCalendar file of deadlines of the site, a place or an agency. */
export const getCalendar = async (scope: FeedScope, site: URL) => scopeCalendar(await getCorpus(), scope, site, buildDate());
/** Data of `/thay-doi/`: the content's git history, read once per build. */
export const getChanges = async () =>
  changesView(await getCorpus(), readContentHistory(process.cwd(), process.env.KHM_CONTENT_DIR ?? 'content'));
/** The Atom feed of `/thay-doi/`. */
export const getChangesFeed = async (site: URL) => changesAtom(await getChanges(), site, buildDate());
