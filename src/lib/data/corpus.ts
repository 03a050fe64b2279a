/**
 * The corpus: every content collection indexed by id, with relations reduced to
 * plain ids and checked. Astro only *logs* a `reference()` that points nowhere and
 * still exits 0, so {@link buildCorpus} throws instead: a broken relation must fail
 * the build, naming the entry, the field and the missing id.
 */
import type { Actual, Agency, Commitment, DocumentMeta, Place, Reference, Section, Target, Theme } from '../../schemas/index.ts';

/** A relation as Astro (`{ collection, id }`) or the converter (`"id"`) stores it. */
type RawRef = string | { id: string } | null | undefined;

/** One raw entry of a collection: id, parsed data and the file it came from. */
export interface RawEntry<T> {
  id: string;
  data: T;
  filePath?: string;
  /** Text after the frontmatter (MDX documents only). */
  body?: string;
}

/** Relation fields replaced by ids, plus the entry's id and source file. */
type Resolved<T, One extends keyof T, Many extends keyof T> = Omit<T, One | Many> & {
  [K in One]: string | null;
} & { [K in Many]: string[] } & { id: string; file: string };

/** `body`: the MDX text after the frontmatter, searched for mentions of cited documents. */
export type DocumentEntry = Resolved<DocumentMeta, 'issuer_agency' | 'place', never> & { body?: string };
export type SectionEntry = Resolved<Section, 'document' | 'parent', never> & { document: string };
export type CommitmentEntry = Resolved<Commitment, 'document' | 'section', 'lead' | 'partners' | 'themes' | 'targets' | 'references'> & {
  document: string;
};
export type AgencyEntry = Resolved<Agency, 'place' | 'parent', never>;
export type ThemeEntry = Theme & { id: string; file: string };
export type TargetEntry = Resolved<Target, 'document' | 'section', never> & { document: string };
export type ActualEntry = Resolved<Actual, 'document' | 'target', never> & { document: string };
export type ReferenceEntry = Resolved<Reference, 'document', never>;
export type PlaceEntry = Place & { id: string; file: string };

/** Raw collections, as `getCollection()` returns them (data typed loosely: relations differ by caller). */
export interface RawCollections {
  documents: RawEntry<unknown>[];
  sections: RawEntry<unknown>[];
  commitments: RawEntry<unknown>[];
  agencies: RawEntry<unknown>[];
  themes: RawEntry<unknown>[];
  targets: RawEntry<unknown>[];
  actuals: RawEntry<unknown>[];
  references: RawEntry<unknown>[];
  places: RawEntry<unknown>[];
}

/** Every collection by id, relations as ids, in a stable order (document order or id). */
export interface Corpus {
  documents: Map<string, DocumentEntry>;
  sections: Map<string, SectionEntry>;
  commitments: Map<string, CommitmentEntry>;
  agencies: Map<string, AgencyEntry>;
  themes: Map<string, ThemeEntry>;
  targets: Map<string, TargetEntry>;
  actuals: Map<string, ActualEntry>;
  references: Map<string, ReferenceEntry>;
  places: Map<string, PlaceEntry>;
}

/** Thrown when relations point at entries that do not exist; lists every problem. */
export class UnresolvedRelationError extends Error {
  constructor(problems: string[]) {
    super(
      `${problems.length} relation(s) in the content point at entries that do not exist:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nFix the id in the named file, or add the missing entry (re-run `npm run ingest` for generated content).',
    );
    this.name = 'UnresolvedRelationError';
  }
}

const toId = (ref: RawRef): string | null => (ref == null ? null : typeof ref === 'string' ? ref : ref.id);

// Which fields of each collection are relations, and to which collection they point.
const ONE: Record<keyof RawCollections, [string, keyof RawCollections][]> = {
  documents: [
    ['issuer_agency', 'agencies'],
    ['place', 'places'],
  ],
  sections: [
    ['document', 'documents'],
    ['parent', 'sections'],
  ],
  commitments: [
    ['document', 'documents'],
    ['section', 'sections'],
  ],
  agencies: [
    ['place', 'places'],
    ['parent', 'agencies'],
  ],
  themes: [],
  targets: [
    ['document', 'documents'],
    ['section', 'sections'],
  ],
  actuals: [
    ['document', 'documents'],
    ['target', 'targets'],
  ],
  references: [['document', 'documents']],
  places: [],
};
const MANY: Partial<Record<keyof RawCollections, [string, keyof RawCollections][]>> = {
  commitments: [
    ['lead', 'agencies'],
    ['partners', 'agencies'],
    ['themes', 'themes'],
    ['targets', 'targets'],
    ['references', 'references'],
  ],
};

/** Indexes raw collections by id, turns relations into ids and checks that each one resolves. */
export function buildCorpus(raw: RawCollections): Corpus {
  const names = Object.keys(ONE) as (keyof RawCollections)[];
  const ids = Object.fromEntries(names.map((n) => [n, new Set(raw[n].map((e) => e.id))])) as Record<keyof RawCollections, Set<string>>;
  const problems: string[] = [];
  const corpus = {} as Record<keyof RawCollections, Map<string, unknown>>;
  for (const name of names) {
    const map = new Map<string, unknown>();
    const byOrder = [...raw[name]].sort(compareEntries);
    for (const entry of byOrder) {
      const data = { ...(entry.data as Record<string, unknown>) };
      const where = `${entry.filePath ?? name} (${name} "${entry.id}")`;
      for (const [field, target] of ONE[name]) {
        const id = toId(data[field] as RawRef);
        if (id !== null && !ids[target].has(id)) problems.push(`${where} ${field}: no ${target} entry "${id}"`);
        data[field] = id;
      }
      for (const [field, target] of MANY[name] ?? []) {
        const list = ((data[field] as RawRef[] | undefined) ?? []).map(toId).filter((id): id is string => id !== null);
        for (const id of list) if (!ids[target].has(id)) problems.push(`${where} ${field}: no ${target} entry "${id}"`);
        data[field] = list;
      }
      const body = name === 'documents' && entry.body !== undefined ? { body: entry.body } : {};
      map.set(entry.id, { ...data, ...body, id: entry.id, file: entry.filePath ?? '' });
    }
    corpus[name] = map;
  }
  if (problems.length > 0) throw new UnresolvedRelationError(problems);
  return corpus as unknown as Corpus;
}

// Document order when entries carry `order` (same document), otherwise by id, so output is deterministic.
function compareEntries(a: RawEntry<unknown>, b: RawEntry<unknown>): number {
  const da = a.data as { document?: RawRef; order?: number };
  const db = b.data as { document?: RawRef; order?: number };
  const docA = toId(da.document) ?? '';
  const docB = toId(db.document) ?? '';
  if (docA !== docB) return docA < docB ? -1 : 1;
  if (typeof da.order === 'number' && typeof db.order === 'number' && da.order !== db.order) return da.order - db.order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
