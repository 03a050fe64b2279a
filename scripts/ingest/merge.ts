/**
 * Three-way, field-level merge that lets staff edits survive re-conversion.
 *
 * The converter keeps the output of its previous run as a base snapshot
 * (`content/.generated/…`). On the next run, for every entity (matched by `id`) and
 * every field, it compares three values:
 *   base   – what the converter wrote last time,
 *   ours   – the file in content/ now (possibly edited by a person),
 *   theirs – what the converter produces now from the (possibly changed) source.
 * ours == base   → nobody edited it: take theirs (the source's change flows in);
 * theirs == base → the source did not change it: keep ours (the person's edit stays);
 * both changed differently → keep ours and report a conflict, never overwrite silently.
 * Lists of plain values (aliases, themes, lead, partners) merge as sets, so a theme a
 * person added survives even when the converter changes the list too. Fields only
 * people write (status, status_history) survive because the converter always emits
 * the same default. Entities a person added (not in base) are kept.
 */
import { mergeLines } from './merge-lines.ts';
import type { Diagnostic } from './types.ts';

/** A field both a person and the new conversion changed differently; ours was kept. */
export interface MergeConflict {
  /** Id of the entity, or '' for a single-entity file or an MDX body. */
  id: string;
  /** Field path, e.g. `lead`, `source.url`, `body`, or `*` for the whole entity. */
  field: string;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

/** Merged value plus the conflicts met while merging. */
export interface MergeResult<T> {
  value: T;
  conflicts: MergeConflict[];
}

type Entity = Record<string, unknown>;
type Identified = Entity & { id: string };

/** JSON with sorted keys, so that key order in a YAML file never counts as a change. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Entity).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

/** Deep equality on plain data (YAML values); a missing field equals `undefined`. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

const isPlainObject = (v: unknown): v is Entity => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalarList = (v: unknown): v is (string | number | boolean)[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean');

/**
 * Set-wise three-way merge of plain-value lists: start from theirs, add what the person
 * added, drop what the person removed. Order follows theirs, then the person's additions.
 */
function mergeScalarList<T>(base: T[], ours: T[], theirs: T[]): T[] {
  const added = ours.filter((x) => !base.includes(x));
  const removed = new Set(base.filter((x) => !ours.includes(x)));
  const result = theirs.filter((x) => !removed.has(x));
  for (const x of added) if (!result.includes(x)) result.push(x);
  return result;
}

function mergeField(path: string, id: string, base: unknown, ours: unknown, theirs: unknown, conflicts: MergeConflict[]): unknown {
  if (sameValue(ours, theirs)) return ours;
  if (sameValue(ours, base)) return theirs;
  if (sameValue(theirs, base)) return ours;
  // Both sides changed. Nested objects (e.g. `source`) and plain lists can still merge cleanly.
  if (isPlainObject(ours) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    return mergeFields(path, id, base ?? {}, ours, theirs, conflicts);
  }
  if (isScalarList(ours) && isScalarList(theirs) && (base === undefined || isScalarList(base))) {
    return mergeScalarList(base ?? [], ours, theirs);
  }
  conflicts.push({ id, field: path, base, ours, theirs });
  return ours;
}

function mergeFields(prefix: string, id: string, base: Entity, ours: Entity, theirs: Entity, conflicts: MergeConflict[]): Entity {
  const result: Entity = {};
  // Key order: theirs first (the converter's stable order), then fields only a person wrote.
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(ours), ...Object.keys(base)])];
  for (const key of keys) {
    const path = prefix ? `${prefix}.${key}` : key;
    const merged = mergeField(path, id, base[key], ours[key], theirs[key], conflicts);
    if (merged !== undefined) result[key] = merged;
  }
  return result;
}

/**
 * Merges one entity field by field. `base` is undefined when there is no snapshot
 * (then every differing field is a conflict and ours is kept). `ours` undefined means
 * the file does not exist yet.
 */
export function mergeEntity<T extends Entity>(base: T | undefined, ours: T | undefined, theirs: T): MergeResult<T> {
  if (ours === undefined) return { value: theirs, conflicts: [] };
  const conflicts: MergeConflict[] = [];
  const id = typeof theirs.id === 'string' ? theirs.id : typeof ours.id === 'string' ? ours.id : '';
  const value = mergeFields('', id, base ?? {}, ours, theirs, conflicts) as T;
  // Without a base, two values that simply differ may be the converter's improvement, not a
  // person's edit; we still keep ours, so the person decides.
  return { value, conflicts };
}

