/**
 * The content model in one place. `buildSchemas(ref)` returns one schema per
 * collection; see fields.ts for what `ref` is.
 */
import { z } from 'astro/zod';
import { slugRef, type RefFactory } from './fields.ts';
import { makeAgencySchema } from './agency.ts';
import { makeCommitmentSchema } from './commitment.ts';
import { makeDocumentSchema } from './document.ts';
import { PlaceSchema } from './place.ts';
import { makeReferenceSchema } from './reference.ts';
import { makeSectionSchema } from './section.ts';
import { makeActualSchema, makeTargetSchema } from './target.ts';
import { ThemeSchema } from './theme.ts';

export * from './fields.ts';
export * from './agency.ts';
export * from './commitment.ts';
export * from './document.ts';
export * from './place.ts';
export * from './reference.ts';
export * from './section.ts';
export * from './target.ts';
export * from './theme.ts';

/** One schema per content collection, with relations built by `ref`. */
export function buildSchemas(ref: RefFactory) {
  return {
    documents: makeDocumentSchema(ref),
    sections: makeSectionSchema(ref),
    commitments: makeCommitmentSchema(ref),
    agencies: makeAgencySchema(ref),
    themes: ThemeSchema,
    targets: makeTargetSchema(ref),
    actuals: makeActualSchema(ref),
    references: makeReferenceSchema(ref),
    places: PlaceSchema,
  } satisfies Record<string, z.ZodType>;
}

/** Schemas whose relations are plain ids: for the converter and the validator. */
export const schemas = buildSchemas(slugRef);
