/**
 * Reads the built site in dist/: every HTML page with its URL path, links and ids.
 * Shared by the link check and the page checks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../support/static-server.ts';

/** One built HTML page. */
export interface BuiltPage {
  /** URL path, e.g. "/co-quan/so-tai-chinh/" ("/404.html" for the 404 page). */
  urlPath: string;
  file: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML page of dist/, except Pagefind's own files. */
export function builtPages(): BuiltPage[] {
  return walk(DIST)
    .filter((file) => file.endsWith('.html') && !file.includes(`${path.sep}pagefind${path.sep}`))
    .map((file) => {
      const rel = path.relative(DIST, file).split(path.sep).join('/');
      const urlPath = rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { urlPath, file, html: readFileSync(file, 'utf8') };
    });
}

/** Values of an attribute across the page, entity-decoded, e.g. attributeValues(html, 'href'). */
export function attributeValues(html: string, attribute: string): string[] {
  const re = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? ''));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Pages whose URL starts with `prefix` (e.g. "/cam-ket/"), excluding the prefix's own index. */
export function pagesUnder(pages: BuiltPage[], prefix: string): BuiltPage[] {
  return pages.filter((p) => p.urlPath.startsWith(prefix) && p.urlPath !== prefix);
}