/**
 * Merges a list of entities matched by `id` (commitments, sections, targets, …).
 * Entities only in theirs are added; entities a person added are kept in place; an
 * entity the source no longer yields is dropped, unless a person edited it (kept,
 * conflict on `*`); an entity a person deleted stays deleted.
 */
export function mergeEntityList<T extends Identified>(
  base: readonly T[] | undefined,
  ours: readonly T[] | undefined,
  theirs: readonly T[],
): MergeResult<T[]> {
  if (ours === undefined) return { value: [...theirs], conflicts: [] };
  const conflicts: MergeConflict[] = [];
  const baseById = new Map((base ?? []).map((e) => [e.id, e]));
  const oursById = new Map(ours.map((e) => [e.id, e]));
  const theirsIds = new Set(theirs.map((e) => e.id));
  const result: T[] = [];

  for (const entity of theirs) {
    const mine = oursById.get(entity.id);
    const old = baseById.get(entity.id);
    if (mine === undefined && old !== undefined) {
      // A person deleted it. Respect that; say so only if the source changed it meanwhile.
      if (!sameValue(old, entity)) conflicts.push({ id: entity.id, field: '*', base: old, ours: undefined, theirs: entity });
      continue;
    }
    const merged = mergeEntity(old, mine, entity);
    conflicts.push(...merged.conflicts);
    result.push(merged.value);
  }

  // Entities in ours that the new conversion does not produce.
  let previous: string | null = null;
  for (const entity of ours) {
    if (!theirsIds.has(entity.id)) {
      const old = baseById.get(entity.id);
      const humanAdded = old === undefined;
      const humanEdited = old !== undefined && !sameValue(old, entity);
      if (humanAdded || humanEdited) {
        if (humanEdited) conflicts.push({ id: entity.id, field: '*', base: old, ours: entity, theirs: undefined });
        // Keep it next to the entity it followed in the person's file.
        const at = previous === null ? 0 : result.findIndex((e) => e.id === previous) + 1;
        result.splice(at, 0, entity);
      } else {
        continue;
      }
    }
    if (result.some((e) => e.id === entity.id)) previous = entity.id;
  }
  return { value: result, conflicts };
}

/**
 * Merges an MDX body (or any text): a person's edit survives an unchanged source, a
 * source change flows into an unedited body, and when both changed, lines are merged
 * three-way (merge-lines.ts): edits to different paragraphs both survive; where both
 * touched the same lines the person's lines are kept and a conflict is reported.
 */
export function mergeText(base: string | undefined, ours: string | undefined, theirs: string): MergeResult<string> {
  if (ours === undefined || ours === theirs) return { value: theirs, conflicts: [] };
  if (base !== undefined && ours === base) return { value: theirs, conflicts: [] };
  if (base !== undefined && theirs === base) return { value: ours, conflicts: [] };
  const merged = base === undefined ? null : mergeLines(base.split('\n'), ours.split('\n'), theirs.split('\n'));
  if (!merged) return { value: ours, conflicts: [{ id: '', field: 'body', base, ours, theirs }] };
  return {
    value: merged.lines.join('\n'),
    conflicts: merged.conflicts.map((c) => ({ id: '', field: `body (line ${c.line})`, base: c.base, ours: c.ours, theirs: c.theirs })),
  };
}

/** Shortens a value for a one-line message. */
function preview(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The differing middle of two long texts with a little context, so that a one-word
 * edit in a 300-character commitment is visible in the message: "…bảo đảm an toàn, an ninh mạng.".
 */
export function differingParts(a: string, b: string, context = 20): [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // Start the context at a word boundary so the message never begins mid-word.
  const from = start <= context ? 0 : a.lastIndexOf(' ', start - context) + 1;
  const cut = (text: string) => {
    const to = Math.min(text.length, text.length - end + context);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}

/** Turns a conflict into a warning diagnostic for `file` (the content file that kept the person's value). */
export function conflictDiagnostic(conflict: MergeConflict, file: string): Diagnostic {
  const where = conflict.id ? `${conflict.id}.${conflict.field}` : conflict.field;
  const [ours, theirs] =
    typeof conflict.ours === 'string' && typeof conflict.theirs === 'string'
      ? differingParts(conflict.ours, conflict.theirs)
      : [preview(conflict.ours), preview(conflict.theirs)];
  return {
    code: 'MERGE_CONFLICT',
    severity: 'warning',
    file,
    field: where,
    message: `The file was edited by hand and the new conversion also changed this field; kept the edited value "${ours}" instead of the new "${theirs}"`,
    hint: 'Compare with the source text; if the new value is right, write it into the file. The next ingest will not report this again',
  };
}
