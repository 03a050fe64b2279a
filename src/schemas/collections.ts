/**
 * The collection registry: where each collection lives, in what shape, who writes it and
 * how staff edits merge. Everything that reads or writes content derives from this one
 * table — the Astro content config, the validator's loader, the unit-test reader, the
 * converter's writer and the site's data module — so adding a collection is one entry here
 * plus its schema file.
 */
import type { z } from 'astro/zod';
import type { RefFactory } from './fields.ts';
import { makeAgencySchema } from './agency.ts';
import { makeCommitmentSchema } from './commitment.ts';
import { makeDocumentSchema } from './document.ts';
import { makeIndicatorSchema } from './indicator.ts';
import { PlaceSchema } from './place.ts';
import { makeReferenceSchema } from './reference.ts';
import { makeSectionSchema } from './section.ts';
import { makeActualSchema, makeTargetSchema } from './target.ts';
import { makeTextSchema } from './text.ts';
import { ThemeSchema } from './theme.ts';

/**
 * `entry`: one YAML file per entry, the file name (without `.yaml`) is its id.
 * `list`: one YAML list per document (`<document>.yaml`), each entry with its own `id`,
 * so that staff review one file per plan.
 */
export type Layout = 'entry' | 'list';

/** One collection of the registry. */
export interface CollectionSpec {
  /** Folder under the content root, e.g. `commitments` for `content/commitments/`. */
  dir: string;
  layout: Layout;
  /** Builds the schema; `ref` decides how relations are checked (see fields.ts). */
  schema: (ref: RefFactory) => z.ZodObject;
  /**
   * `converter`: written by `npm run ingest` (and kept in `content/.generated/` as the base
   * of the three-way merge that keeps staff edits); `people`: written by hand only.
   */
  writtenBy: 'converter' | 'people';
  /** Shared by all documents (registries): entries from several documents are combined, never dropped. */
  shared?: boolean;
  /** Verbatim source text: never merged; a hand edit is refused (fix the source instead). */
  verbatim?: boolean;
  /** List fields where a person's additions and the converter's values are united (themes, aliases). */
  setFields?: readonly string[];
  /** Fields only people write (the converter always emits their default). */
  staffFields?: readonly string[];
  /**
   * How an entry is recognised when its document is converted again (list collections):
   * entries are matched by what they say (`text`, compared loosely), not by position, so staff
   * edits stay on their entry; `exact` is what must be equal for two entries to be the same
   * (a figure's value and unit: a reworded label never makes 53 the same figure as 55).
   */
  identity?: EntryIdentity;
}

/** What a list entry is recognised by across conversions (see `identity` above). */
export interface EntryIdentity {
  text: (entry: Record<string, unknown>) => string;
  exact?: (entry: Record<string, unknown>) => string;
}

const text = (entry: Record<string, unknown>, key: string): string => (typeof entry[key] === 'string' ? entry[key] : '');

/** Every collection of the content model, by name. */
export const COLLECTIONS = {
  documents: { dir: 'documents', layout: 'entry', schema: makeDocumentSchema, writtenBy: 'converter' },
  texts: { dir: 'texts', layout: 'entry', schema: makeTextSchema, writtenBy: 'converter', verbatim: true },
  sections: {
    dir: 'sections',
    layout: 'list',
    schema: makeSectionSchema,
    writtenBy: 'converter',
    identity: { text: (e) => text(e, 'anchor') },
  },
  commitments: {
    dir: 'commitments',
    layout: 'list',
    schema: makeCommitmentSchema,
    writtenBy: 'converter',
    setFields: ['themes'],
    staffFields: ['status', 'status_history'],
    identity: { text: (e) => text(e, 'text') },
  },
  targets: {
    dir: 'targets',
    layout: 'list',
    schema: makeTargetSchema,
    writtenBy: 'converter',
    // The label is the converter's reading of the sentence and changes with it; the sentence and
    // the numbers are the source's. Only the first number is exact: whether "từ 7% trở lên" has
    // an upper bound is the converter's reading too.
    identity: { text: (e) => `${text(e, 'sentence')} ${text(e, 'label')}`, exact: (e) => `${String(e.low ?? e.high)} ${text(e, 'unit')}` },
  },
  actuals: {
    dir: 'actuals',
    layout: 'list',
    schema: makeActualSchema,
    writtenBy: 'converter',
    identity: { text: (e) => `${text(e, 'sentence')} ${text(e, 'label')}`, exact: (e) => `${String(e.value)} ${text(e, 'unit')}` },
  },
  agencies: { dir: 'agencies', layout: 'entry', schema: makeAgencySchema, writtenBy: 'converter', shared: true, setFields: ['aliases'] },
  references: { dir: 'references', layout: 'entry', schema: makeReferenceSchema, writtenBy: 'converter', shared: true },
  places: { dir: 'places', layout: 'entry', schema: () => PlaceSchema, writtenBy: 'converter', shared: true },
  themes: { dir: 'themes', layout: 'entry', schema: () => ThemeSchema, writtenBy: 'people' },
  indicators: { dir: 'indicators', layout: 'entry', schema: makeIndicatorSchema, writtenBy: 'people' },
} as const satisfies Record<string, CollectionSpec>;

/** Names of the content collections. */
export type CollectionName = keyof typeof COLLECTIONS;

/** A registry: the real one, or one extended in a test. */
export type Registry = Readonly<Record<string, CollectionSpec>>;

/** Names of a registry's collections, in registry order. */
export function collectionNames<R extends Registry>(registry: R): (keyof R & string)[] {
  return Object.keys(registry) as (keyof R & string)[];
}

/** The spec of a collection, as the general interface (optional properties readable). */
export function specOf(name: CollectionName): CollectionSpec {
  return COLLECTIONS[name];
}

/** Names of the collections that hold one list per document. */
export type PerDocumentName = { [K in CollectionName]: (typeof COLLECTIONS)[K]['layout'] extends 'list' ? K : never }[CollectionName];

/** Collections that hold one list per document. */
export const PER_DOCUMENT = collectionNames(COLLECTIONS).filter((name): name is PerDocumentName => COLLECTIONS[name].layout === 'list');
