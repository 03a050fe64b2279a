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
import {
  AGENCIES_PER_PAGE,
  DOCUMENTS_PER_PAGE,
  INDICATORS_PER_PAGE,
  REFERENCES_PER_PAGE,
  SCORECARD_ROWS_PER_PAGE,
  pageNumbers,
  pageOf,
  pageOfGroups,
  pageParam,
  pageSegment,
} from './paginate.ts';
import { commitmentView } from './commitment-view.ts';
import { documentsByDate, documentView } from './document-view.ts';
import { textLayout } from './text-view.ts';
import {
  agencyScorecard,
  placeScorecard,
  scorecardRows,
  sortScorecardRows,
  themeScorecard,
  DEFAULT_SCORECARD_SORT,
  type ScorecardSort,
} from '../status/scorecard-view.ts';
import { bundle, dataFiles, documentData, type DataFile } from '../open-data/files.ts';
import { readContentHistory } from '../changes/history.ts';
import { changesAtom, changesView } from '../changes/view.ts';
import { scopeAtom, scopeCalendar, type FeedScope } from '../feeds/scopes.ts';
import {
  documentIndicators,
  indicatorIndex,
  indicatorPage,
  indicatorPaths,
  placeIndicators,
  type IndicatorIndex,
} from '../indicators/views.ts';
import { must } from './lookup.ts';
import {
  documentsMentioning,
  MENTIONS_PREVIEW,
  placeTimeline,
  themeAgencies,
  THEME_AGENCIES_PREVIEW,
  TIMELINE_PREVIEW,
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
export { pageParam, TIMELINE_PREVIEW, MENTIONS_PREVIEW, THEME_AGENCIES_PREVIEW };
/** Indicator rows a place page shows itself; all are on `/chi-tieu/`, on the page that holds the place. */
export const PLACE_INDICATORS_PREVIEW = 40;

/** Paths of `/van-ban/<id>/` and the further pages of its text (`page` undefined for page 1, else `trang-<n>`). */
export async function getDocumentPaths(): Promise<{ id: string; page: string | undefined }[]> {
  const corpus = await getCorpus();
  return [...corpus.documents.keys()].flatMap((id) => textLayout(corpus, id).starts.map((_, i) => ({ id, page: pageSegment(i + 1) })));
}
/** Data of `/van-ban/<id>/` (page 1) or `/van-ban/<id>/trang-<n>/`. */
export const getDocumentPage = async (id: string, page = 1) => documentView(await getCorpus(), id, page);
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
/** Paths of `/dia-phuong/<id>/van-ban/` (places with more documents than their page shows) and its further pages. */
export const getPlaceDocumentPaths = async () => documentListPaths('places', placeTimeline, TIMELINE_PREVIEW);
/** Page `page` of `/dia-phuong/<id>/van-ban/`: the place's documents, oldest first. */
export async function getPlaceDocumentsPage(id: string, page: number) {
  const corpus = await getCorpus();
  return { place: must(corpus.places, id, 'places'), ...pageOf(placeTimeline(corpus, id), page, DOCUMENTS_PER_PAGE) };
}
/** Paths of `/trich-dan/<id>/van-ban/` (cited documents named in more documents than their page shows) and its further pages. */
export const getReferenceDocumentPaths = async () =>
  documentListPaths('references', (corpus, id) => documentsMentioning(corpus, must(corpus.references, id, 'references')), MENTIONS_PREVIEW);
/** Page `page` of `/trich-dan/<id>/van-ban/`: the documents that name it, newest first. */
export async function getReferenceDocumentsPage(id: string, page: number) {
  const corpus = await getCorpus();
  const reference = must(corpus.references, id, 'references');
  return { reference, ...pageOf(documentsByDate(documentsMentioning(corpus, reference)), page, DOCUMENTS_PER_PAGE) };
}
/** Paths of a list of documents under each entry of `collection` that has more than `preview` of them. */
async function documentListPaths(
  collection: 'places' | 'references',
  documentsOf: (corpus: Corpus, id: string) => readonly unknown[],
  preview: number,
) {
  const corpus = await getCorpus();
  return [...corpus[collection].keys()].flatMap((id) => {
    const count = documentsOf(corpus, id).length;
    return count > preview ? pageNumbers(count, DOCUMENTS_PER_PAGE).map((page) => ({ id, page: pageSegment(page) })) : [];
  });
}
/** Paths of `/chu-de/<id>/co-quan/` (themes with more agencies than their page shows) and its further pages. */
export async function getThemeAgencyPaths() {
  const corpus = await getCorpus();
  return [...corpus.themes.keys()].flatMap((id) => {
    const count = themeAgencies(corpus, id).length;
    return count > THEME_AGENCIES_PREVIEW ? pageNumbers(count, AGENCIES_PER_PAGE).map((page) => ({ id, page: pageSegment(page) })) : [];
  });
}
/** Page `page` of `/chu-de/<id>/co-quan/`: the theme's agencies, most leads first. */
export async function getThemeAgenciesPage(id: string, page: number) {
  const corpus = await getCorpus();
  return { theme: must(corpus.themes, id, 'themes'), ...pageOf(themeAgencies(corpus, id), page, AGENCIES_PER_PAGE) };
}
/** Data of `/dia-phuong/`: places under the province they belong to since 2025. */
export const getPlaceList = async () => provinceGroups(await getCorpus());
/** Data of `/trich-dan/<id>/`. */
export const getReferencePage = async (id: string, page = 1) => referenceView(await getCorpus(), id, page);
let referenceListPromise: Promise<ReturnType<typeof referenceRows>> | undefined;
/** Data of `/trich-dan/` (once per build: every page of the list reads it). */
export function getReferenceList() {
  referenceListPromise ??= getCorpus().then(referenceRows);
  return referenceListPromise;
}
/** Paths of `/trich-dan/` and its further pages. */
export const getReferenceListPaths = async () => pageNumbers((await getReferenceList()).length, REFERENCES_PER_PAGE).map(pageSegment);
/** Page `page` of `/trich-dan/`. */
export const getReferenceListPage = async (page: number) => pageOf(await getReferenceList(), page, REFERENCES_PER_PAGE);
/** Data of `/`. */
export const getHome = async () => homeView(await getCorpus(), buildDate());
let scorecardPromise: Promise<ReturnType<typeof scorecardRows>> | undefined;
const sortedScorecards = new Map<ScorecardSort, Promise<ReturnType<typeof sortScorecardRows>>>();
/** Data of `/co-quan/theo-tien-do/<sort>/`: every agency's scorecards in that order (once per order and build). */
export function getScorecardTable(sort: ScorecardSort) {
  scorecardPromise ??= getCorpus().then((corpus) => scorecardRows(corpus, buildDate()));
  if (!sortedScorecards.has(sort))
    sortedScorecards.set(
      sort,
      scorecardPromise.then((rows) => sortScorecardRows(rows, sort)),
    );
  return sortedScorecards.get(sort)!;
}
/** Page numbers of the scorecard table (the same in every order). */
export const getScorecardPages = async () => pageNumbers((await getScorecardTable(DEFAULT_SCORECARD_SORT)).length, SCORECARD_ROWS_PER_PAGE);
/** Page `page` of `/co-quan/theo-tien-do/<sort>/`. */
export const getScorecardPage = async (sort: ScorecardSort, page: number) =>
  pageOf(await getScorecardTable(sort), page, SCORECARD_ROWS_PER_PAGE);
/** Scorecards (lead, partner) of the agency page. */
export const getAgencyScorecard = async (id: string) => agencyScorecard(await getCorpus(), id, buildDate());
/** Counts by derived state for a place page. */
export const getPlaceScorecard = async (id: string) => placeScorecard(await getCorpus(), id, buildDate());
/** Counts by derived state for a theme page. */
export const getThemeScorecard = async (id: string) => themeScorecard(await getCorpus(), id, buildDate());
let indicatorIndexPromise: Promise<IndicatorIndex> | undefined;
/** Data of `/chi-tieu/`: indicators by place, targets paired with results (once per build). */
export function getIndicatorIndex() {
  indicatorIndexPromise ??= getCorpus().then(indicatorIndex);
  return indicatorIndexPromise;
}
/** The rows of `/chi-tieu/` as one list: indicator rows under their place, then other figures under their document. */
type IndicatorGroup = { places: IndicatorIndex['places'][number] } | { others: IndicatorIndex['others'][number] };
const indicatorGroups = (index: IndicatorIndex): IndicatorGroup[] => [
  ...index.places.map((places) => ({ places })),
  ...index.others.map((others) => ({ others })),
];
const groupRows = (g: IndicatorGroup): readonly unknown[] => ('places' in g ? g.places.rows : g.others.figures);
/** Paths of `/chi-tieu/` and its further pages. */
export const getIndicatorIndexPaths = async () =>
  pageNumbers(
    indicatorGroups(await getIndicatorIndex()).reduce((n, g) => n + groupRows(g).length, 0),
    INDICATORS_PER_PAGE,
  ).map(pageSegment);
/** Page `page` of `/chi-tieu/`: its indicator rows by place and its other figures by document, and the counts of the whole index. */
export async function getIndicatorIndexPage(page: number) {
  const index = await getIndicatorIndex();
  const { groups, pager } = pageOfGroups(
    indicatorGroups(index),
    groupRows,
    (g, rows) =>
      'places' in g
        ? { places: { ...g.places, rows: rows as typeof g.places.rows } }
        : { others: { ...g.others, figures: rows as typeof g.others.figures } },
    page,
    INDICATORS_PER_PAGE,
  );
  return {
    counts: index.counts,
    places: groups.flatMap((g) => ('places' in g ? [g.places] : [])),
    others: groups.flatMap((g) => ('others' in g ? [g.others] : [])),
    pager,
  };
}
/** Ids of `/chi-tieu/<id>/`. */
/** Data of `/chi-tieu/<id>/`. */
export const getIndicatorPage = async (id: string, page = 1) => indicatorPage(await getCorpus(), id, page);
/** Paths of `/chi-tieu/<id>/` and its further pages. */
export const getIndicatorPaths = async () => indicatorPaths(await getCorpus());
/** Indicators with a figure from one document (document page). */
export const getDocumentIndicators = async (id: string) => documentIndicators(await getCorpus(), id);
/** Indicators of one place (place page). */
export const getPlaceIndicators = async (id: string) => placeIndicators(await getCorpus(), id);
/** The page of `/chi-tieu/` on which place `id`'s indicators start (1 when it has none). */
export async function getPlaceIndicatorsPage(id: string): Promise<number> {
  let before = 0;
  for (const group of indicatorGroups(await getIndicatorIndex())) {
    if ('places' in group && group.places.place?.id === id) return Math.floor(before / INDICATORS_PER_PAGE) + 1;
    before += groupRows(group).length;
  }
  return 1;
}
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
