/**
 * The content model in one place. `buildSchemas(ref)` returns one schema per collection of
 * the registry (collections.ts); see fields.ts for what `ref` is.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, collectionNames, type Registry } from './collections.ts';
import { slugRef, type RefFactory } from './fields.ts';

export * from './fields.ts';
export * from './collections.ts';
export * from './agency.ts';
export * from './commitment.ts';
export * from './conflict.ts';
export * from './document.ts';
export * from './indicator.ts';
export * from './place.ts';
export * from './reference.ts';
export * from './section.ts';
export * from './target.ts';
export * from './text.ts';
export * from './theme.ts';

/** The schemas of a registry, with relations built by `ref`. */
export type SchemasOf<R extends Registry> = { [K in keyof R]: ReturnType<R[K]['schema']> };

/** One schema per collection of `registry`, with relations built by `ref`. */
export function buildSchemas<R extends Registry = typeof COLLECTIONS>(
  ref: RefFactory,
  registry: R = COLLECTIONS as unknown as R,
): SchemasOf<R> {
  return Object.fromEntries(collectionNames(registry).map((name) => [name, registry[name]!.schema(ref)])) as SchemasOf<R>;
}

/** Schemas whose relations are plain ids: for the converter and the validator. */
export const schemas = buildSchemas(slugRef);

/** The data of one entry of a collection, relations as ids, defaults filled in. */
export type EntryData<K extends keyof typeof COLLECTIONS> = z.output<(typeof schemas)[K]>;
