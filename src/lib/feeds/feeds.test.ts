/**
 * Calendars and feeds from the seeds plus commitments with the converter's new `timing`:
 * a limit is an all-day event, a recurrence an RRULE (read back with node-ical), continuous
 * work no event; the Atom feed is valid XML (fast-xml-parser) with one entry per document.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CommitmentEntry, type Corpus } from '../data/corpus.ts';
import { readCorpusDir } from '../data/read-corpus.ts';
import { documentsAtom } from './atom.ts';
import { deadlineCalendar } from './ics.ts';

const seeds = buildCorpus(readCorpusDir('content'));
const site = new URL('https://ke-hoach-mo.example.vn/');
const base = [...seeds.commitments.values()].find((c) => c.document === 'ca-mau-2023-01-ctr-01-ubnd')!;
const timed = (id: string, timing: CommitmentEntry['timing']): CommitmentEntry => ({ ...base, id, deadlines: [], timing });
const tasks = [
  timed('t-by', [{ text: 'trước ngày 15/12/2023', kind: 'by', date: '2023-12-15' }]),
  timed('t-quarter', [{ text: 'trong quý III năm 2023', kind: 'in', date: '2023-07-01', end: '2023-09-30' }]),
  timed('t-yearly', [{ text: 'hằng năm', kind: 'recurring', recurrence: 'yearly' }]),
  timed('t-quarterly', [{ text: 'hằng quý', kind: 'recurring', recurrence: 'quarterly' }]),
  timed('t-continuous', [{ text: 'thường xuyên', kind: 'recurring', recurrence: 'continuous' }]),
];
const corpus: Corpus = { ...seeds, commitments: new Map(tasks.map((t) => [t.id, t])) };

describe('the deadline calendar', () => {
  const events = Object.values(ical.sync.parseICS(deadlineCalendar('Thử', corpus, tasks, site, '2026-12-01'))).filter(
    (e) => e?.type === 'VEVENT',
  ) as ical.VEvent[];
  const byUid = (prefix: string) => events.filter((e) => e.uid.startsWith(prefix));

  it('puts a limit, and the end of a period, on its day as an all-day event', () => {
    expect(byUid('t-by-')[0]!.start.toISOString().slice(0, 10)).toBe('2023-12-15');
    expect(byUid('t-quarter-')[0]!.start.toISOString().slice(0, 10)).toBe('2023-09-30');
    expect(byUid('t-by-')[0]!.datetype).toBe('date');
  });

  it('repeats a yearly or quarterly task with an RRULE from the document date to the end of its period', () => {
    const yearly = byUid('t-yearly-')[0]!;
    expect(yearly.rrule?.toString()).toMatch(/FREQ=YEARLY/);
    expect(yearly.start.toISOString().slice(0, 10)).toBe('2023-01-19');
    const quarterly = byUid('t-quarterly-')[0]!.rrule!.toString();
    expect(quarterly).toMatch(/FREQ=MONTHLY/);
    expect(quarterly).toMatch(/INTERVAL=3/);
    expect(quarterly).toMatch(/UNTIL=20231231/);
  });

  it('leaves continuous work out: it has no day to put in a calendar', () => {
    expect(byUid('t-continuous-')).toEqual([]);
    expect(events).toHaveLength(4);
  });
});

describe('the Atom feed', () => {
  it('is valid Atom with one entry per document, newest first, undated ones under the day they were added', () => {
    const documents = [...seeds.documents.values()];
    const xml = documentsAtom(
      { title: 'Văn bản mới', page: '/van-ban/', self: '/van-ban/atom.xml' },
      documents,
      site,
      '2026-12-01',
      () => '2026-11-21',
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(xml).feed as {
      entry: { updated: string; id: string }[];
      updated: string;
    };
    expect(feed.entry).toHaveLength(documents.length);
    const dates = feed.entry.map((e) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed.updated).toBe(dates[0]);
    expect(feed.entry.every((e) => e.id.startsWith('https://ke-hoach-mo.example.vn/van-ban/'))).toBe(true);
  });
});
