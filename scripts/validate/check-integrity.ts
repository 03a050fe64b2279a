/**
 * Checks across files: ids (well-formed, unique), relations that point nowhere,
 * entities nothing uses, two documents with the same number, commitment markers in
 * MDX bodies, and Unicode NFC text. Astro itself only logs a broken reference and
 * still builds, so these checks are what keeps a half-broken site from publishing.
 */
import { SLUG_PATTERN, type CollectionName } from '../../src/schemas/index.ts';
import type { Diagnostic } from '../ingest/types.ts';
import { fieldPath, type UsedRef } from './check-schema.ts';
import { lineOf, type LoadedEntity, type LoadedFile, type Unreadable } from './load.ts';
import { closest } from './suggest.ts';

/** Where staff fix a missing entity of each collection. */
const HOW_TO_ADD: Record<CollectionName, string> = {
  agencies:
    'or create content/agencies/<id>.yaml (name, kind); if it is another spelling of an existing agency, add it to that agency\'s "aliases" and use its id',
  themes: 'or create content/themes/<id>.yaml (name, description, keywords)',
  documents: "or add the document's source to content/sources/ and run `npm run ingest`",
  sections: 'or re-run `npm run ingest` to regenerate the sections of the document',
  targets: 'or re-run `npm run ingest` to regenerate the targets of the document',
  actuals: 'or re-run `npm run ingest`',
  commitments: 'or re-run `npm run ingest`',
  references: 'or create content/references/<id>.yaml (number, type, issuer, date)',
  places: 'or create content/places/<id>.yaml (name, full_name, kind)',
};

const key = (collection: string, id: string) => `${collection}/${id}`;

/** Duplicate and malformed ids. Entity-per-file ids come from file names. */
export function checkIds(entities: readonly LoadedEntity[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, LoadedEntity>();
  for (const entity of entities) {
    const idPath = entity.at.length > 0 ? [...entity.at, 'id'] : [];
    const line = lineOf(entity.source, idPath);
    const field = entity.at.length > 0 ? fieldPath(entity, ['id']) : '(file name)';
    if (!SLUG_PATTERN.test(entity.id)) {
      diagnostics.push({
        code: 'ID_INVALID',
        severity: 'error',
        file: entity.source.file,
        line,
        field,
        message: `The id "${entity.id}" is not an ASCII slug`,
        hint: 'Use lower-case a-z, 0-9 and hyphens, without Vietnamese marks (đ → d), e.g. "so-tai-chinh"',
      });
    }
    const previous = seen.get(key(entity.collection, entity.id));
    if (previous) {
      const where = `${previous.source.file}:${lineOf(previous.source, previous.at.length > 0 ? [...previous.at, 'id'] : [])}`;
      diagnostics.push({
        code: 'ID_DUPLICATE',
        severity: 'error',
        file: entity.source.file,
        line,
        field,
        message: `The id "${entity.id}" is already used in ${entity.collection} at ${where}`,
        hint: 'Give one of the two entries a different id, or delete the copy',
      });
    } else {
      seen.set(key(entity.collection, entity.id), entity);
    }
  }
  return diagnostics;
}

/**
 * Relations whose target does not exist. Targets in `unreadable` files (already
 * reported as YAML errors) are not reported again, so one syntax error gives one message.
 */
export function checkReferences(
  entities: readonly LoadedEntity[],
  refs: readonly UsedRef[],
  unreadable: readonly Unreadable[] = [],
): Diagnostic[] {
  const skip = (collection: CollectionName, id: string) =>
    unreadable.some((u) => u.collection === collection && (u.id === null || u.id === id));
  const ids = new Map<CollectionName, Set<string>>();
  for (const entity of entities) {
    if (!ids.has(entity.collection)) ids.set(entity.collection, new Set());
    ids.get(entity.collection)!.add(entity.id);
  }
  const diagnostics: Diagnostic[] = [];
  for (const ref of refs) {
    const known = ids.get(ref.target.collection) ?? new Set<string>();
    if (known.has(ref.target.id) || skip(ref.target.collection, ref.target.id)) continue;
    const guess = closest(ref.target.id, known);
    diagnostics.push({
      code: 'REF_UNKNOWN',
      severity: 'error',
      file: ref.entity.source.file,
      line: lineOf(ref.entity.source, [...ref.entity.at, ...ref.path]),
      field: fieldPath(ref.entity, ref.path),
      message: `No ${ref.target.collection} entry has the id "${ref.target.id}"`,
      hint: `${guess ? `Did you mean "${guess}"? ` : ''}Use the id of an existing entry (a file name in content/${ref.target.collection}/ without .yaml), ${HOW_TO_ADD[ref.target.collection]}`,
    });
  }
  return diagnostics;
}

/**
 * Agencies that nothing uses: usually a misspelt duplicate left behind after staff
 * corrected the commitments. (Cited references are not checked: a document may cite a
 * law in its preamble or footnotes without any commitment pointing at it.)
 */
export function checkOrphans(entities: readonly LoadedEntity[], refs: readonly UsedRef[]): Diagnostic[] {
  const used = new Set(refs.map((ref) => key(ref.target.collection, ref.target.id)));
  const diagnostics: Diagnostic[] = [];
  for (const entity of entities) {
    if (entity.collection !== 'agencies' || used.has(key(entity.collection, entity.id))) continue;
    diagnostics.push({
      code: 'ORPHAN',
      severity: 'warning',
      file: entity.source.file,
      line: 1,
      field: '(file)',
      message: `No commitment, document or agency uses this agency "${entity.id}"`,
      hint: 'If it is a duplicate of another agency, add its name to that agency\'s "aliases" and delete this file; otherwise this warning is harmless',
    });
  }
  return diagnostics;
}

/** Year of an issue date written YYYY-MM-DD (or a js-yaml Date); null when unknown. */
function yearOf(issued: unknown): string | null {
  if (typeof issued === 'string' && /^\d{4}/.test(issued)) return issued.slice(0, 4);
  if (issued instanceof Date) return String(issued.getUTCFullYear());
  return null;
}

/** Who issued a document: its agency id when linked, else the printed issuer; null when unknown. */
function issuerOf(data: Record<string, unknown>): string | null {
  if (typeof data.issuer_agency === 'string' && data.issuer_agency) return data.issuer_agency;
  if (typeof data.issuer === 'string' && data.issuer.trim()) return data.issuer.trim().toLowerCase();
  return null;
}

/**
 * Two documents with the same number. "01/CTr-UBND" recurs every year and in every
 * province, so a clash needs the same issuer and year too, unless one of them is unknown.
 */
export function checkDocumentNumbers(entities: readonly LoadedEntity[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byNumber = new Map<string, LoadedEntity[]>();
  for (const entity of entities) {
    if (entity.collection !== 'documents') continue;
    const { number } = entity.data;
    if (typeof number !== 'string' || number.trim() === '') continue;
    const normalized = number.normalize('NFC').toLowerCase().replace(/\s+/g, '');
    const earlier = byNumber.get(normalized) ?? [];
    const same = (a: string | null, b: string | null) => a === null || b === null || a === b;
    const previous = earlier.find(
      (other) => same(issuerOf(other.data), issuerOf(entity.data)) && same(yearOf(other.data.issued), yearOf(entity.data.issued)),
    );
    byNumber.set(normalized, [...earlier, entity]);
    if (!previous) continue;
    diagnostics.push({
      code: 'DOCUMENT_NUMBER_DUPLICATE',
      severity: 'error',
      file: entity.source.file,
      line: lineOf(entity.source, ['number']),
      field: 'number',
      message: `The number "${number}" is also the number of ${previous.source.file} (same issuer and year), so the same document is published twice`,
      hint: 'Delete one of the two documents (and its source in content/sources/), or correct the number if it was misread',
    });
  }
  return diagnostics;
}

/** A marker tag in an MDX body whose attribute must name something that exists. */
interface BodyMarker {
  pattern: RegExp;
  message: (value: string) => string;
  hint: (value: string, known: ReadonlySet<string>) => string;
}

const FOOTNOTE_MARKER: BodyMarker = {
  pattern: /<FootnoteRef\s+label="([^"]*)"/g,
  message: (label) => `The text cites footnote (${label}) but "footnotes" in the frontmatter has no label "${label}"`,
  hint: () => 'Add the footnote to "footnotes" (label and text), or remove the <FootnoteRef> tag',
};

