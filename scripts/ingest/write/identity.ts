/**
 * Stable identity of converted entries across re-conversions.
 *
 * The converter numbers entries by position (`<doc>--<section>--<n>`), so inserting one
 * bullet into a source would shift every id after it — and with the ids, every staff edit
 * (a status, a corrected lead, an added theme) would land on another commitment. Instead,
 * the entries of a new conversion are matched with those of the previous one (the base in
 * `content/.generated/`) by what they say: first by identical normalised text, then by
 * near-identical text (a reworded phrase, a fixed typo). A matched entry keeps its old id;
 * an unmatched one gets a fresh id that no entry ever had. Entries of the base that match
 * nothing are reported by the merge when a person had edited them (see merge.ts).
 */

/** An entry with an id, as written in a list file. */
export type Identified = { id: string } & Record<string, unknown>;

/** What an entry is recognised by: `text` compared loosely, `exact` (when given) compared as is. */
export interface Identity {
  text: (entry: Identified) => string;
  exact?: (entry: Identified) => string;
}

/** Lower case, no list marker, no punctuation, single spaces: what an entry says, not how it is typed. */
export function normalizedText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^\s*(?:[-+•*–]|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]|\(?[a-zđ][.)]|[ivxlc]+[.)-])\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word counts of a text, for the similarity measure. */
function bagOf(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.split(' ')) if (word) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Dice similarity of two word bags: 1 for the same words, 0 for none in common. */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [word, n] of a) {
    shared += Math.min(n, b.get(word) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Texts at least this similar are the same entry, reworded (0.8 ≈ a few words of twenty changed). */
export const SAME_ENTRY = 0.8;
/** Fuzzy matching needs this many words; shorter texts ("Tổ chức thực hiện.") match only exactly. */
const MIN_WORDS = 4;

/**
 * Matches the entries of a new conversion (`fresh`, in document order) with those of the
 * previous one (`base`). Returns, for each fresh index that matched, the base entry's id.
 * `identity` says what an entry is recognised by; `section` breaks ties between equal texts.
 */
export function matchEntries(
  base: readonly Identified[],
  fresh: readonly Identified[],
  identity: Identity,
  section: (entry: Identified) => unknown = (entry) => entry.section,
): Map<number, string> {
  const matched = new Map<number, string>();
  const used = new Set<number>();
  const exact = identity.exact ?? (() => '');
  const baseExact = base.map(exact);
  const freshExact = fresh.map(exact);
  const baseTexts = base.map((e) => normalizedText(identity.text(e)));
  const freshTexts = fresh.map((e) => normalizedText(identity.text(e)));
  const baseKeys = baseTexts.map((t, i) => (t === '' ? '' : `${baseExact[i]}\u0000${t}`));
  const freshKeys = freshTexts.map((t, j) => (t === '' ? '' : `${freshExact[j]}\u0000${t}`));

  // 1. Identical text: in document order, preferring the same section, then the nearest position.
  const byKey = new Map<string, number[]>();
  baseKeys.forEach((key, i) => byKey.set(key, [...(byKey.get(key) ?? []), i]));
  freshKeys.forEach((key, j) => {
    const candidates = (byKey.get(key) ?? []).filter((i) => !used.has(i));
    if (candidates.length === 0 || key === '') return;
    const sameSection = candidates.filter((i) => section(base[i]!) === section(fresh[j]!));
    const pool = sameSection.length > 0 ? sameSection : candidates;
    const best = pool.reduce((a, b) => (Math.abs(a - j) <= Math.abs(b - j) ? a : b));
    used.add(best);
    matched.set(j, base[best]!.id);
  });

  // 2. Near-identical text among what is left: the most similar pairs first.
  const freeBase = base.map((_, i) => i).filter((i) => !used.has(i) && baseTexts[i]!.split(' ').length >= MIN_WORDS);
  const freeFresh = fresh.map((_, j) => j).filter((j) => !matched.has(j) && freshTexts[j]!.split(' ').length >= MIN_WORDS);
  if (freeBase.length === 0 || freeFresh.length === 0) return matched;
  const baseBags = new Map(freeBase.map((i) => [i, bagOf(baseTexts[i]!)]));
  const pairs: { i: number; j: number; score: number }[] = [];
  for (const j of freeFresh) {
    const bag = bagOf(freshTexts[j]!);
    for (const i of freeBase) {
      if (baseExact[i] !== freshExact[j]) continue;
      const score = similarity(baseBags.get(i)!, bag);
      if (score >= SAME_ENTRY) pairs.push({ i, j, score: score + (section(base[i]!) === section(fresh[j]!) ? 0.001 : 0) });
    }
  }
  pairs.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.j - b.j);
  for (const { i, j } of pairs) {
    if (used.has(i) || matched.has(j)) continue;
    used.add(i);
    matched.set(j, base[i]!.id);
  }
  return matched;
}

/**
 * A fresh id for an entry whose converter id is taken: the same stem with the next free
 * number ("x--c-1--3" → "x--c-1--7" when 1–6 are taken), so ids stay readable.
 */
export function freshId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  const stem = wanted.replace(/\d+$/, '');
  let highest = 0;
  for (const id of taken) {
    if (!id.startsWith(stem)) continue;
    const n = Number(id.slice(stem.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${stem}${highest + 1}`;
}

/**
 * Gives each entry of a new conversion its lasting id: the id of the base entry it matches,
 * else its converter id when no entry ever had it, else a fresh one. `taken` holds ids in use
 * anywhere (base and the current file), so an id is never given to two different entries.
 * Returns the map from converter id to lasting id (relations to these entries are renamed with it).
 */
export function assignIds(
  base: readonly Identified[],
  fresh: readonly Identified[],
  identity: Identity,
  taken: ReadonlySet<string>,
): Map<string, string> {
  const matched = matchEntries(base, fresh, identity);
  const renames = new Map<string, string>();
  const used = new Set<string>([...taken, ...matched.values()]);
  fresh.forEach((entry, j) => {
    const kept = matched.get(j);
    if (kept !== undefined) {
      renames.set(entry.id, kept);
      return;
    }
    const id = freshId(entry.id, used);
    used.add(id);
    renames.set(entry.id, id);
  });
  return renames;
}
