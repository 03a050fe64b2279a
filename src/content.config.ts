/**
 * Astro content collections over `content/`, derived from the collection registry
 * (src/schemas/collections.ts): one collection per registry entry, with Astro's
 * `reference()` for relations. Nothing is declared here by hand.
 */
import { defineCollection, reference } from 'astro:content';
import type { z } from 'astro/zod';
import { registryLoader } from './lib/content/yaml-loader.ts';
import { COLLECTIONS, collectionNames } from './schemas/index.ts';

/** Content root; KHM_CONTENT_DIR lets tests and component work build the site from a fixture set. */
const CONTENT_DIR = process.env.KHM_CONTENT_DIR ?? 'content';

export const collections = Object.fromEntries(
  collectionNames(COLLECTIONS).map((name) => [
    name,
    defineCollection({
      loader: registryLoader(name, COLLECTIONS[name], CONTENT_DIR),
      schema: COLLECTIONS[name].schema((collection) => reference(collection as never) as unknown as z.ZodType<string, string>),
    }),
  ]),
);
