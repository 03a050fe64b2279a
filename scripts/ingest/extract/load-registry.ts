/**
 * Builds the agency registry from the built-in lexicon plus the staff-editable
 * `content/agencies/<id>.yaml` files (their aliases drive canonicalisation).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { makeAgencySchema } from '../../../src/schemas/agency.ts';
import { slugRef } from '../../../src/schemas/fields.ts';
import type { AgencyRegistry, ExtractedAgency } from './types.ts';
import { buildRegistry } from './registry.ts';

const AgencySchema = makeAgencySchema(slugRef);

/** Reads `<contentDir>/agencies/*.yaml` and merges them over the lexicon. */
export async function loadAgencyRegistry(contentDir: string): Promise<AgencyRegistry> {
  const dir = path.join(contentDir, 'agencies');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    files = [];
  }
  const stored: ExtractedAgency[] = [];
  for (const file of files) {
    const location = path.join(dir, file);
    const result = AgencySchema.safeParse(parse(await readFile(location, 'utf8')));
    // A hand-edited entry that no longer matches the content model must be fixed, not skipped silently.
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`).join('; ');
      throw new Error(
        `${location}: the agency entry does not match the content model (${problems}). Fix the file or delete it to let the next ingest recreate it.`,
      );
    }
    const { abbreviation, place, parent, ...agency } = result.data;
    // slugRef validated both relations as slugs; the generic factory types them `unknown`.
    stored.push({
      id: file.replace(/\.yaml$/, ''),
      ...agency,
      place: place as string | null,
      parent: parent as string | null,
      ...(abbreviation ? { abbreviation } : {}),
    });
  }
  return buildRegistry(stored);
}
