/**
 * Abbreviations met in plan documents, expanded before agency names are compared. The list
 * is data: `agency-abbreviations.yaml` (pairs of short and long form).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** Reads the pairs of short and long forms from YAML text. */
export function parseAbbreviations(text: string, file = 'agency-abbreviations.yaml'): ReadonlyArray<readonly [string, string]> {
  const data: unknown = parseYaml(text);
  if (!Array.isArray(data) || data.some((pair) => !Array.isArray(pair) || pair.length !== 2 || pair.some((x) => typeof x !== 'string')))
    throw new Error(`${file}: expected a list of [short, long] pairs`);
  return data as [string, string][];
}

/** Abbreviations and their long forms (immutable data read from `agency-abbreviations.yaml`). */
export const AGENCY_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = parseAbbreviations(
  readFileSync(new URL('./agency-abbreviations.yaml', import.meta.url), 'utf8'),
);