const COMMITMENT_MARKER: BodyMarker = {
  pattern: /<Commitment\s+id="([^"]*)"/g,
  message: (id) => `The text marks a commitment "${id}" that is not in content/commitments/`,
  hint: (id, known) => {
    const near = closest(id, known);
    return `Use the id of a commitment of this document${near ? ` (did you mean "${near}"?)` : ''}, or remove the <Commitment> tags around the text`;
  },
};

/** `<Commitment id="…">` and `<FootnoteRef label="…">` markers in MDX bodies that point at nothing. */
export function checkBodies(files: readonly LoadedFile[], entities: readonly LoadedEntity[]): Diagnostic[] {
  const commitments = new Set(entities.filter((e) => e.collection === 'commitments').map((e) => e.id));
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (file.body === undefined) continue;
    const bodyStart = file.text.length - file.body.length;
    const entity = entities.find((e) => e.source === file);
    const footnotes = Array.isArray(entity?.data.footnotes) ? (entity.data.footnotes as { label?: unknown }[]) : [];
    const labels = new Set(footnotes.map((f) => String(f.label)));
    const checks: [BodyMarker, ReadonlySet<string>][] = [
      [FOOTNOTE_MARKER, labels],
      [COMMITMENT_MARKER, commitments],
    ];
    for (const [marker, known] of checks) {
      for (const match of file.body.matchAll(marker.pattern)) {
        const value = match[1]!;
        if (known.has(value)) continue;
        diagnostics.push({
          code: 'REF_UNKNOWN',
          severity: 'error',
          file: file.file,
          line: file.text.slice(0, bodyStart + match.index).split('\n').length,
          field: 'body',
          message: marker.message(value),
          hint: marker.hint(value, known),
        });
      }
    }
  }
  return diagnostics;
}

/** Lines that are not Unicode NFC (decomposed Vietnamese letters, e.g. pasted from macOS). */
export function checkNfc(files: readonly LoadedFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (file.text === file.text.normalize('NFC')) continue;
    const lines = file.text.split('\n');
    let reported = 0;
    for (let i = 0; i < lines.length && reported < 5; i++) {
      const line = lines[i]!;
      if (line === line.normalize('NFC')) continue;
      reported++;
      diagnostics.push({
        code: 'TEXT_NOT_NFC',
        severity: 'error',
        file: file.file,
        line: i + 1,
        field: '(text)',
        message: 'The line has decomposed Vietnamese letters (not Unicode NFC), so search and links treat its words as different words',
        hint: 'Retype the accented letters with the keyboard set to precomposed Unicode (Unikey: "Unicode dựng sẵn"), or run `npm run check -- --fix-nfc` to convert the files',
      });
    }
  }
  return diagnostics;
}
