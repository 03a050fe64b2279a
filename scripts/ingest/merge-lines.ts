/**
 * Line-level three-way merge (diff3) for MDX bodies: a person's fix to one paragraph
 * and the source's change to another paragraph both survive; only when both touched
 * the same (or adjacent) lines is there a conflict, and then the person's lines win.
 */

/** A region of base lines [baseStart, baseEnd) replaced by side lines [start, end). */
interface Hunk {
  baseStart: number;
  baseEnd: number;
  start: number;
  end: number;
}

/** Lines both a person and the source changed differently; the person's lines were kept. */
export interface LineConflict {
  /** 1-based line in the merged text where the kept lines start. */
  line: number;
  base: string;
  ours: string;
  theirs: string;
}

/** Edit distance beyond which diffing is not worth it (the texts are unrelated). */
const MAX_EDITS = 1000;

/**
 * Myers' O(ND) diff of two line lists, as hunks of `b` replacing regions of `a`.
 * Returns null when the lists differ by more than MAX_EDITS lines.
 */
export function diffLines(a: readonly string[], b: readonly string[]): Hunk[] | null {
  // Common prefix and suffix first: typical edits touch a few lines of a long body.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0) return [{ baseStart: prefix, baseEnd: prefix + n, start: prefix, end: prefix + m }];

  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[prefix + x] === b[prefix + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  // Walk back through the trace to list matched line pairs, then turn gaps into hunks.
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const previous = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && previous[offset + k - 1]! < previous[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = previous[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) matches.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) matches.push([--x, --y]);
  matches.reverse();

  const hunks: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  for (const [ma, mb] of [...matches, [n, m] as [number, number]]) {
    if (ma > ai || mb > bi) hunks.push({ baseStart: prefix + ai, baseEnd: prefix + ma, start: prefix + bi, end: prefix + mb });
    ai = ma + 1;
    bi = mb + 1;
  }
  return hunks;
}

type Tagged = Hunk & { side: 'ours' | 'theirs' };

/**
 * Three-way merge of line lists. Returns null when a diff is too large to compute
 * (the caller then falls back to a whole-text decision).
 */
export function mergeLines(
  base: readonly string[],
  ours: readonly string[],
  theirs: readonly string[],
): { lines: string[]; conflicts: LineConflict[] } | null {
  const oursHunks = diffLines(base, ours);
  const theirsHunks = diffLines(base, theirs);
  if (!oursHunks || !theirsHunks) return null;
  const all: Tagged[] = [
    ...oursHunks.map((h) => ({ ...h, side: 'ours' as const })),
    ...theirsHunks.map((h) => ({ ...h, side: 'theirs' as const })),
  ].sort((p, q) => p.baseStart - q.baseStart || p.baseEnd - q.baseEnd);

  const lines: string[] = [];
  const conflicts: LineConflict[] = [];
  const offset = { ours: 0, theirs: 0 };
  let copied = 0;
  for (let i = 0; i < all.length;) {
    // A group: hunks that overlap or touch (touching changes from both sides are a conflict, as in git).
    const group = [all[i]!];
    let groupEnd = all[i]!.baseEnd;
    for (i++; i < all.length && all[i]!.baseStart <= groupEnd; i++) {
      group.push(all[i]!);
      groupEnd = Math.max(groupEnd, all[i]!.baseEnd);
    }
    const groupStart = group[0]!.baseStart;
    lines.push(...base.slice(copied, groupStart));
    copied = groupEnd;

    const range = (side: 'ours' | 'theirs') => {
      const start = groupStart + offset[side];
      for (const h of group) if (h.side === side) offset[side] += h.end - h.start - (h.baseEnd - h.baseStart);
      return [start, groupEnd + offset[side]] as const;
    };
    const [os, oe] = range('ours');
    const [ts, te] = range('theirs');
    const oursPart = ours.slice(os, oe);
    const theirsPart = theirs.slice(ts, te);
    const sides = new Set(group.map((h) => h.side));
    if (sides.size === 1) {
      lines.push(...(sides.has('ours') ? oursPart : theirsPart));
    } else if (oursPart.join('\n') === theirsPart.join('\n')) {
      lines.push(...oursPart);
    } else {
      conflicts.push({
        line: lines.length + 1,
        base: base.slice(groupStart, groupEnd).join('\n'),
        ours: oursPart.join('\n'),
        theirs: theirsPart.join('\n'),
      });
      lines.push(...oursPart);
    }
  }
  lines.push(...base.slice(copied));
  return { lines, conflicts };
}
