/**
 * Astro content collections over `content/`. Thin on purpose: the schemas live in
 * `src/schemas/` and are shared with the converter and the validator; here they
 * only get Astro's `reference()` for relations.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { buildSchemas, type CollectionName } from './schemas/index.ts';
import { yamlLoader } from './lib/content/yaml-loader.ts';

const schemas = buildSchemas((collection: CollectionName) => reference(collection));

/** Content root; KHM_CONTENT_DIR lets tests and component work build the site from a fixture set. */
const CONTENT_DIR = process.env.KHM_CONTENT_DIR ?? 'content';

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/documents` }),
    schema: schemas.documents,
  }),
  sections: defineCollection({ loader: yamlLoader({ dir: `${CONTENT_DIR}/sections`, shape: 'list' }), schema: schemas.sections }),
  commitments: defineCollection({
    loader: yamlLoader({ dir: `${CONTENT_DIR}/commitments`, shape: 'list' }),
    schema: schemas.commitments,
  }),
  targets: defineCollection({ loader: yamlLoader({ dir: `${CONTENT_DIR}/targets`, shape: 'list' }), schema: schemas.targets }),
  actuals: defineCollection({ loader: yamlLoader({ dir: `${CONTENT_DIR}/actuals`, shape: 'list' }), schema: schemas.actuals }),
  agencies: defineCollection({ loader: yamlLoader({ dir: `${CONTENT_DIR}/agencies`, shape: 'entity' }), schema: schemas.agencies }),
  themes: defineCollection({ loader: yamlLoader({ dir: `${CONTENT_DIR}/themes`, shape: 'entity' }), schema: schemas.themes }),
  references: defineCollection({
    loader: yamlLoader({ dir: `${CONTENT_DIR}/references`, shape: 'entity' }),
    schema: schemas.references,
  }),
  places: defineCollection({ loader: yamlLoader({ dir: `${CONTENT_DIR}/places`, shape: 'entity' }), schema: schemas.places }),
};
