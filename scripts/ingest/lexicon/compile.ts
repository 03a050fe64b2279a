/**
 * Turns word lists of the lexicon into recognisers. Words are matched whole (not inside
 * other letters), case-insensitively, longest first, on NFC text with old and new tone
 * placement folded ("Uỷ"/"Ủy", "hoà"/"hòa"), so a YAML list stays a plain list of words.
 */

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Old and new tone placement are both common in official texts; only open syllables differ.
const TONE_PLACEMENT: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const TONE_PATTERN = new RegExp(`(?:${Object.keys(TONE_PLACEMENT).join('|')})(?!\\p{L})`, 'gu');

/** Lower case, NFC, new tone placement, single spaces: the form words are compared in. */
export function foldWords(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(TONE_PATTERN, (match) => TONE_PLACEMENT[match] ?? match)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Alternation of phrases, longest first, spaces matching any run of spaces. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map(foldWords))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((phrase) => escape(phrase).replace(/ /g, '\\s+'))
    .join('|');
}

/** A recogniser of any of the phrases as whole words, in text compared with `foldWords`. */
export interface PhraseSet {
  readonly phrases: readonly string[];
  /** True when one of the phrases occurs in `text`. */
  test(text: string): boolean;
  /**
   * The first occurrence in `text`. The offset is into the folded text, which has the offsets of
   * the original for normalised text (single spaces, trimmed), as block texts are.
   */
  find(text: string): { phrase: string; index: number } | null;
  /** True when `text` starts with one of the phrases. */
  startsWith(text: string): boolean;
  /** True when `text` ends with one of the phrases. */
  endsWith(text: string): boolean;
  /** The phrase `text` starts with, or null. */
  prefix(text: string): string | null;
  /** True when `text` is exactly one of the phrases (punctuation at its ends ignored). */
  whole(text: string): boolean;
}

/** Compiles a phrase list. An empty list recognises nothing. */
export function phraseSet(phrases: readonly string[]): PhraseSet {
  const body = alternation(phrases);
  const never = /(?!)/u;
  const anywhere = body ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u') : never;
  const start = body ? new RegExp(`^(?:${body})(?![\\p{L}\\p{N}])`, 'u') : never;
  const exact = body ? new RegExp(`^(?:${body})$`, 'u') : never;
  const end = body ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})$`, 'u') : never;
  return {
    phrases,
    test: (text) => anywhere.test(foldWords(text)),
    find(text) {
      const match = anywhere.exec(foldWords(text));
      return match ? { phrase: match[0], index: match.index } : null;
    },
    startsWith: (text) => start.test(foldWords(text)),
    endsWith: (text) => end.test(foldWords(text)),
    prefix(text) {
      const match = start.exec(foldWords(text));
      return match ? match[0] : null;
    },
    whole: (text) =>
      exact.test(
        foldWords(text)
          .replace(/^[\s"“”'‘’(*.:;,-]+|[\s"“”'‘’)*.:;,-]+$/gu, '')
          .trim(),
      ),
  };
}
