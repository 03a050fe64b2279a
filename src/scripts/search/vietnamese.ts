/**
 * Vietnamese query handling that Pagefind 1.6 does not do by itself.
 *
 * Pagefind folds tones and vowel marks on both sides ("tai chinh" finds "tài chính")
 * by Unicode decomposition, but đ/Đ has no decomposition, so "dau tu cong" never
 * reaches "đầu tư công". Instead of adding folded copies of words to the index, the
 * UI expands the query: every word that starts with a plain "d" is also tried with
 * "đ", and the searches are merged (see search-engine.ts).
 */

/** Words that start with d/D are expanded; beyond this many the rest are searched as typed (2^n searches). */
export const MAX_EXPANDED_WORDS = 3;

/**
 * Normalizes typed text: NFC (some keyboards send NFD, e.g. "a" + U+0300),
 * single spaces, no leading/trailing space. Idempotent.
 */
export function normalizeQuery(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Folds a word the way Pagefind compares words: lower case, tones and vowel marks
 * removed, đ kept ("Được" → "đuoc"). Idempotent.
 */
export function foldMarks(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/** The spellings to try for one typed word: itself, plus the đ form when it starts with a plain d ("duoc" → ["duoc", "đuoc"]). */
export function wordOptions(word: string): string[] {
  if (/^d/.test(word)) return [word, `đ${word.slice(1)}`];
  if (/^D/.test(word)) return [word, `Đ${word.slice(1)}`];
  return [word];
}

/** Splits a normalized query into words, each with its spellings; only the first MAX_EXPANDED_WORDS d-words are expanded. */
export function queryWords(query: string): string[][] {
  let expanded = 0;
  return normalizeQuery(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const options = wordOptions(word);
      if (options.length === 1 || expanded >= MAX_EXPANDED_WORDS) return [word];
      expanded += 1;
      return options;
    });
}

/** Every combination of one spelling per word, as query strings, in input order (["a b", "a c", …]). */
export function combineWords(words: string[][]): string[] {
  return words.reduce<string[]>(
    (queries, options) => queries.flatMap((prefix) => options.map((option) => (prefix ? `${prefix} ${option}` : option))),
    [''],
  );
}

/**
 * Whether a search term really occurs in a page Pagefind found for it, or whether Pagefind
 * fell back to a shorter indexed word. Pagefind matches a term as a prefix and, when no
 * indexed word starts with it, uses the longest indexed word that is a prefix of it: that
 * is why "duoc" finds "dự". So the term is real when some word of the page starts with it,
 * tones and punctuation aside ("được,", "(Tài", the "xã" of "tế-xã"). The whole text is
 * read rather than the word at Pagefind's match location: those locations do not count
 * words the way a split on spaces does, and the word found there can be a neighbour
 * ("Cà" for "Các"), which dropped real words from the query.
 */
export function occursIn(term: string, content: string): boolean {
  const folded = foldMarks(term).replace(/[^\p{L}\p{N}]+/gu, '');
  if (!folded) return true;
  const text = foldMarks(content);
  return text.split(/\s+/).some((word) => {
    const pieces = [word.replace(/[^\p{L}\p{N}]+/gu, ''), ...word.split(/[^\p{L}\p{N}]+/u)];
    return pieces.some((piece) => piece.startsWith(folded));
  });
}
