/**
 * Re-ranks the best Pagefind hits by how well the page text matches the query as
 * Vietnamese words. Pagefind scores each word alone and as a prefix: for
 * "so tai chinh" a page with "sớm tại" scores like one with "Sở Tài chính", because
 * Vietnamese words are single syllables and Pagefind has no phrase bonus. So the top
 * hits are ordered by, in turn:
 *   0. the page is an agency, theme, place or cited document whose name the query spells out
 *      (its page comes before the commitments that mention it, see {@link namesPage});
 *   1. the query words appear next to each other, in order (the phrase);
 *   2. how many query words appear as whole words (not only as the start of a longer one);
 *   3. how many words typed with diacritics appear with exactly those diacritics;
 *   4. Pagefind's score.
 * Comparisons fold tones and đ → d ("dau tu cong" is the phrase "đầu tư công"), except in 3.
 */

/** How a page's text matches a query; compared field by field, higher first. */
export interface MatchQuality {
  phrase: number;
  wholeWords: number;
  exactWords: number;
}

/** Folds for comparison: lower case, no tones or vowel marks, đ → d. */
export function foldLoose(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Splits text into words (letters and digits), lower case NFC. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * True when the query spells out a page's name: every query word, in order and next to each
 * other, in the title, tones and đ folded, and the query says at least half of the title.
 * "so tai chinh" names "Sở Tài chính (Cà Mau)"; "tai chinh" (2 of 5 words) does not.
 */
export function namesPage(query: string, title: string): boolean {
  const q = words(query).map(foldLoose);
  const name = words(title).map(foldLoose);
  if (q.length === 0 || q.length * 2 < name.length) return false;
  for (let i = 0; i + q.length <= name.length; i += 1) if (q.every((word, j) => name[i + j] === word)) return true;
  return false;
}

/** Measures how `content` matches `query` (see the module comment). */
export function matchQuality(query: string, content: string): MatchQuality {
  const queryWords = words(query);
  const pageWords = words(content);
  const loosePage = pageWords.map(foldLoose);
  const looseQuery = queryWords.map(foldLoose);
  const looseSet = new Set(loosePage);
  const exactSet = new Set(pageWords);

  let phrase = 0;
  if (looseQuery.length > 1) {
    for (let i = 0; i + looseQuery.length <= loosePage.length && phrase === 0; i += 1) {
      if (looseQuery.every((word, j) => loosePage[i + j] === word)) phrase = 1;
    }
  }
  const distinct = [...new Set(looseQuery)];
  const wholeWords = distinct.filter((word) => looseSet.has(word)).length;
  // Only words typed with diacritics say which spelling is meant ("so" could be sở, số or so).
  const exactWords = [...new Set(queryWords)].filter((word) => foldLoose(word) !== word && exactSet.has(word)).length;
  return { phrase, wholeWords, exactWords };
}

/** Compares two qualities, better first (for Array.prototype.sort). */
export function compareQuality(a: MatchQuality, b: MatchQuality): number {
  return b.phrase - a.phrase || b.wholeWords - a.wholeWords || b.exactWords - a.exactWords;
}

/**
 * Index of the spelling (query variant) the page really contains, tones ignored but đ kept:
 * a spelling found as a phrase wins, then the one with more of its words on the page. For a
 * page with "vốn đầu tư công; giá dầu", "đau tu cong" beats "dau tu cong". Ties keep the earlier one.
 */
export function bestSpelling(spellings: string[], content: string): number {
  const keepD = (word: string) =>
    word
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .normalize('NFC');
  const pageWords = words(content).map(keepD);
  const page = new Set(pageWords);
  const pageText = ` ${pageWords.join(' ')} `;
  let best = 0;
  let bestScore = -1;
  spellings.forEach((spelling, i) => {
    const spellingWords = words(spelling).map(keepD);
    const phrase = spellingWords.length > 1 && pageText.includes(` ${spellingWords.join(' ')} `) ? spellingWords.length + 1 : 0;
    const score = phrase + spellingWords.filter((word) => page.has(word)).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
