/**
 * Checks across files: ids (well-formed, unique), relations that point nowhere, agencies
 * nothing uses, two documents with the same number, commitments whose text is not in their
 * document's text, and Unicode NFC text. Astro itself only logs a broken reference and still
 * builds, so these checks are what keeps a half-broken site from publishing.
 */
import { catalogue, report, type Diagnostic } from '../../src/diagnostics/index.ts';
import { lineOf, type ContentFile } from '../../src/lib/content/content-file.ts';
import type { LoadedEntry, Unreadable } from '../../src/lib/content/load-collections.ts';
import { SLUG_PATTERN } from '../../src/schemas/index.ts';
import { fieldPath, type UsedRef } from './check-schema.ts';
import { closest } from './suggest.ts';

/** Where staff fix a missing entry of each collection. */
const HOW_TO_ADD: Record<string, string> = {
  agencies:
    'or create content/agencies/<id>.yaml (name, kind); if it is another spelling of an existing agency, add it to that agency\'s "aliases" and use its id',
  themes: 'or create content/themes/<id>.yaml (name, description, keywords)',
  documents: "or add the document's source to content/sources/ and run `npm run ingest`",
  references: 'or create content/references/<id>.yaml (number, type, issuer, date)',
  places: 'or create content/places/<id>.yaml (name, full_name, kind)',
};
const REGENERATE = 'or re-run `npm run ingest` to regenerate it';

const key = (collection: string, id: string) => `${collection}/${id}`;

/** Duplicate and malformed ids. Ids of entry files come from file names. */
export function checkIds(entries: readonly LoadedEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, LoadedEntry>();
  for (const entry of entries) {
    const idPath = entry.at.length > 0 ? [...entry.at, 'id'] : [];
    // Lines only for what is reported: finding one builds the file's syntax tree.
    const where = () => ({
      file: entry.source.file,
      line: lineOf(entry.source, idPath),
      field: entry.at.length > 0 ? fieldPath(entry, ['id']) : '(file name)',
    });
    if (!SLUG_PATTERN.test(entry.id)) diagnostics.push(report(catalogue.ID_INVALID, where(), { id: entry.id }));
    const previous = seen.get(key(entry.collection, entry.id));
    if (previous) {
      const at = `${previous.source.file}:${lineOf(previous.source, previous.at.length > 0 ? [...previous.at, 'id'] : [])}`;
      diagnostics.push(report(catalogue.ID_DUPLICATE, where(), { id: entry.id, collection: entry.collection, where: at }));
    } else {
      seen.set(key(entry.collection, entry.id), entry);
    }
  }
  return diagnostics;
}

/**
 * Relations whose target does not exist. Targets in `unreadable` files (already reported as
 * YAML errors) are not reported again, so one syntax error gives one message.
 */
export function checkReferences(
  entries: readonly LoadedEntry[],
  refs: readonly UsedRef[],
  unreadable: readonly Unreadable[] = [],
): Diagnostic[] {
  const skip = (collection: string, id: string) => unreadable.some((u) => u.collection === collection && (u.id === null || u.id === id));
  const ids = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  const diagnostics: Diagnostic[] = [];
  for (const ref of refs) {
    const known = ids.get(ref.target.collection) ?? new Set<string>();
    if (known.has(ref.target.id) || skip(ref.target.collection, ref.target.id)) continue;
    const guess = closest(ref.target.id, known);
    diagnostics.push(
      report(
        catalogue.REF_UNKNOWN,
        {
          file: ref.entry.source.file,
          line: lineOf(ref.entry.source, [...ref.entry.at, ...ref.path]),
          field: fieldPath(ref.entry, ref.path),
        },
        {
          collection: ref.target.collection,
          id: ref.target.id,
          suggestion: guess ? `Did you mean "${guess}"? ` : '',
          howToAdd: HOW_TO_ADD[ref.target.collection] ?? REGENERATE,
        },
      ),
    );
  }
  return diagnostics;
}

/**
 * Agencies that nothing uses: usually a misspelt duplicate left behind after staff corrected
 * the commitments. (Cited references are not checked: a document may cite a law in its
 * preamble or footnotes without any commitment pointing at it.)
 */
