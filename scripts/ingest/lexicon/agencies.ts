/**
 * Canonical names of agencies that recur across documents, with their kind, usual
 * abbreviation and whether they are national bodies. The list is data: `agencies.yaml`.
 * A name not listed there is still accepted (kind inferred from its head word); the list
 * fixes the display spelling ("Cục Thuế tỉnh", not "Cục thuế tỉnh") and abbreviations.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { AgencyKindValue } from '../extract/types.ts';

/** One known agency. `national` bodies never get a province. */
export interface LexiconAgency {
  name: string;
  kind: AgencyKindValue;
  abbreviation?: string;
  aliases?: string[];
  national?: boolean;
}

/** Reads a list of agencies from YAML text; throws naming the entry when one is malformed. */
export function parseAgencyList(text: string, file = 'agencies.yaml'): LexiconAgency[] {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of agencies`);
  return data.map((entry: unknown, i) => {
    const agency = entry as Partial<LexiconAgency>;
    if (typeof agency.name !== 'string' || typeof agency.kind !== 'string') throw new Error(`${file}[${i}]: name and kind are required`);
    return agency as LexiconAgency;
  });
}

/** Known agencies (immutable data read from `agencies.yaml`); order does not matter. */
export const LEXICON_AGENCIES: readonly LexiconAgency[] = parseAgencyList(
  readFileSync(new URL('./agencies.yaml', import.meta.url), 'utf8'),
);
