/**
 * Which documents and deadlines each feed and calendar holds: the whole site, one place or
 * one agency; and the `<link rel="alternate">` entries of the pages they belong to.
 */
import type { Corpus } from '../data/corpus.ts';
import { documentsByDate } from '../data/document-view.ts';
import { must } from '../data/lookup.ts';
import { t } from '../../i18n/vi.ts';
import { lastUpdated } from '../git-info.ts';
import { agencyUrl, placeUrl, url } from '../urls.ts';
import { agencyDocuments, documentsAtom, placeDocuments } from './atom.ts';
import { agencyCommitments, deadlineCalendar, placeCommitments } from './ics.ts';

/** The whole site, one place or one agency. */
export type FeedScope = { kind: 'site' } | { kind: 'place'; id: string } | { kind: 'agency'; id: string };

/** Path of the page a scope's feeds belong to. */
export const scopePage = (scope: FeedScope): string =>
  scope.kind === 'site' ? url('van-ban/') : scope.kind === 'place' ? placeUrl(scope.id) : agencyUrl(scope.id);

/** `/van-ban/atom.xml`, `/dia-phuong/<id>/atom.xml`, `/co-quan/<id>/atom.xml`. */
export const atomUrl = (scope: FeedScope): string => `${scopePage(scope)}atom.xml`;

/** `/lich/thoi-han.ics`, `/dia-phuong/<id>/thoi-han.ics`, `/co-quan/<id>/thoi-han.ics`. */
export const calendarUrl = (scope: FeedScope): string =>
  scope.kind === 'site' ? url('lich/thoi-han.ics') : `${scopePage(scope)}thoi-han.ics`;

/** A `<link rel="alternate">` of a page, also shown as a visible link. */
export interface Alternate {
  href: string;
  type: 'application/atom+xml' | 'text/calendar';
  title: string;
}

/** The Atom feed and the calendar of a scope, as alternates of its page. */
export function scopeAlternates(scope: FeedScope): Alternate[] {
  return [
    { href: atomUrl(scope), type: 'application/atom+xml', title: t('feed.documents') },
    { href: calendarUrl(scope), type: 'text/calendar', title: t('feed.calendar') },
  ];
}

function scopeName(corpus: Corpus, scope: FeedScope): string {
  if (scope.kind === 'site') return t('site.name');
  return scope.kind === 'place' ? must(corpus.places, scope.id, 'places').full_name : must(corpus.agencies, scope.id, 'agencies').name;
}

/** The Atom feed of a scope's documents. */
export function scopeAtom(corpus: Corpus, scope: FeedScope, site: URL, today: string): string {
  const documents =
    scope.kind === 'site'
      ? documentsByDate([...corpus.documents.values()])
      : scope.kind === 'place'
        ? placeDocuments(corpus, scope.id)
        : agencyDocuments(corpus, scope.id);
  const title = scope.kind === 'site' ? t('feed.documents') : `${t('feed.documents')}: ${scopeName(corpus, scope)}`;
  return documentsAtom(
    { title, page: scopePage(scope), self: atomUrl(scope) },
    documents,
    site,
    today,
    (doc) => lastUpdated([doc.file]) ?? today,
  );
}

/** The calendar of a scope's deadlines. */
export function scopeCalendar(corpus: Corpus, scope: FeedScope, site: URL, today: string): string {
  const commitments =
    scope.kind === 'site'
      ? [...corpus.commitments.values()]
      : scope.kind === 'place'
        ? placeCommitments(corpus, scope.id)
        : agencyCommitments(corpus, scope.id);
  const name = scope.kind === 'site' ? t('feed.calendar') : `${t('feed.calendar')}: ${scopeName(corpus, scope)}`;
  return deadlineCalendar(name, corpus, commitments, site, today);
}