export function checkOrphans(entries: readonly LoadedEntry[], refs: readonly UsedRef[]): Diagnostic[] {
  const used = new Set(refs.map((ref) => key(ref.target.collection, ref.target.id)));
  return entries
    .filter((entry) => entry.collection === 'agencies' && !used.has(key(entry.collection, entry.id)))
    .map((entry) => report(catalogue.AGENCY_UNUSED, { file: entry.source.file, line: 1, field: '(file)' }, { id: entry.id }));
}

/** Year of an issue date written YYYY-MM-DD; null when unknown. */
function yearOf(issued: unknown): string | null {
  return typeof issued === 'string' && /^\d{4}/.test(issued) ? issued.slice(0, 4) : null;
}

/** Who issued a document: its agency id when linked, else the printed issuer; null when unknown. */
function issuerOf(data: Record<string, unknown>): string | null {
  if (typeof data.issuer_agency === 'string' && data.issuer_agency) return data.issuer_agency;
  if (typeof data.issuer === 'string' && data.issuer.trim()) return data.issuer.trim().toLowerCase();
  return null;
}

/**
 * Two documents with the same number. "01/CTr-UBND" recurs every year and in every province,
 * so a clash needs the same issuer and year too, unless one of them is unknown.
 */
export function checkDocumentNumbers(entries: readonly LoadedEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byNumber = new Map<string, LoadedEntry[]>();
  for (const entry of entries) {
    if (entry.collection !== 'documents') continue;
    const { number } = entry.data;
    if (typeof number !== 'string' || number.trim() === '') continue;
    const normalized = number.normalize('NFC').toLowerCase().replace(/\s+/g, '');
    const earlier = byNumber.get(normalized) ?? [];
    const same = (a: string | null, b: string | null) => a === null || b === null || a === b;
    const previous = earlier.find(
      (other) => same(issuerOf(other.data), issuerOf(entry.data)) && same(yearOf(other.data.issued), yearOf(entry.data.issued)),
    );
    byNumber.set(normalized, [...earlier, entry]);
    if (!previous) continue;
    diagnostics.push(
      report(
        catalogue.DOCUMENT_NUMBER_DUPLICATE,
        { file: entry.source.file, line: lineOf(entry.source, ['number']), field: 'number' },
        { number, other: previous.source.file },
      ),
    );
  }
  return diagnostics;
}

const normalizedText = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Commitments whose text is not in their document's text (a commitment added by hand with
 * its text retyped): the document page could not highlight them. A warning: the commitment
 * page still shows.
 */
export function checkCommitmentTexts(entries: readonly LoadedEntry[]): Diagnostic[] {
  const texts = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection !== 'texts' || !Array.isArray(entry.data.blocks)) continue;
    const blocks = entry.data.blocks as { text?: unknown; cells?: unknown }[];
    texts.set(entry.id, normalizedText(blocks.map((b) => (Array.isArray(b.cells) ? b.cells.join(' ') : String(b.text ?? ''))).join('\n')));
  }
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'commitments') continue;
    const { document, text } = entry.data;
    const whole = typeof document === 'string' ? texts.get(document) : undefined;
    if (whole === undefined || typeof text !== 'string') continue;
    if (whole.includes(normalizedText(text).slice(0, 60))) continue;
    diagnostics.push(
      report(
        catalogue.COMMITMENT_TEXT_MISSING,
        { file: entry.source.file, line: lineOf(entry.source, [...entry.at, 'text']), field: fieldPath(entry, ['text']) },
        { document: String(document) },
      ),
    );
  }
  return diagnostics;
}

/** Lines that are not Unicode NFC (decomposed Vietnamese letters, e.g. pasted from macOS). */
export function checkNfc(files: readonly ContentFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (file.text === file.text.normalize('NFC')) continue;
    file.text.split('\n').forEach((line, i) => {
      if (line !== line.normalize('NFC'))
        diagnostics.push(report(catalogue.TEXT_NOT_NFC, { file: file.file, line: i + 1, field: '(text)' }));
    });
  }
  return diagnostics;
}
