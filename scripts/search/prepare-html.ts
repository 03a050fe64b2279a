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
