/**
 * Expectations for the search tests, derived from the content that was built (never
 * hard-coded ids): the commitments YAML and the agencies, read with the shared schemas' shape.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');

/** Content directory the build used (the global setup builds with the same environment). */
export const CONTENT_DIR = path.resolve(root, process.env.KHM_CONTENT_DIR ?? 'content');

/** A commitment with the agency and theme names its page shows. */
export interface CorpusCommitment {
  id: string;
  text: string;
  lead: string[];
  partners: string[];
  themes: string[];
}

function readDir(dir: string): [string, unknown][] {
  const full = path.join(CONTENT_DIR, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(path.join(full, name), 'utf8'))]);
}

/** Every commitment of the built content, with agencies and themes as display names. */
export function loadCommitments(): CorpusCommitment[] {
  const names = (dir: string) => new Map(readDir(dir).map(([id, data]) => [id, (data as { name: string }).name]));
  const agencies = names('agencies');
  const themes = names('themes');
  return readDir('commitments').flatMap(([, list]) =>
    (list as { id: string; text: string; lead?: string[]; partners?: string[]; themes?: string[] }[]).map((c) => ({
      id: c.id,
      text: c.text,
      lead: (c.lead ?? []).map((id) => agencies.get(id) ?? id),
      partners: (c.partners ?? []).map((id) => agencies.get(id) ?? id),
      themes: (c.themes ?? []).map((id) => themes.get(id) ?? id),
    })),
  );
}

/** Lower-case NFC, for phrase containment with diacritics kept. */
export function lower(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Ids of commitments whose text, agency or theme names contain `phrase` (diacritics must match). */
export function commitmentsMentioning(commitments: CorpusCommitment[], phrase: string): Set<string> {
  const wanted = lower(phrase);
  return new Set(
    commitments
      .filter((c) => [c.text, ...c.lead, ...c.partners, ...c.themes].some((text) => lower(text).includes(wanted)))
      .map((c) => c.id),
  );
}
