import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../support/static-server.ts';
import { readCorpusDir } from '../../src/lib/data/read-corpus.ts';
import { attributeValues, builtPages, pagesUnder } from './dist-pages.ts';

// The same content folder the build used (the fixture set when KHM_CONTENT_DIR points at it).
const raw = readCorpusDir(path.relative(process.cwd(), path.resolve(process.env.KHM_CONTENT_DIR ?? 'content')));
const pages = builtPages();
const paths = new Set(pages.map((p) => p.urlPath));
const commitmentPages = pagesUnder(pages, '/cam-ket/');
const documentPages = pagesUnder(pages, '/van-ban/');

describe('every entity has its page', () => {
  it.each([
    ['documents', '/van-ban/'],
    ['commitments', '/cam-ket/'],
    ['agencies', '/co-quan/'],
    ['themes', '/chu-de/'],
    ['places', '/dia-phuong/'],
    ['references', '/trich-dan/'],
  ] as const)('%s → %s<id>/', (collection, prefix) => {
    const missing = raw[collection].map((e) => `${prefix}${e.id}/`).filter((p) => !paths.has(p));
    expect(missing).toEqual([]);
  });
});

describe('page structure', () => {
  it('has exactly one h1 on every page', () => {
    const wrong = pages.filter((p) => (p.html.match(/<h1[\s>]/g) ?? []).length !== 1).map((p) => p.urlPath);
    expect(wrong).toEqual([]);
  });

  it('never skips a heading level going down (h2 → h4)', () => {
    const skips: string[] = [];
    for (const page of pages) {
      const levels = [...page.html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      levels.forEach((level, i) => {
        if (i > 0 && level > levels[i - 1]! + 1) skips.push(`${page.urlPath}: h${levels[i - 1]} → h${level}`);
      });
    }
    expect(skips.slice(0, 10)).toEqual([]);
  });

  it('marks the current page in breadcrumbs as nav > ol with aria-current', () => {
    for (const page of [...commitmentPages.slice(0, 3), ...documentPages.slice(0, 3)]) {
      expect(page.html).toMatch(/<nav class="breadcrumbs"[^>]*aria-label="[^"]+"[^>]*>\s*<ol/);
      expect(page.html).toMatch(/aria-current="page"/);
    }
  });

  it('puts data-pagefind-body only on the pages of one thing: commitment, document (each part of a long text), agency, theme, place, cited document', () => {
    const indexed = pages.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.urlPath);
    const oneThing = /^\/(?:(?:cam-ket|van-ban|co-quan|chu-de|dia-phuong|trich-dan)\/[^/]+\/|van-ban\/[^/]+\/trang-\d+\/)$/;
    expect(indexed.filter((p) => !oneThing.test(p))).toEqual([]);
    const kinds = ['agencies', 'themes', 'places', 'references'] as const;
    expect(indexed.length).toBe(commitmentPages.length + documentPages.length + kinds.reduce((n, k) => n + raw[k].length, 0));
  });

  it('never says a heading twice on a page: no repeated heading on the pages of one thing, no caption repeating a heading', () => {
    const repeats: string[] = [];
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    // Document pages are left out of the first rule: a verbatim text may repeat its own headings ("Nhiệm vụ" in each part).
    const onePerPage = /^\/(cam-ket|co-quan|dia-phuong|chu-de|trich-dan)\/[^/]+\/$|^\/$/;
    for (const page of pages) {
      const headings = [...page.html.matchAll(/<(h[1-6])[\s>][\s\S]*?<\/\1>/g)].map((m) => text(m[0]));
      const captions = [...page.html.matchAll(/<caption[\s>][\s\S]*?<\/caption>/g)].map((m) => text(m[0]));
      if (onePerPage.test(page.urlPath)) {
        const seen = new Set<string>();
        for (const heading of headings) {
          if (seen.has(heading)) repeats.push(`${page.urlPath}: heading "${heading}" twice`);
          seen.add(heading);
        }
      }
      for (const caption of captions) if (headings.includes(caption)) repeats.push(`${page.urlPath}: caption "${caption}" is a heading`);
    }
    expect(commitmentPages.length).toBeGreaterThan(0);
    expect(repeats.slice(0, 10)).toEqual([]);
  });

  it('shows dates as dd/mm/yyyy inside <time datetime="yyyy-mm-dd">', () => {
    const times = pages.flatMap((p) => [...p.html.matchAll(/<time datetime="([^"]+)"[^>]*>([^<]*)<\/time>/g)]);
    expect(times.length).toBeGreaterThan(0);
    for (const [, iso, shown] of times) {
      const [y, m, d] = (iso ?? '').split('-');
      expect(shown).toBe(`${d}/${m}/${y}`);
    }
  });

  it('says who answers for a commitment of an agency merged in 2025: the old body when it fell due before', () => {
    const agencies = new Map(
      raw.agencies.map((e) => [e.id, e.data as { name: string; successor: { change: string; effective: string } | null }]),
    );
    let checked = 0;
    for (const entry of raw.commitments) {
      const c = entry.data as { lead: { id: string }[]; deadlines: { date: string }[] };
      const lead = c.lead.map((ref) => agencies.get(ref.id)).find((a) => a?.successor && a.successor.change !== 'functions-moved');
      if (!lead) continue;
      const html = readFileSync(path.join(DIST, 'cam-ket', entry.id, 'index.html'), 'utf8');
      const before = c.deadlines.length > 0 && c.deadlines.every((d) => d.date < lead.successor!.effective);
      const section = /<section class="reorg"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(section, entry.id).toContain(lead.name);
      expect(section, entry.id).toContain(before ? 'nên việc được ghi cho' : 'phần việc còn lại từ đó thuộc');
      checked += 1;
    }
    expect(checked, 'commitments led by merged agencies').toBeGreaterThan(0);
  });

  it('shows "chưa có cập nhật" as the status of a commitment nobody has updated', () => {
    const fresh = raw.commitments.find((c) => (c.data as { status: string }).status === 'chua-cap-nhat');
    expect(fresh).toBeDefined();
    const html = readFileSync(path.join(DIST, 'cam-ket', fresh!.id, 'index.html'), 'utf8');
    // Derived at build time: "Chưa có cập nhật", or "Quá hạn, chưa có cập nhật" once its deadline passed.
    expect(html).toMatch(/[Cc]hưa có cập nhật/);
  });

  it('links footnotes both ways: each marker to its note, each note back to its first marker', () => {
    let notes = 0;
    for (const page of documentPages) {
      const hrefs = new Set(attributeValues(page.html, 'href'));
      const ids = new Set(attributeValues(page.html, 'id'));
      for (const id of ids) {
        if (!id.startsWith('fn-')) continue;
        const label = id.slice(3);
        if (!ids.has(`fnref-${label}`)) continue; // a note nobody cites has nowhere to go back to
        notes += 1;
        expect(hrefs.has(`#${id}`), `${page.urlPath} marker → #${id}`).toBe(true);
        expect(hrefs.has(`#fnref-${label}`), `${page.urlPath} note ${label} → #fnref-${label}`).toBe(true);
      }
    }
    expect(notes).toBeGreaterThan(0);
  });

  it('links every commitment page back to its highlighted place in the document text, on the page of a long text that holds it', () => {
    const byPath = new Map(pages.map((p) => [p.urlPath, p]));
    let onLaterPage = 0;
    for (const page of commitmentPages) {
      const id = page.urlPath.split('/')[2]!;
      const link = attributeValues(page.html, 'href').find((h) => h.endsWith(`#cam-ket-${id}`));
      expect(link, page.urlPath).toBeDefined();
      const [target, anchor] = link!.split('#') as [string, string];
      // Commitments whose text the converter could not find in the document are not highlighted: then page 1.
      if (!attributeValues(byPath.get(target)!.html, 'id').includes(anchor)) {
        expect(target, page.urlPath).toMatch(/^\/van-ban\/[^/]+\/$/);
        continue;
      }
      if (target.includes('/trang-')) onLaterPage += 1;
    }
    expect(onLaterPage, 'commitments of long texts link to their part').toBeGreaterThan(0);
  });

  it('lists related commitments one line each, a link to each, without repeating the lead agency they share', () => {
    let lists = 0;
    for (const page of commitmentPages) {
      const start = page.html.indexOf('id="lien-quan"');
      if (start < 0) continue;
      lists += 1;
      const section = page.html.slice(start, page.html.indexOf('</section>', start));
      const items = section.split('<li').slice(1);
      expect(items.length, page.urlPath).toBeGreaterThan(0);
      for (const item of items) expect(attributeValues(` ${item}`, 'href').filter((h) => h.startsWith('/cam-ket/'))).toHaveLength(1);
      expect(section).not.toContain('Cơ quan chủ trì');
    }
    expect(lists).toBeGreaterThan(0);
  });
});

describe('size budget', () => {
  it('keeps every commitment page under 30 KB of HTML + CSS, gzipped', () => {
    const sizes = commitmentPages.map((page) => {
      const css = attributeValues(page.html, 'href')
        .filter((href) => href.endsWith('.css'))
        .map((href) => readFileSync(path.join(DIST, href)));
      // Inline <style> blocks are part of the HTML already.
      return { page: page.urlPath, bytes: gzipSync(Buffer.concat([Buffer.from(page.html), ...css])).length };
    });
    expect(sizes.length).toBeGreaterThan(0);
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(largest.bytes, largest.page).toBeLessThan(30 * 1024);
  });
});
