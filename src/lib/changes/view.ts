/** What `/thay-doi/` and its feed show: the days on which content changed, newest first, each with a summary in words. */
import { Feed } from 'feed';
import { t, tf } from '../../i18n/vi.ts';
import type { Corpus } from '../data/corpus.ts';
import { documentTitle } from '../data/document-view.ts';
import { formatDate } from '../data/format.ts';
import { excerpt } from '../text.ts';
import { url } from '../urls.ts';
import { changesByDay, changesOf, type ChangeDay } from './diff.ts';
import type { ContentHistory } from './history.ts';

export interface ChangesView {
  available: boolean;
  /** Why there is no history ('shallow': a clone without history; 'no-git': not a git checkout). */
  reason: 'shallow' | 'no-git' | null;
  days: ChangeDay[];
  /** Entries that still have a page, with the words their line shows (a document's title, a commitment's opening). */
  live: { documents: Map<string, string>; commitments: Map<string, string> };
}

/** The view of `history` against the current corpus. */
export function changesView(corpus: Corpus, history: ContentHistory): ChangesView {
  const live = {
    documents: new Map([...corpus.documents.values()].map((d) => [d.id, documentTitle(d)])),
    commitments: new Map([...corpus.commitments.values()].map((c) => [c.id, excerpt(c.text, 100)])),
  };
  if (!history.available) return { available: false, reason: history.reason, days: [], live };
  return { available: true, reason: null, days: changesByDay(changesOf(history.commits, history.read)), live };
}

/** "2 văn bản mới, 3 nhiệm vụ hoàn thành, 1 thời hạn lùi". */
export function daySummary(day: ChangeDay): string {
  const parts: [number, Parameters<typeof tf>[0]][] = [
    [day.counts.documents, 'changes.count.documents'],
    [day.counts.completed, 'changes.count.completed'],
    [day.counts.otherStatus, 'changes.count.otherStatus'],
    [day.counts.later, 'changes.count.later'],
    [day.counts.earlier, 'changes.count.earlier'],
    [day.counts.dueOther, 'changes.count.dueOther'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, key]) => tf(key, { n }))
    .join(', ');
}

/** The Atom feed of `/thay-doi/`: one entry per day of changes. */
export function changesAtom(view: ChangesView, site: URL, today: string): string {
  const absolute = (path: string) => new URL(path, site).href;
  const newest = view.days[0]?.date ?? today;
  const feed = new Feed({
    title: `${t('changes.title')} — ${t('site.name')}`,
    description: t('changes.intro'),
    id: absolute(url('thay-doi/atom.xml')),
    link: absolute(url('thay-doi/')),
    language: 'vi',
    updated: new Date(`${newest}T00:00:00Z`),
    generator: t('site.name'),
    copyright: t('feed.copyright'),
  });
  for (const day of view.days) {
    feed.addItem({
      title: `${formatDate(day.date)}: ${daySummary(day)}`,
      id: absolute(url(`thay-doi/#ngay-${day.date}`)),
      link: absolute(url(`thay-doi/#ngay-${day.date}`)),
      date: new Date(`${day.date}T00:00:00Z`),
      description: daySummary(day),
    });
  }
  return feed.atom1();
}
