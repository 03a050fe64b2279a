/**
 * Feeds, calendars, the sitemap and robots.txt over dist/, each read with a real parser
 * (fast-xml-parser for Atom and the sitemap, node-ical for iCalendar), and the
 * `<link rel="alternate">` of the pages they belong to.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { readCorpusDir } from '../../src/lib/data/read-corpus.ts';
import { DIST } from '../support/static-server.ts';
import { builtPages, pagesUnder } from '../site/dist-pages.ts';

const raw = readCorpusDir(process.env.KHM_CONTENT_DIR ?? 'content');
const pages = builtPages();
const paths = new Set(pages.map((p) => p.urlPath));
const text = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name) });

function atom(file: string) {
  const body = text(file);
  expect(XMLValidator.validate(body), file).toBe(true);
  return xml.parse(body).feed as {
    title: string;
    updated: string;
    entry?: { id: string; title: string; link: { '@_href': string }[]; updated: string }[];
  };
}
const localPath = (href: string) => new URL(href).pathname;

describe('Atom feeds of documents', () => {
  it('lists every document in the site feed, newest first, each linking to its page', () => {
    const feed = atom('van-ban/atom.xml');
    expect(feed.entry).toHaveLength(raw.documents.length);
    for (const entry of feed.entry!) expect(paths.has(localPath(entry.link[0]!['@_href']))).toBe(true);
    const dates = feed.entry!.map((e) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("lists a place's documents in its feed", () => {
    for (const place of raw.places) {
      const feed = atom(`dia-phuong/${place.id}/atom.xml`);
      const own = raw.documents.filter((d) => (d.data as { place: { id: string } | null }).place?.id === place.id);
      expect(feed.entry ?? []).toHaveLength(own.length);
    }
  });

  it('gives every agency a valid feed of the documents it has tasks in or issued', () => {
    for (const agency of raw.agencies) {
      const feed = atom(`co-quan/${agency.id}/atom.xml`);
      for (const entry of feed.entry ?? []) expect(localPath(entry.id).startsWith('/van-ban/')).toBe(true);
    }
  });
});

describe('iCalendar files of deadlines', () => {
  type Timing = { kind: string; date?: string | null; end?: string | null; recurrence?: string | null };
  /** Dated limits of the content: a timing item with a due day, or (older content) a deadline. */
  const deadlines = (ids: Set<string> | null) =>
    raw.commitments
      .filter((c) => !ids || ids.has(c.id))
      .reduce((n, c) => {
        const { deadlines, timing } = c.data as { deadlines: unknown[]; timing?: Timing[] };
        if (!timing?.length) return n + deadlines.length;
        return (
          n + timing.filter((t) => (t.kind === 'by' ? t.date : t.kind === 'in' || t.kind === 'during' ? (t.end ?? t.date) : null)).length
        );
      }, 0);

  it('has one event per dated deadline in the site calendar, each linking to its commitment page', () => {
    const events = Object.values(ical.sync.parseICS(text('lich/thoi-han.ics'))).filter((e) => e?.type === 'VEVENT');
    // Recurring work ("hằng quý") is one repeating event; every other event is one dated limit.
    expect(events.filter((e) => !(e as { rrule?: unknown }).rrule).length).toBe(deadlines(null));
    for (const event of events) {
      const link = (event as { url?: { val: string } | string }).url;
      expect(paths.has(localPath(typeof link === 'string' ? link : link!.val))).toBe(true);
      expect((event as { datetype?: string }).datetype).toBe('date');
    }
  });

  it("has the place's and the agency's deadlines in their calendars", () => {
    for (const agency of raw.agencies.slice(0, 10)) {
      const mine = new Set(
        raw.commitments
          .filter((c) => {
            const d = c.data as { lead: { id: string }[] | string[]; partners: { id: string }[] | string[] };
            const ids = [...d.lead, ...d.partners].map((r) => (typeof r === 'string' ? r : r.id));
            return ids.includes(agency.id);
          })
          .map((c) => c.id),
      );
      const events = Object.values(ical.sync.parseICS(text(`co-quan/${agency.id}/thoi-han.ics`))).filter(
        (e) => e?.type === 'VEVENT' && !(e as { rrule?: unknown }).rrule,
      );
      expect(events.length, agency.id).toBe(deadlines(mine));
    }
  });
});

describe('sitemap, robots.txt and alternate links', () => {
  it('lists every page once in a valid sitemap, the 404 page and the other table orders aside', () => {
    const index = text('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const files = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((s) => localPath(s.loc));
    const urls = files.flatMap((file) => (xml.parse(text(file.slice(1))).urlset.url as { loc: string }[]).map((u) => localPath(u.loc)));
    const expected = pages.map((p) => p.urlPath).filter((p) => p !== '/404.html' && !/^\/co-quan\/theo-tien-do\/[^/]+\/$/.test(p));
    expect(urls.sort()).toEqual(expected.sort());
  });

  it('points robots.txt at the sitemap', () => {
    expect(text('robots.txt')).toMatch(/^Sitemap: http.*\/sitemap-index\.xml$/m);
  });

  it('names the feed and calendar of the home, document list, place, agency and changes pages in <link rel="alternate">', () => {
    const alternates = (html: string) =>
      [...html.matchAll(/<link rel="alternate" type="([^"]+)"[^>]*href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    const sample = [
      '/',
      '/van-ban/',
      pagesUnder(pages, '/dia-phuong/')[0]!.urlPath,
      pagesUnder(pages, '/co-quan/').find((p) => /^\/co-quan\/[^/]+\/$/.test(p.urlPath) && !p.urlPath.includes('theo-'))!.urlPath,
      '/thay-doi/',
    ];
    for (const urlPath of sample) {
      const links = alternates(pages.find((p) => p.urlPath === urlPath)!.html);
      expect(
        links.some(([type]) => type === 'application/atom+xml'),
        urlPath,
      ).toBe(true);
      for (const [, href] of links) expect(existsSync(path.join(DIST, href!)), `${urlPath} → ${href}`).toBe(true);
    }
  });

  it('publishes the changes page and its feed, saying when the history is not available', () => {
    const feed = atom('thay-doi/atom.xml');
    const html = pages.find((p) => p.urlPath === '/thay-doi/')!.html;
    if ((feed.entry ?? []).length === 0) expect(html).toMatch(/không có lịch sử|Chưa có thay đổi/);
    // Each entry is one day of changes, anchored on the page.
    for (const entry of feed.entry ?? []) expect(html).toContain(`id="${new URL(entry.id).hash.slice(1)}"`);
  });
});
