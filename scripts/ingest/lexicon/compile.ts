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

/** Lower-case NFC text with old tone placement rewritten to the new ("uỷ" → "ủy", "hoà" → "hòa"). */
export function foldTonePlacement(lowerCaseText: string): string {
  return lowerCaseText.replace(TONE_PATTERN, (match) => TONE_PLACEMENT[match] ?? match);
}

/** Lower case, NFC, new tone placement, single spaces: the form words are compared in. */
export function foldWords(text: string): string {
  return foldTonePlacement(text.normalize('NFC').toLowerCase()).replace(/\s+/g, ' ').trim();
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
  /** `prefix(text.slice(at))`, without folding the rest of the text again at every offset. */
  prefixAt(text: string, at: number): string | null;
  /** `startsWith(text.slice(at))`, likewise. */
  startsAt(text: string, at: number): boolean;
  /** True when `text` is exactly one of the phrases (punctuation at its ends ignored). */
  whole(text: string): boolean;
}

/**
 * The folded form of the text last asked about, shared by the phrase sets of one lexicon. The
 * grammar asks "does the text start with one of these phrases here?" at every offset of a block,
 * for a dozen sets, and every zone rule asks about the same paragraph: folding that text once and
 * matching at an offset replaces folding the rest of the block at every call. Matching in place
 * needs a folded form that keeps every offset (NFC, single spaces, no ends to trim), as block
 * texts have; `aligned` says whether it does.
 */
export interface Folding {
  fold(text: string): string;
  aligned(text: string): boolean;
}

/**
 * Texts a folding memo remembers. The grammar alternates between a block and pieces of it ("does
 * the rest after this name start with a role?"), so remembering only the last text folded the
 * whole block again after every piece.
 */
const FOLDING_MEMO_SIZE = 8;

/** A new folding memo (one per lexicon; it remembers the last few texts, nothing else). */
export function createFolding(): Folding {
  const texts: (string | undefined)[] = new Array<string | undefined>(FOLDING_MEMO_SIZE);
  const folds: string[] = new Array<string>(FOLDING_MEMO_SIZE).fill('');
  const alignment: boolean[] = new Array<boolean>(FOLDING_MEMO_SIZE).fill(false);
  let next = 0;
  let last = 0;
  const slotOf = (text: string): number => {
    if (texts[last] === text) return last;
    for (let i = 0; i < FOLDING_MEMO_SIZE; i++) if (texts[i] === text) return (last = i);
    const folded = foldWords(text);
    last = next;
    next = (next + 1) % FOLDING_MEMO_SIZE;
    texts[last] = text;
    folds[last] = folded;
    alignment[last] = folded.length === text.length && !/[^\S ]| {2}|^ | $/u.test(text) && text === text.normalize('NFC');
    return last;
  };
  return {
    fold: (text) => folds[slotOf(text)]!,
    aligned: (text) => alignment[slotOf(text)]!,
  };
}

/** Compiles a phrase list. An empty list recognises nothing. */
export function phraseSet(phrases: readonly string[], folding: Folding = createFolding()): PhraseSet {
  const body = alternation(phrases);
  // Without phrases nothing matches; say so at once (a never-matching regex still scans the text).
  if (!body)
    return {
      phrases,
      test: () => false,
      find: () => null,
      startsWith: () => false,
      endsWith: () => false,
      prefix: () => null,
      prefixAt: () => null,
      startsAt: () => false,
      whole: () => false,
    };
  const anywhere = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
  const start = new RegExp(`^(?:${body})(?![\\p{L}\\p{N}])`, 'u');
  const exact = new RegExp(`^(?:${body})$`, 'u');
  const end = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})$`, 'u');
  const sticky = new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, 'uy');
  const folded = folding.fold;
  /** The match of a phrase at `at` (spaces there skipped, as folding a slice trims them), or null. */
  const matchAt = (text: string, at: number): string | null => {
    const whole = folded(text);
    if (!folding.aligned(text)) return start.exec(foldWords(text.slice(at)))?.[0] ?? null;
    let from = at;
    while (whole[from] === ' ') from++;
    sticky.lastIndex = from;
    return sticky.exec(whole)?.[0] ?? null;
  };
  return {
    phrases,
    test: (text) => anywhere.test(folded(text)),
    find(text) {
      const match = anywhere.exec(folded(text));
      return match ? { phrase: match[0], index: match.index } : null;
    },
    startsWith: (text) => start.test(folded(text)),
    endsWith: (text) => end.test(folded(text)),
    prefix(text) {
      const match = start.exec(folded(text));
      return match ? match[0] : null;
    },
    prefixAt: matchAt,
    startsAt: (text, at) => matchAt(text, at) !== null,
    whole: (text) =>
      exact.test(
        foldWords(text)
          .replace(/^[\s"“”'‘’(*.:;,-]+|[\s"“”'‘’)*.:;,-]+$/gu, '')
          .trim(),
      ),
  };
}
