/**
 * Entity extraction: parsed document → commitments, agencies, targets, actuals,
 * references, place, people. The contract is documented in ./types.ts.
 *
 * `loadExtractContext` is the only function here that touches the file system;
 * `extractEntities` is pure and deterministic.
 */
import type { ExtractContext, Extraction, ParsedDocument } from './types.ts';
import { loadAgencyRegistry } from './load-registry.ts';
import { loadThemeRules } from './load-themes.ts';

export type * from './types.ts';

/** Reads the agency registry and theme rules under `contentDir` (the only I/O of extraction). */
export async function loadExtractContext(contentDir: string, documentId: string): Promise<ExtractContext> {
  const [registry, themes] = await Promise.all([loadAgencyRegistry(contentDir), loadThemeRules(contentDir)]);
  return { documentId, registry, themes };
}

/** Extracts every entity of a parsed document; pure. */
export function extractEntities(parsed: ParsedDocument, ctx: ExtractContext): Extraction {
  void parsed;
  void ctx;
  return {
    commitments: [],
    agencies: [],
    targets: [],
    actuals: [],
    references: [],
    place: null,
    issuerAgency: null,
    people: [],
    diagnostics: [],
  };
}
