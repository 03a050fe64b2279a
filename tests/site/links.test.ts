import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../support/static-server.ts';
import { attributeValues, builtPages } from './dist-pages.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.urlPath, p]));
const idsOf = new Map<string, Set<string>>();
const ids = (urlPath: string) => {
  let set = idsOf.get(urlPath);
  if (!set) {
    set = new Set(attributeValues(byPath.get(urlPath)?.html ?? '', 'id'));
    idsOf.set(urlPath, set);
  }
  return set;
};

/** Where an internal href lands: the page path (for anchors) or a static file, or null if nothing is there. */
function resolve(href: string, from: string): { page: string | null; exists: boolean; hash: string } {
  const target = new URL(href, `http://site${from}`);
  const hash = decodeURIComponent(target.hash.slice(1));
  const pathname = decodeURIComponent(target.pathname);
  if (byPath.has(pathname)) return { page: pathname, exists: true, hash };
  const file = path.join(DIST, pathname);
  return { page: null, exists: existsSync(file) && !pathname.endsWith('/'), hash };
}

describe('link check over dist/', () => {
  it('built the page kinds of the URL scheme', () => {
    for (const p of ['/', '/van-ban/', '/co-quan/', '/chu-de/', '/dia-phuong/', '/trich-dan/', '/chi-tieu/', '/404.html']) {
      expect(byPath.has(p), `${p} missing`).toBe(true);
    }
  });

  it('has no internal link or #anchor that points nowhere', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of new Set(attributeValues(page.html, 'href'))) {
        if (/^(https?:|mailto:|tel:|data:)/.test(href) && !href.startsWith('http://localhost')) continue;
        const target = resolve(href.replace(/^http:\/\/localhost:\d+/, ''), page.urlPath);
        if (!target.exists) {
          broken.push(`${page.urlPath} → ${href} (no such page)`);
          continue;
        }
        if (target.hash && target.page && !ids(target.page).has(target.hash))
          broken.push(`${page.urlPath} → ${href} (no id "${target.hash}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no duplicate ids on any page (anchors must be unambiguous)', () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const id of attributeValues(page.html, 'id')) {
        if (seen.has(id)) duplicates.push(`${page.urlPath} #${id}`);
        seen.add(id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
