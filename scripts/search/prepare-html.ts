/**
 * Prepares a built page for indexing. Astro's `compressHTML` removes the whitespace
 * between tags, and Pagefind joins the text of adjacent elements without a space, so
 * `<dt>Thời hạn</dt><dd>Văn bản không nêu thời hạn</dd>` was indexed as "hạnVăn" (300+
 * times on the seed corpus), hiding both words from search. A space after every closing
 * block or table-cell tag (and after <br>) keeps words apart. Only the text handed to
 * Pagefind changes; the served HTML does not. Idempotent in effect (extra spaces collapse).
 */

/** Closing tags after which text must not run on into the next element. */
export const BLOCK_END =
  /<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)\s*>|<br\s*\/?>/gi;

/** Returns the page HTML with a space after each closing block element, for Pagefind. */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, '$& ');
}

/** The attribute marking what Pagefind indexes; the character after it must end the attribute name. */
const BODY_ATTRIBUTE = 'data-pagefind-body';
const ATTRIBUTE_END = /[\s=>/]/;

/**
 * The elements marked `data-pagefind-body` of a page (outer HTML, in page order), found by
 * matching their closing tag (nested elements of the same name counted). Null when the page
 * has none or its markup does not close them. Plain string search, not one regular expression
 * over the page: this runs over every result page of the archive.
 */
export function pagefindBodies(html: string): string[] | null {
  const bodies: string[] = [];
  let lastEnd = 0;
  for (let at = html.indexOf(BODY_ATTRIBUTE); at >= 0; at = html.indexOf(BODY_ATTRIBUTE, at + BODY_ATTRIBUTE.length)) {
    if (!ATTRIBUTE_END.test(html[at + BODY_ATTRIBUTE.length] ?? '') || !/\s/.test(html[at - 1] ?? '')) continue;
    const from = html.lastIndexOf('<', at);
    if (from < lastEnd) continue; // a body inside the previous one is already in it
    const name = /^<([a-z][a-z0-9-]*)/i.exec(html.slice(from, from + 40))?.[1]?.toLowerCase();
    if (!name || html.indexOf('>', from) < at) continue; // the text is not inside a start tag
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
    tags.lastIndex = from;
    let depth = 0;
    let end = -1;
    for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    if (end < 0) return null;
    bodies.push(html.slice(from, end));
    lastEnd = end;
  }
  return bodies.length > 0 ? bodies : null;
}

/**
 * What Pagefind is given for a result page: its <html> tag (the language), its <title>, and
 * only its `data-pagefind-body` elements (where its text, filters, meta and sort are), with
 * blocks separated (see separateBlocks). Pagefind would read the rest of the page (header,
 * navigation, related lists, footer: half or more of its bytes) only to ignore it. Null when
 * the page has no body element, or one that could not be cut out (then the whole page is used).
 */
export function pagefindInput(html: string): string | null {
  const bodies = pagefindBodies(html);
  if (!bodies) return null;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title\b[^>]*>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return separateBlocks(`<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${bodies.join('')}</body></html>`);
}
