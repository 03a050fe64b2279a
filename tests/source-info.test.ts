/**
 * "Cập nhật lần cuối" and "Sửa trang này" on the built pages (issue 6): every entity page
 * links to a file that exists in the repository and shows a real date no later than
 * today, in Vietnamese form inside <time datetime>.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from '../src/schemas/fields.ts';
import { DEFAULT_EDIT_BASE_URL } from '../src/lib/git-info.ts';
import { DIST } from './support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BASE = process.env.EDIT_BASE_URL || DEFAULT_EDIT_BASE_URL;
/** Entity page folders: documents, commitments, agencies, themes, places, references. */
const SECTIONS = ['van-ban', 'cam-ket', 'co-quan', 'chu-de', 'dia-phuong', 'trich-dan'];

function firstPage(section: string): string {
  const dir = path.join(DIST, section);
  const entry = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory());
  if (!entry) throw new Error(`no pages under dist/${section}`);
  return readFileSync(path.join(dir, entry.name, 'index.html'), 'utf8');
}

describe('source information on entity pages', () => {
  it.each(SECTIONS)('/%s/… shows the last update and an edit link to an existing file', (section) => {
    const html = firstPage(section);
    const block = /<aside class="source-info"[\s\S]*?<\/aside>/.exec(html)?.[0];
    expect(block, `no source-info block on a /${section}/ page`).toBeTruthy();

    const time = /Cập nhật lần cuối:\s*<time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(block!);
    expect(time).toBeTruthy();
    const [, iso, shown] = time!;
    expect(isRealIsoDate(iso!)).toBe(true);
    expect(iso! <= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(shown).toBe(iso!.split('-').reverse().join('/'));

    const href = /<a href="([^"]+)"[^>]*>\s*Sửa trang này\s*<\/a>/.exec(block!)?.[1]?.replaceAll('&amp;', '&');
    expect(href?.startsWith(BASE)).toBe(true);
    const file = decodeURIComponent(href!.slice(BASE.length));
    expect(existsSync(path.join(ROOT, file)), `${file} does not exist`).toBe(true);
  });
});
