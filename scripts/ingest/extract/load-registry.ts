/**
 * Builds the agency registry from the built-in lexicon plus the staff-editable
 * `content/agencies/<id>.yaml` files (their aliases drive canonicalisation). The files are read
 * through the one content reader, following the collection registry.
 */
import { DiagnosticError, hasErrors } from '../../../src/diagnostics/index.ts';
import { loadCollections } from '../../../src/lib/content/load-collections.ts';
import { makeAgencySchema } from '../../../src/schemas/agency.ts';
import { COLLECTIONS } from '../../../src/schemas/collections.ts';
import { slugRef } from '../../../src/schemas/fields.ts';
import { checkSchemas } from '../../validate/check-schema.ts';
import type { AgencyRegistry, ExtractedAgency } from './types.ts';
import { buildRegistry } from './registry.ts';

const AgencySchema = makeAgencySchema(slugRef);

/** Reads `<contentDir>/agencies/*.yaml` and merges them over the lexicon. */
export async function loadAgencyRegistry(contentDir: string): Promise<AgencyRegistry> {
  const inputs = { agencies: COLLECTIONS.agencies };
  const loaded = loadCollections(contentDir, inputs);
  // A hand-edited entry that no longer matches the content model must be fixed, not skipped silently.
  const problems = [...loaded.diagnostics, ...checkSchemas(loaded.entries, inputs).diagnostics];
  if (hasErrors(problems)) throw new DiagnosticError(problems);
  const stored: ExtractedAgency[] = loaded.entries.map((entry) => {
    const { abbreviation, place, parent, ...agency } = AgencySchema.parse(entry.data);
    // slugRef validated both relations as slugs; the generic factory types them `unknown`.
    return {
      id: entry.id,
      ...agency,
      place: place as string | null,
      parent: parent as string | null,
      ...(abbreviation ? { abbreviation } : {}),
    };
  });
  return buildRegistry(stored);
}
