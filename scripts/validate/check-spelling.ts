/**
 * Damaged text: words of a source that are not Vietnamese syllables, such as "TNH" for
 * "TỈNH" or "hạ tng" for "hạ tầng", where an old PDF extraction lost the letters it could not
 * map. The converter keeps the text exactly as written, so staff must fix the source; this
 * check (part of `npm run check`) points at each such word with a suggestion taken from the
 * same document's vocabulary.
 *
 * The syllable list is Hunspell's Vietnamese dictionary (npm `dictionary-vi`): in Vietnamese
 * every word of the dictionary is one syllable. A word is suspect when it is not a syllable
 * (with either tone placement: "thủy" and "thuỷ" are both right) but becomes one the same
 * document uses at least twice by putting back one accented letter ("TNH" + "Ỉ" = "TỈNH",
 * "tng" + "ầ" = "tầng", "nhim" + "ệ" = "nhiệm"): the damage old extractions do. Foreign words,
 * acronyms, roman numerals and names ("COVID", "GRDP", "XVI", "iPEC") never match that pattern,
 * so they are left alone.
 */
import dictionary from 'dictionary-vi';

/** A suspect word of one document. */
export interface SuspectWord {
  word: string;
  /** 1-based line of its first occurrence. */
  line: number;
  count: number;
  /** The document's own words it may be, most used first (at most three). */
  suggestions: string[];
}

/** The Vietnamese syllables of `dictionary-vi`, lower case, NFC. */
export function loadSyllables(): Set<string> {
  // The first line of a Hunspell .dic file is the word count.
  const lines = new TextDecoder().decode(dictionary.dic).normalize('NFC').split('\n').slice(1);
  return new Set(lines.map((l) => l.split('/')[0]!.trim().toLocaleLowerCase('vi')).filter(Boolean));
}

const WORD = /\p{L}+/gu;

// Old and new tone placement ("uỷ"/"ủy", "hoà"/"hòa") are both correct Vietnamese.
const TONE_PLACEMENT: [RegExp, string][] = [
  [/oà(?!\p{L})/gu, 'òa'],
  [/oá(?!\p{L})/gu, 'óa'],
  [/oả(?!\p{L})/gu, 'ỏa'],
  [/oã(?!\p{L})/gu, 'õa'],
  [/oạ(?!\p{L})/gu, 'ọa'],
  [/oè(?!\p{L})/gu, 'òe'],
  [/oé(?!\p{L})/gu, 'óe'],
  [/oẻ(?!\p{L})/gu, 'ỏe'],
  [/oẽ(?!\p{L})/gu, 'õe'],
  [/oẹ(?!\p{L})/gu, 'ọe'],
  [/uỳ(?!\p{L})/gu, 'ùy'],
  [/uý(?!\p{L})/gu, 'úy'],
  [/uỷ(?!\p{L})/gu, 'ủy'],
  [/uỹ(?!\p{L})/gu, 'ũy'],
  [/uỵ(?!\p{L})/gu, 'ụy'],
];

/** A syllable in one tone placement (the new one), lower case. */
function canonicalSyllable(word: string): string {
  let lower = word.toLocaleLowerCase('vi');
  for (const [pattern, replacement] of TONE_PLACEMENT) lower = lower.replace(pattern, replacement);
  return lower;
}

/** True when `damaged` is `word` with one accented (non-ASCII) letter left out. */
export function lostOneAccentedLetter(damaged: string, word: string): boolean {
  const x = [...damaged];
  const y = [...word];
  if (y.length !== x.length + 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return y[i]!.codePointAt(0)! > 0x7f && x.slice(i).join('') === y.slice(i + 1).join('');
}

/** The suspect words of one document's text. */
export function suspectWords(text: string, syllables: ReadonlySet<string>): SuspectWord[] {
  const counts = new Map<string, number>();
  const firstLine = new Map<string, number>();
  text
    .normalize('NFC')
    .split('\n')
    .forEach((line, i) => {
      for (const [word] of line.matchAll(WORD)) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
        if (!firstLine.has(word)) firstLine.set(word, i + 1);
      }
    });
  // Most words are syllables as written; only the others are looked up in the other tone placement.
  const known = (word: string) => {
    const lower = word.toLocaleLowerCase('vi');
    return syllables.has(lower) || syllables.has(canonicalSyllable(lower));
  };
  // The document's own syllables, used twice or more: what a damaged word most likely was.
  const vocabulary = [...counts].filter(([word, n]) => n >= 2 && known(word)).map(([word]) => word);
  const suspects: SuspectWord[] = [];
  for (const [word, count] of counts) {
    const letters = [...word].length;
    if (letters < 2 || known(word)) continue;
    // Two capitals are an acronym ("CP", "KT"), and a two-letter word used often is an
    // abbreviation ("km"); lost letters leave longer or rarer words.
    if (letters === 2 && (word === word.toLocaleUpperCase('vi') || count > 2)) continue;
    const candidates = vocabulary.filter((other) => lostOneAccentedLetter(word, other));
    if (candidates.length === 0) continue;
    const suggestions = candidates.sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1)).slice(0, 3);
    suspects.push({ word, line: firstLine.get(word)!, count, suggestions });
  }
  return suspects.sort((a, b) => a.line - b.line || (a.word < b.word ? -1 : 1));
}
