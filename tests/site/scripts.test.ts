/**
 * No render-blocking JavaScript (issue 13): a classic `<script>` without `defer` or `async`
 * stops the browser from drawing the page until it has been fetched and run. Module scripts are
 * deferred by the HTML standard; data blocks (JSON) are not run at all.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist-pages.ts';

/** Why a `<script …>` start tag does not block rendering, or null when it does. */
function nonBlocking(tag: string): string | null {
  const type = /\stype="([^"]*)"/.exec(tag)?.[1]?.toLowerCase() ?? '';
  if (type === 'module') return 'module';
  if (type !== '' && !/^(text|application)\/(javascript|ecmascript)$/.test(type)) return 'data';
  if (/\s(defer|async)(\s|=|>)/.test(tag)) return 'deferred';
  return null;
}

describe('scripts', () => {
  it.each([
    ['<script type="module">', 'module'],
    ['<script type="application/ld+json">', 'data'],
    ['<script src="/a.js" defer>', 'deferred'],
    ['<script async src="/a.js">', 'deferred'],
    ['<script src="/a.js">', null],
    ['<script>', null],
    ['<script type="text/javascript">', null],
  ])('reads %s as %s', (tag, expected) => {
    expect(nonBlocking(tag)).toBe(expected);
  });

  it('no built page has a render-blocking script', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(0);
    const blocking = pages.flatMap((page) =>
      [...page.html.matchAll(/<script\b[^>]*>/g)].filter((m) => nonBlocking(m[0]) === null).map((m) => `${page.urlPath}: ${m[0]}`),
    );
    expect(blocking).toEqual([]);
  });
});
