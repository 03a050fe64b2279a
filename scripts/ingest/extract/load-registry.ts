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
  let files: string[] = [];
  try {
    files = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  } catch {
    files = [];
  }
  const stored: ExtractedAgency[] = [];
  for (const file of files) {
    const agency = AgencySchema.parse(parse(await readFile(path.join(dir, file), 'utf8')));
    stored.push({ id: file.replace(/\.yaml$/, ''), ...agency, abbreviation: agency.abbreviation } as ExtractedAgency);
  }
  return buildRegistry(stored);
}
