/**
 * Expectations for the search tests, derived from the content that was built (never
 * hard-coded ids): commitments with the names their pages show, agencies and their 2025
 * successors, read through the site's own corpus reader.
 */
import path from 'node:path';
import { buildCorpus, type Corpus } from '../../src/lib/data/corpus.ts';
import { readCorpusDir } from '../../src/lib/data/read-corpus.ts';
import { agencyLabels } from '../../src/lib/data/lookup.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Content directory the build used (the global setup builds with the same environment). */
export const CONTENT_DIR = path.resolve(root, process.env.KHM_CONTENT_DIR ?? 'content');

let corpus: Corpus | undefined;

/** The built content as a corpus (read once). */
export function loadCorpus(): Corpus {
  corpus ??= buildCorpus(readCorpusDir(path.relative(root, CONTENT_DIR), root));
  return corpus;
}

/** A commitment with the agency (display names, as in the facets) and theme names its page shows. */
export interface CorpusCommitment {
  id: string;
  text: string;
  /** Lead agency ids. */
  leadIds: string[];
  lead: string[];
  partners: string[];
  /** Names of the 2025 successors of its agencies (its page and search entry name them too). */
  successors: string[];
  themes: string[];
}

/** Every commitment of the built content, with agencies and themes as display names. */
export function loadCommitments(): CorpusCommitment[] {
  const c = loadCorpus();
  const labels = agencyLabels(c);
  return [...c.commitments.values()].map((commitment) => ({
    id: commitment.id,
    text: commitment.text,
    leadIds: commitment.lead,
    lead: commitment.lead.map((id) => labels.get(id) ?? id),
    partners: commitment.partners.map((id) => labels.get(id) ?? id),
    successors: [...commitment.lead, ...commitment.partners].flatMap((id) => {
      const successor = c.agencies.get(id)?.successor;
      return successor ? [successor.name] : [];
    }),
    themes: commitment.themes.map((id) => c.themes.get(id)?.name ?? id),
  }));
}

/** Lower-case NFC, for phrase containment with diacritics kept. */
export function lower(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Ids of commitments whose text, agency (or its successor's) or theme names contain `phrase` (diacritics must match). */
export function commitmentsMentioning(commitments: CorpusCommitment[], phrase: string): Set<string> {
  const wanted = lower(phrase);
  return new Set(
    commitments
      .filter((c) => [c.text, ...c.lead, ...c.partners, ...c.successors, ...c.themes].some((text) => lower(text).includes(wanted)))
      .map((c) => c.id),
  );
}
