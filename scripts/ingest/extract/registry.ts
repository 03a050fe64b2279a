/**
 * The agency registry: stored agencies (content/agencies/*.yaml) indexed by every
 * spelling staff have recorded, so that an alias added by hand is honoured by the
 * next ingest. Lookups are keyed by place too, because "Sở Tài chính" of Cà Mau and
 * of Hậu Giang are different bodies.
 */
import type { AgencyRegistry, ExtractedAgency } from './types.ts';
import { nameKey } from './agency-name.ts';

/** Index key of a spelling within a place (null place = national or unknown). */
export function registryKey(place: string | null, name: string): string {
  return `${place ?? ''}|${nameKey(name)}`;
}

/** Builds a registry from stored agencies; the first agency claiming a key keeps it. */
export function buildRegistry(stored: ExtractedAgency[]): AgencyRegistry {
  const entries = new Map<string, ExtractedAgency>();
  const index = new Map<string, string>();
  for (const agency of [...stored].sort((a, b) => a.id.localeCompare(b.id))) {
    entries.set(agency.id, agency);
    for (const spelling of [agency.name, ...agency.aliases, ...(agency.abbreviation ? [agency.abbreviation] : [])]) {
      const key = registryKey(agency.place, spelling);
      if (!index.has(key)) index.set(key, agency.id);
    }
  }
  return { entries, index };
}

/** Finds a stored agency by spelling and place; national entries match any place. */
export function findStored(registry: AgencyRegistry, name: string, place: string | null): ExtractedAgency | null {
  const id = registry.index.get(registryKey(place, name)) ?? registry.index.get(registryKey(null, name));
  return id ? (registry.entries.get(id) ?? null) : null;
}
