/**
 * iCalendar files of commitment deadlines (site-wide, per place, per agency), written by
 * ical-generator. A dated limit is an all-day event on its due date; a recurring timing
 * ("hằng năm", "hằng quý") is an event repeating with an RRULE from the document's date,
 * until the end of the document's period when it has one. Continuous work ("thường
 * xuyên") has no date to put in a calendar and is left out.
 */
import icalGenerator, { ICalEventRepeatingFreq } from 'ical-generator';
import type { Corpus, CommitmentEntry } from '../data/corpus.ts';
import { pick } from '../data/lookup.ts';
import { corpusIndex, listOf } from '../data/corpus-index.ts';
import { dueOf, timingOf, type Recurrence } from '../status/timing.ts';
import { excerpt } from '../text.ts';
import { t } from '../../i18n/vi.ts';
import { commitmentUrl } from '../urls.ts';

const FREQUENCY: Record<Exclude<Recurrence, 'continuous'>, { freq: ICalEventRepeatingFreq; interval: number }> = {
  yearly: { freq: ICalEventRepeatingFreq.YEARLY, interval: 1 },
  quarterly: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 3 },
  monthly: { freq: ICalEventRepeatingFreq.MONTHLY, interval: 1 },
  weekly: { freq: ICalEventRepeatingFreq.WEEKLY, interval: 1 },
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Commitments of the documents of a place. */
export function placeCommitments(corpus: Corpus, placeId: string): CommitmentEntry[] {
  return [...listOf(corpusIndex(corpus).commitmentsOfPlace, placeId)];
}

/** Commitments an agency leads or supports. */
export function agencyCommitments(corpus: Corpus, agencyId: string): CommitmentEntry[] {
  const index = corpusIndex(corpus);
  const mine = new Map(
    [...listOf(index.commitmentsLedBy, agencyId), ...listOf(index.commitmentsSupportedBy, agencyId)].map((c) => [c.id, c]),
  );
  // Corpus order, as a filter over the whole collection gives it.
  return [...mine.values()].sort((a, b) => index.position.get(a.id)! - index.position.get(b.id)!);
}

/** The calendar of `commitments`' deadlines; `stamp` (ISO, the build date) is every event's DTSTAMP. */
export function deadlineCalendar(name: string, corpus: Corpus, commitments: readonly CommitmentEntry[], site: URL, stamp: string): string {
  const calendar = icalGenerator({
    name: `${name} — ${t('site.name')}`,
    prodId: { company: 'ke-hoach-mo', product: 'thoi-han', language: 'VI' },
  });
  for (const commitment of commitments) {
    const doc = corpus.documents.get(commitment.document);
    const lead = pick(corpus.agencies, commitment.lead).map((a) => a.name);
    const link = new URL(commitmentUrl(commitment.id), site).href;
    const description = [commitment.text, lead.length ? `${t('commitment.lead')}: ${lead.join(', ')}` : '', link]
      .filter(Boolean)
      .join('\n\n');
    timingOf(commitment).forEach((item, n) => {
      const base = {
        id: `${commitment.id}-${n}@ke-hoach-mo`,
        summary: `${t('calendar.due')} ${excerpt(commitment.text, 90)}`,
        description: `${item.text}\n\n${description}`,
        url: link,
        allDay: true,
        stamp: day(stamp),
      };
      const due = dueOf(item);
      if (due) {
        calendar.createEvent({ ...base, start: day(due) });
        return;
      }
      if (item.kind !== 'recurring' || !item.recurrence || item.recurrence === 'continuous') return;
      const start = item.date ?? doc?.issued ?? doc?.source.published;
      if (!start) return;
      const end = (doc?.period ?? '').match(/(\d{4})\s*$/)?.[1];
      calendar.createEvent({
        ...base,
        summary: `${t('calendar.recurring')} ${excerpt(commitment.text, 90)}`,
        start: day(start),
        repeating: { ...FREQUENCY[item.recurrence], ...(end ? { until: day(`${end}-12-31`) } : {}) },
      });
    });
  }
  return calendar.toString();
}
