/**
 * The site's one data-access module. Pages call these functions and nothing else
 * touches the content collections: the corpus is loaded once per build, every
 * relation is checked (a dangling id fails the build), and the pure views in this
 * folder shape what each page shows.
 */
import { getCollection } from 'astro:content';
import { COLLECTIONS, collectionNames } from '../../schemas/index.ts';
import { buildCorpus, type Corpus, type RawCollections } from './corpus.ts';
import { agenciesByKind, agenciesByWorkload, agencyRows, agencyView } from './agency-view.ts';
import { commitmentView } from './commitment-view.ts';
import { documentsByDate, documentView } from './document-view.ts';
import {
  figuresByDocument,
  homeView,
  placeView,
  provinceGroups,
  referenceRows,
  referenceView,
  themeRows,
  themeView,
} from './topic-views.ts';

export * from './format.ts';
export type * from './corpus.ts';
export type { DeadlineItem, CommitmentSummary, CommitmentGroup, NamedAgency } from './lookup.ts';
export type { TocNode, AgencyInvolvement, CitedReference, DocumentView } from './document-view.ts';
export type { CommitmentView } from './commitment-view.ts';
export type { AgencyView, AgencyRow, AgencyKindGroup } from './agency-view.ts';
export type { ThemeView, PlaceView, ReferenceView, FiguresGroup, HomeView, DocumentGroup, ProvinceGroup } from './topic-views.ts';
export type { TimingItem } from './timing-view.ts';
export type { SuccessionStep, PlaceChange, Attribution, Predecessor } from './succession-view.ts';

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

/** Today's date at build time (ISO), which splits upcoming from past deadlines. */
export function buildDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Ids of a collection, for getStaticPaths. */
export async function idsOf(collection: keyof Corpus): Promise<string[]> {
  return [...(await getCorpus())[collection].keys()];
}

/** Data of `/van-ban/<id>/`. */
export const getDocumentPage = async (id: string) => documentView(await getCorpus(), id);
/** Data of `/van-ban/`: documents newest first. */
export const getDocumentList = async () => documentsByDate([...(await getCorpus()).documents.values()]);
/** Data of `/cam-ket/<id>/`. */
export const getCommitmentPage = async (id: string) => commitmentView(await getCorpus(), id);
/** Data of `/co-quan/<id>/`. */
export const getAgencyPage = async (id: string) => agencyView(await getCorpus(), id, buildDate());
/** Data of `/co-quan/`: rows by name, grouped by kind, and sorted by workload. */
export async function getAgencyList() {
  const rows = agencyRows(await getCorpus());
  return { rows, byKind: agenciesByKind(rows), byWorkload: agenciesByWorkload(rows) };
}
/** Data of `/chu-de/<id>/`. */
export const getThemePage = async (id: string) => themeView(await getCorpus(), id);
/** Data of `/chu-de/`. */
export const getThemeList = async () => themeRows(await getCorpus());
/** Data of `/dia-phuong/<id>/`. */
export const getPlacePage = async (id: string) => placeView(await getCorpus(), id, buildDate());
/** Data of `/dia-phuong/`: places under the province they belong to since 2025. */
export const getPlaceList = async () => provinceGroups(await getCorpus());
/** Data of `/trich-dan/<id>/`. */
export const getReferencePage = async (id: string) => referenceView(await getCorpus(), id);
/** Data of `/trich-dan/`. */
export const getReferenceList = async () => referenceRows(await getCorpus());
/** Data of `/chi-tieu/`. */
export const getFigures = async () => figuresByDocument(await getCorpus());
/** Data of `/`. */
export const getHome = async () => homeView(await getCorpus(), buildDate());
