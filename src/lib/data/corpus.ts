/**
 * The corpus: every collection of the registry indexed by id, with relations reduced to
 * plain ids and checked. Astro only *logs* a `reference()` that points nowhere and still
 * exits 0, so {@link buildCorpus} throws instead: a broken relation must fail the build,
 * naming the entry, the field and the missing id.
 *
 * Which fields are relations is not listed here: a relation arrives as an object
 * `{ collection, id }` (Astro's `reference()`, or the validator's RefMark in unit tests),
 * so walking the data finds them all.
 */
import { catalogue, DiagnosticError, report, type Diagnostic } from '../../diagnostics/index.ts';
import { COLLECTIONS, collectionNames, type CollectionName, type EntryData, type Registry } from '../../schemas/index.ts';

/** One raw entry of a collection: id, parsed data and the file it came from. */
export interface RawEntry {
  id: string;
  data: unknown;
  filePath?: string;
}

/** Raw collections by name, as `getCollection()` returns them. */
export type RawCollections = Record<CollectionName, RawEntry[]>;

/** An entry of the corpus: its data (relations as ids), id and source file. */
export type Entry<K extends CollectionName> = EntryData<K> & { id: string; file: string };

export type DocumentEntry = Entry<'documents'>;
export type TextEntry = Entry<'texts'>;
export type SectionEntry = Entry<'sections'>;
export type CommitmentEntry = Entry<'commitments'>;
export type AgencyEntry = Entry<'agencies'>;
export type ThemeEntry = Entry<'themes'>;
export type TargetEntry = Entry<'targets'>;
export type ActualEntry = Entry<'actuals'>;
export type ReferenceEntry = Entry<'references'>;
export type PlaceEntry = Entry<'places'>;
export type IndicatorMappingEntry = Entry<'indicators'>;

/** Every collection by id, relations as ids, in a stable order (document order, else id). */
export type Corpus = { [K in CollectionName]: Map<string, Entry<K>> };

/**
 * Thrown when relations point at entries that do not exist: one REF_UNKNOWN diagnostic per
 * relation, printed like `npm run check` prints them (which also gives the line).
 */
export class UnresolvedRelationError extends DiagnosticError {
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics);
    this.name = 'UnresolvedRelationError';
  }
}

/** A relation as stored by Astro (`{ collection, id }`) or by the validator's parse (RefMark). */
function asRelation(value: unknown): { collection: string; id: string } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  const { collection, id } = value as { collection?: unknown; id?: unknown };
  return keys.length === 2 && typeof collection === 'string' && typeof id === 'string' ? { collection, id } : null;
}

/** Replaces every relation in `value` by its id, reporting those whose target is unknown. */
function resolveRelations(
  value: unknown,
  ids: Map<string, Set<string>>,
  report: (path: string, target: string, id: string) => void,
  path = '',
): unknown {
  const relation = asRelation(value);
  if (relation) {
    if (!ids.get(relation.collection)?.has(relation.id)) report(path, relation.collection, relation.id);
    return relation.id;
  }
  if (Array.isArray(value)) return value.map((item) => resolveRelations(item, ids, report, path));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, resolveRelations(item, ids, report, path ? `${path}.${key}` : key)]),
    );
  }
  return value;
}

// Document order when entries carry `order` (same document), otherwise by id, so output is deterministic.
function compareEntries(a: RawEntry, b: RawEntry): number {
  const da = a.data as { document?: unknown; order?: number };
  const db = b.data as { document?: unknown; order?: number };
  const docA = asRelation(da.document)?.id ?? (typeof da.document === 'string' ? da.document : '');
  const docB = asRelation(db.document)?.id ?? (typeof db.document === 'string' ? db.document : '');
  if (docA !== docB) return docA < docB ? -1 : 1;
  if (typeof da.order === 'number' && typeof db.order === 'number' && da.order !== db.order) return da.order - db.order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Indexes raw collections by id, turns relations into ids and checks that each one resolves. */
export function buildCorpus<R extends Registry = typeof COLLECTIONS>(
  raw: Record<keyof R & string, RawEntry[]>,
  registry: R = COLLECTIONS as unknown as R,
): Corpus {
  const names = collectionNames(registry);
  const ids = new Map(names.map((name) => [name as string, new Set((raw[name] ?? []).map((e) => e.id))]));
  const problems: Diagnostic[] = [];
  const corpus: Record<string, Map<string, unknown>> = {};
  for (const name of names) {
    const map = new Map<string, unknown>();
    for (const entry of [...(raw[name] ?? [])].sort(compareEntries)) {
      const data = resolveRelations(entry.data, ids, (field, target, id) =>
        problems.push(
          report(
            catalogue.REF_UNKNOWN,
            { file: entry.filePath ?? name, field: `${name}["${entry.id}"].${field}` },
            { collection: target, id, suggestion: '', howToAdd: 'or add the missing entry (`npm run check` names the line)' },
          ),
        ),
      );
      map.set(entry.id, { ...(data as Record<string, unknown>), id: entry.id, file: entry.filePath ?? '' });
    }
    corpus[name] = map;
  }
  if (problems.length > 0) throw new UnresolvedRelationError(problems);
  return corpus as unknown as Corpus;
}
