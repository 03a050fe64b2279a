/**
 * Three-way, field-level merge that keeps staff edits when a document is converted again.
 *
 * For every entry (matched by id — ids are stable by content, see identity.ts) and every
 * field, three values are compared:
 *   base   – what the converter wrote last time (`content/.generated/…`),
 *   ours   – the file in content/ now (possibly edited by a person),
 *   theirs – what the converter produces now.
 * ours == base   → nobody edited it: take theirs (the source's change flows in);
 * theirs == base → the source did not change it: keep ours (the person's edit stays);
 * both changed differently → keep ours and record a conflict (never overwrite silently).
 * Fields the registry marks as sets (themes, aliases) unite a person's additions with the
 * converter's values instead; a corrected `lead` is never silently extended. Fields only
 * people write (status, status_history) always keep ours.
 */
import type { Identified } from './identity.ts';

/** A field both a person and the new conversion changed differently; ours was kept. */
export interface MergeConflict {
  kind: 'merge-conflict' | 'unplaced-edit';
  /** Id of the entry ('' for a single-entry file). */
  id: string;
  /** Field path, e.g. `lead`, `source.url`; `*` for the whole entry. */
  field: string;
  ours: unknown;
  theirs: unknown;
}

/** How the fields of one collection merge (from the registry). */
export interface MergePolicy {
  setFields?: readonly string[];
  staffFields?: readonly string[];
}

/** Merged value plus the conflicts met while merging. */
export interface MergeResult<T> {
  value: T;
  conflicts: MergeConflict[];
}

type Entity = Record<string, unknown>;

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

/** Set-wise merge: theirs, without what the person removed, plus what the person added. */
function mergeSet<T>(base: T[], ours: T[], theirs: T[]): T[] {
  const added = ours.filter((x) => !base.includes(x));
  const removed = new Set(base.filter((x) => !ours.includes(x)));
  const result = theirs.filter((x) => !removed.has(x));
  for (const x of added) if (!result.includes(x)) result.push(x);
  return result;
}

function mergeField(
  path: string,
  id: string,
  base: unknown,
  ours: unknown,
  theirs: unknown,
  policy: MergePolicy,
  conflicts: MergeConflict[],
): unknown {
  if (policy.staffFields?.includes(path)) return ours ?? theirs;
  if (sameValue(ours, theirs)) return ours;
  if (sameValue(ours, base)) return theirs;
  if (sameValue(theirs, base)) return ours;
  // Both sides changed it.
  if (policy.setFields?.includes(path) && isScalarList(ours) && isScalarList(theirs) && (base === undefined || isScalarList(base))) {
    return mergeSet(base ?? [], ours, theirs);
  }
  if (isPlainObject(ours) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    return mergeFields(`${path}.`, id, base ?? {}, ours, theirs, policy, conflicts);
  }
  conflicts.push({ kind: 'merge-conflict', id, field: path, ours, theirs });
  return ours;
}

function mergeFields(
  prefix: string,
  id: string,
  base: Entity,
  ours: Entity,
  theirs: Entity,
  policy: MergePolicy,
  conflicts: MergeConflict[],
): Entity {
  const result: Entity = {};
  // Key order: theirs first (the converter's stable order), then fields only a person wrote.
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours), ...Object.keys(base)])) {
    const merged = mergeField(`${prefix}${key}`, id, base[key], ours[key], theirs[key], policy, conflicts);
    if (merged !== undefined) result[key] = merged;
  }
  return result;
}

/**
 * Merges one entry field by field. `base` undefined: no snapshot (every differing field is
 * a conflict and ours is kept, so a person decides). `ours` undefined: the file is new.
 */
export function mergeEntity<T extends Entity>(
  base: T | undefined,
  ours: T | undefined,
  theirs: T,
  policy: MergePolicy = {},
): MergeResult<T> {
  if (ours === undefined) return { value: theirs, conflicts: [] };
  const conflicts: MergeConflict[] = [];
  const id = typeof theirs.id === 'string' ? theirs.id : typeof ours.id === 'string' ? ours.id : '';
  const value = mergeFields('', id, base ?? {}, ours, theirs, policy, conflicts) as T;
  return { value, conflicts };
}

/**
 * Merges a list of entries matched by id. Entries only in theirs are added; entries a person
 * added are kept where they were; an entry the source no longer yields is dropped, unless a
 * person edited it: then it is kept as it is and reported as an unplaced edit (its edit
 * could not follow its text anywhere); an entry a person deleted stays deleted.
 */
export function mergeEntityList<T extends Identified>(
  base: readonly T[] | undefined,
  ours: readonly T[] | undefined,
  theirs: readonly T[],
  policy: MergePolicy = {},
): MergeResult<T[]> {
  if (ours === undefined) return { value: [...theirs], conflicts: [] };
  const conflicts: MergeConflict[] = [];
  const baseById = new Map((base ?? []).map((e) => [e.id, e]));
  const oursById = new Map(ours.map((e) => [e.id, e]));
  const theirsIds = new Set(theirs.map((e) => e.id));
  const result: T[] = [];
  for (const entity of theirs) {
    const mine = oursById.get(entity.id);
    // A person deleted it (it was in the base): respect that.
    if (mine === undefined && baseById.has(entity.id)) continue;
    const merged = mergeEntity(baseById.get(entity.id), mine, entity, policy);
    conflicts.push(...merged.conflicts);
    result.push(merged.value);
  }
  // Entries of ours that the new conversion does not produce.
  let previous: string | null = null;
  for (const entity of ours) {
    if (!theirsIds.has(entity.id)) {
      const old = baseById.get(entity.id);
      const humanAdded = old === undefined;
      const humanEdited = old !== undefined && !sameValue(old, entity);
      if (!humanAdded && !humanEdited) continue;
      if (humanEdited) conflicts.push({ kind: 'unplaced-edit', id: entity.id, field: '*', ours: entity, theirs: undefined });
      // Keep it next to the entry it followed in the person's file.
      const at = previous === null ? 0 : result.findIndex((e) => e.id === previous) + 1;
      result.splice(at, 0, entity);
    }
    if (result.some((e) => e.id === entity.id)) previous = entity.id;
  }
  return { value: result, conflicts };
}
