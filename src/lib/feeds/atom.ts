/**
 * Atom feeds of documents (site-wide, per place, per agency), written by the `feed` library.
 * Entries are newest first; the feed's `updated` is its newest entry's date, so the same
 * content gives the same file on every build.
 */
import { Feed } from 'feed';
import type { Corpus, DocumentEntry } from '../data/corpus.ts';
import { documentsByDate, documentTitle } from '../data/document-view.ts';
import { corpusIndex, listOf } from '../data/corpus-index.ts';
import { t } from '../../i18n/vi.ts';
import { documentUrl } from '../urls.ts';

/** What one feed says about itself. */
export interface FeedSpec {
  title: string;
  /** Path of the page the feed belongs to, e.g. "/dia-phuong/ca-mau/". */
  page: string;
  /** Path of the feed itself, e.g. "/dia-phuong/ca-mau/atom.xml". */
  self: string;
}

/** The date an entry is filed under: issue date, else publication date; null when neither is known. */
export const entryDate = (doc: DocumentEntry): string | null => doc.issued ?? doc.source.published ?? null;

/** Documents of a place, newest first. */
export function placeDocuments(corpus: Corpus, placeId: string): DocumentEntry[] {
  return documentsByDate(listOf(corpusIndex(corpus).documentsOfPlace, placeId));
}

/** Documents an agency issued or has a task in, newest first. */
export function agencyDocuments(corpus: Corpus, agencyId: string): DocumentEntry[] {
  const index = corpusIndex(corpus);
  const withTasks = new Set(
    [...listOf(index.commitmentsLedBy, agencyId), ...listOf(index.commitmentsSupportedBy, agencyId)].map((c) => c.document),
  );
  const documents = new Map(
    [...listOf(index.documentsIssuedBy, agencyId), ...[...withTasks].map((id) => corpus.documents.get(id)!)].map((d) => [d.id, d]),
  );
  // Documents are in id order in the corpus; ties of the date order keep it.
  return documentsByDate([...documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/**
 * The Atom XML of `documents`, newest entry first; `site` is the site's origin with its base.
 * A document without an issue or publication date is filed under `addedOn(doc)` (the day
 * its file last changed on the site), and a feed without entries under `today`.
 */
export function documentsAtom(
  spec: FeedSpec,
  documents: readonly DocumentEntry[],
  site: URL,
  today: string,
  addedOn: (doc: DocumentEntry) => string,
): string {
  const absolute = (path: string) => new URL(path, site).href;
  const dated = documents
    .map((doc) => ({ doc, date: entryDate(doc) ?? addedOn(doc) }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const newest = dated[0]?.date ?? today;
  const feed = new Feed({
    title: `${spec.title} — ${t('site.name')}`,
    description: t('feed.description'),
    id: absolute(spec.self),
    link: absolute(spec.page),
    language: 'vi',
    updated: new Date(`${newest}T00:00:00Z`),
    generator: t('site.name'),
    copyright: t('feed.copyright'),
    feedLinks: { atom: absolute(spec.self) },
  });
  for (const { doc, date } of dated) {
    feed.addItem({
      title: doc.number ? `${documentTitle(doc)}: ${doc.title}` : doc.title,
      id: absolute(documentUrl(doc.id)),
      link: absolute(documentUrl(doc.id)),
      date: new Date(`${date}T00:00:00Z`),
      description: [doc.issuer, doc.type].filter(Boolean).join(' · '),
      author: doc.issuer ? [{ name: doc.issuer }] : undefined,
    });
  }
  return feed.atom1();
}
