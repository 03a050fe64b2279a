/**
 * Every diagnostic the converter, the validator and the build can report, each code once.
 *
 * Modelled on Astro's errors data: an entry is a code, a severity, a title and two
 * builders that only put parameters into sentences. Callers never write codes or messages
 * themselves; they pick an entry and pass what it needs:
 *
 *   report(INPUT_EMPTY, { file })
 *   report(REF_UNKNOWN, { file, line, field }, { collection: 'agencies', id, suggestion, howToAdd })
 *
 * A test (catalogue.test.ts) pins every message with an inline snapshot and checks that no
 * code appears as a string literal anywhere else in the code base.
 */
import type { DiagnosticSpec, Severity } from './types.ts';

/** Declares one entry; `P` is what its message and hint need. */
function entry<P = void>(
  code: string,
  severity: Severity,
  title: string,
  message: (params: P) => string,
  hint: (params: P) => string,
): DiagnosticSpec<P> {
  return { code, severity, title, message, hint };
}

const EXPORT_AS_TEXT =
  'Open the document in its program and save or export it as plain text (.txt, encoding UTF-8) into content/sources/, then run `npm run ingest` again';

// ---------- Reading a source (content/sources/*) ----------

export const INPUT_UNREADABLE = entry<{ reason: string }>(
  'INPUT_UNREADABLE',
  'error',
  'Source cannot be read',
  ({ reason }) => reason,
  () => 'Check the path and the file permissions',
);

export const INPUT_EMPTY = entry<{ whitespaceOnly: boolean }>(
  'INPUT_EMPTY',
  'error',
  'Empty source',
  ({ whitespaceOnly }) => (whitespaceOnly ? 'The file contains only whitespace' : 'The file is empty'),
  () => 'Put the document text in the file, or delete the file',
);

export const INPUT_TOO_LARGE = entry<{ size: string; limit: string }>(
  'INPUT_TOO_LARGE',
  'error',
  'Source larger than the size limit',
  ({ size, limit }) => `The file is ${size}, more than the limit of ${limit} for one document`,
  ({ limit }) =>
    `Check that it is one document and not several pasted together or a data export; if it really is one document, run \`npm run ingest -- --max-size <MB>\` with a limit above ${limit}`,
);

export const INPUT_FORMAT = entry<{ format: string; howToConvert: string }>(
  'INPUT_FORMAT',
  'error',
  'Source is a document format, not text',
  ({ format }) => `The file is ${format}, which the converter cannot read`,
  ({ howToConvert }) => `${howToConvert}, then run \`npm run ingest\` again`,
);

export const INPUT_BINARY = entry<{ what: string }>(
  'INPUT_BINARY',
  'error',
  'Source is not text',
  ({ what }) => `The file is not text: it holds ${what}`,
  () => EXPORT_AS_TEXT,
);

export const INPUT_NOT_UTF8 = entry<{ encoding: string }>(
  'INPUT_NOT_UTF8',
  'error',
  'Source is not UTF-8',
  ({ encoding }) => `The file is not UTF-8 text; it looks like ${encoding}`,
  ({ encoding }) =>
    `Convert it to UTF-8 (for example in LibreOffice: open it as ${encoding}, then "Save As" text with character set UTF-8; or use a Vietnamese converter such as Unikey's "Chuyển mã"), then run the converter again`,
);

export const INPUT_DOUBLE_ENCODED = entry(
  'INPUT_DOUBLE_ENCODED',
  'error',
  'Source converted to UTF-8 twice',
  () => 'The text is garbled: it was converted to UTF-8 twice (e.g. "áº¡" or "á»™" where "ạ" or "ộ" should be)',
  () => 'Copy the text again from the original document or web page and save it once as UTF-8, then run the converter again',
);

export const INPUT_HTML = entry(
  'INPUT_HTML',
  'error',
  'Source is a web page',
  () => 'The file is an HTML web page, not plain text or markdown',
  () => 'Copy the text of the page (or save it "as text only") into a .txt or .md file, then run the converter again',
);

export const INPUT_NO_TEXT = entry(
  'INPUT_NO_TEXT',
  'error',
  'Source holds only boilerplate',
  () => 'The file holds no document text, only web boilerplate such as "Đang tải nội dung…" or blank lines',
  () => 'Copy the document text itself into the file, then run the converter again',
);

export const SIDECAR_YAML = entry<{ problem: string }>(
  'SIDECAR_YAML',
  'error',
  'Metadata file is not valid YAML',
  ({ problem }) => `The metadata file is not valid YAML: ${problem}`,
  () => 'Fix the YAML at that line; each line is "key: value", e.g. "published: 2024-07-05"',
);

export const SIDECAR_SHAPE = entry<{ keys: string }>(
  'SIDECAR_SHAPE',
  'error',
  'Metadata file is not a map',
  () => 'The metadata file must be a list of "key: value" lines',
  ({ keys }) => `Use only the keys ${keys}, e.g. "url: https://…"`,
);

export const SIDECAR_FIELD = entry<{ problem: string; fix: string }>(
  'SIDECAR_FIELD',
  'error',
  'Metadata field has a wrong value',
  ({ problem }) => problem,
  ({ fix }) => fix,
);

export const SIDECAR_ORPHAN = entry<{ name: string }>(
  'SIDECAR_ORPHAN',
  'warning',
  'Metadata file without a source',
  ({ name }) => `No source text "${name}.txt" or ".md" sits next to this metadata file, so it is not used`,
  () => 'Give the metadata file the same name as its source (x.txt → x.meta.yaml), or delete it',
);

// ---------- Converting ----------

export const CONVERTER_CRASH = entry<{ error: string }>(
  'CONVERTER_CRASH',
  'error',
  'Converter failed on a document',
  ({ error }) => `The converter failed: ${error}`,
  () => 'This is a converter bug: report this file to the converter maintainers; the other documents were still checked',
);

export const HEADER_INCOMPLETE = entry<{ what: string; field: string; sidecar: string }>(
  'HEADER_INCOMPLETE',
  'warning',
  'Document fact not found',
  ({ what }) => `No ${what} was found in the text`,
  ({ field, sidecar }) => `If the document has one, write it in the sidecar ${sidecar} under "document: { ${field}: … }"`,
);

export const COMMITMENTS_NONE = entry(
  'COMMITMENTS_NONE',
  'warning',
  'No commitment found',
  () => 'No commitment was found in this document',
  () => 'Check that its task sections were recognised, or add the tasks by hand in content/commitments/',
);

export const AGENCY_NEW = entry<{ name: string; kind: string }>(
  'AGENCY_NEW',
  'warning',
  'New agency added to the registry',
  ({ name, kind }) => `New agency "${name}" (kind ${kind}) was added to the registry`,
  () => "If it is another spelling of a known agency, add it to that agency's aliases in content/agencies/",
);

export const LINK_DANGLING = entry<{ id: string }>(
  'LINK_DANGLING',
  'warning',
  'Converter link dropped',
  ({ id }) => `The link to "${id}" was dropped because the conversion has no such entry`,
  () => 'This is a converter bug; report the source file',
);

export const DOCUMENT_ID_TAKEN = entry<{ id: string; other: string }>(
  'DOCUMENT_ID_TAKEN',
  'error',
  'Two sources give one document id',
  ({ id, other }) => `Its document id "${id}" is already the id of ${other}`,
  () => 'Rename one of the two source files',
);

export const SOURCE_MISSING = entry(
  'SOURCE_MISSING',
  'warning',
  'Generated document without a source',
  () => 'This document has no source in content/sources any more, so it is no longer converted',
  () =>
    'Delete its files (documents, texts, sections, commitments, targets, actuals and their .generated copies) if the document was withdrawn',
);

export const CONVERTED_INVALID = entry<{ collection: string; problem: string }>(
  'CONVERTED_INVALID',
  'error',
  'Converter output does not match the content model',
  ({ collection, problem }) => `The converted ${collection} entry does not match the content model: ${problem}`,
  () => 'This is a converter bug or a sidecar override with a wrong value; fix the sidecar or report the source line',
);

// ---------- Keeping staff edits (write stage) ----------

export const MERGE_CONFLICT = entry<{ kept: string; proposed: string }>(
  'MERGE_CONFLICT',
  'error',
  'Staff edit and converter change collide',
  ({ kept, proposed }) =>
    `The field was edited by hand and the converter now gives another value; the edited value "${kept}" is kept and the converter's "${proposed}" is not used`,
  () =>
    'Compare with the source text; if the converter is right, write its value into the field. Then delete this entry from content/conflicts.yaml',
);

export const EDIT_UNPLACED = entry<{ text: string }>(
  'EDIT_UNPLACED',
  'error',
  'Staff edit whose commitment is no longer in the source',
  ({ text }) =>
    `This entry was edited by hand, but the source no longer has its text ("${text}"), so the edit could not be moved to any commitment; the entry is kept as it was`,
  () =>
    'If the task was reworded, copy your status, lead or themes into the matching new entry and delete this one; if it was withdrawn, delete it. Then delete this entry from content/conflicts.yaml',
);

export const GENERATED_FILE_EDITED = entry<{ source: string }>(
  'GENERATED_FILE_EDITED',
  'error',
  'Generated text edited by hand',
  () =>
    'This file holds the verbatim text of the document, copied from its source; it was edited by hand, so the converter did not overwrite it',
  ({ source }) =>
    `Make the correction in ${source} instead, then restore this file with \`git checkout -- <file>\` and run \`npm run ingest\``,
);

export const INGEST_INTERRUPTED = entry<{ pending: number }>(
  'INGEST_INTERRUPTED',
  'error',
  'An ingest run was interrupted',
  ({ pending }) => `An \`npm run ingest\` run was interrupted while it replaced files; ${pending} file(s) still have their old content`,
  () => 'Run `npm run ingest` (it finishes the interrupted run first); until then the content is neither the old nor the new version',
);

export const CONFLICTS_FILE_INVALID = entry<{ problem: string }>(
  'CONFLICTS_FILE_INVALID',
  'error',
  'Conflict register cannot be read',
  ({ problem }) => `The list of unresolved edits cannot be read: ${problem}`,
  () =>
    'Restore it with `git checkout -- content/conflicts.yaml`, or delete the entries you have resolved only (each starts with "- file:")',
);

// ---------- Validating content (npm run check) ----------

export const YAML_SYNTAX = entry<{ problem: string }>(
  'YAML_SYNTAX',
  'error',
  'Content file is not valid YAML',
  ({ problem }) => `The YAML cannot be read: ${problem}`,
  () =>
    'Fix the syntax at that line (indentation with spaces, not tabs; a missing ":" or closing quote/bracket; or a duplicate key); nothing else in this file was checked',
);

export const ENTRY_SHAPE = entry<{ problem: string; fix: string }>(
  'ENTRY_SHAPE',
  'error',
  'Content file has the wrong shape',
  ({ problem }) => problem,
  ({ fix }) => fix,
);

export const ID_MISSING = entry(
  'ID_MISSING',
  'error',
  'Entry without an id',
  () => 'This entry has no "id"',
  () => 'Give it a unique id such as the one of a neighbouring entry with a new suffix, e.g. "- id: ke-hoach-12--c-3--4"',
);

export const ID_INVALID = entry<{ id: string }>(
  'ID_INVALID',
  'error',
  'Id is not an ASCII slug',
  ({ id }) => `The id "${id}" is not an ASCII slug`,
  () => 'Use lower-case a-z, 0-9 and hyphens, without Vietnamese marks (đ → d), e.g. "so-tai-chinh"',
);

export const ID_DUPLICATE = entry<{ id: string; collection: string; where: string }>(
  'ID_DUPLICATE',
  'error',
  'Two entries share an id',
  ({ id, collection, where }) => `The id "${id}" is already used in ${collection} at ${where}`,
  () => 'Give one of the two entries a different id, or delete the copy',
);

export const SCHEMA_INVALID = entry<{ problem: string; fix: string }>(
  'SCHEMA_INVALID',
  'error',
  'Field does not match the content model',
  ({ problem }) => problem,
  ({ fix }) => fix,
);

export const FIELD_UNKNOWN = entry<{ key: string; collection: string; fix: string }>(
  'FIELD_UNKNOWN',
  'warning',
  'Unknown field',
  ({ key, collection }) => `"${key}" is not a field of ${collection}, so the site ignores it`,
  ({ fix }) => fix,
);

export const REF_UNKNOWN = entry<{ collection: string; id: string; suggestion: string; howToAdd: string }>(
  'REF_UNKNOWN',
  'error',
  'Relation to an entry that does not exist',
  ({ collection, id }) => `No ${collection} entry has the id "${id}"`,
  ({ collection, suggestion, howToAdd }) =>
    `${suggestion}Use the id of an existing entry (a file name in content/${collection}/ without .yaml), ${howToAdd}`,
);

export const AGENCY_UNUSED = entry<{ id: string }>(
  'AGENCY_UNUSED',
  'warning',
  'Agency nothing uses',
  ({ id }) => `No commitment, document or agency uses this agency "${id}"`,
  () =>
    'If it is a duplicate of another agency, add its name to that agency\'s "aliases" and delete this file; otherwise this warning is harmless',
);

export const DOCUMENT_NUMBER_DUPLICATE = entry<{ number: string; other: string }>(
  'DOCUMENT_NUMBER_DUPLICATE',
  'error',
  'Document published twice',
  ({ number, other }) =>
    `The number "${number}" is also the number of ${other} (same issuer and year), so the same document is published twice`,
  () => 'Delete one of the two documents (and its source in content/sources/), or correct the number if it was misread',
);

export const TEXT_NOT_NFC = entry(
  'TEXT_NOT_NFC',
  'error',
  'Text is not Unicode NFC',
  () => 'The line has decomposed Vietnamese letters (not Unicode NFC), so search and links treat its words as different words',
  () =>
    'Retype the accented letters with the keyboard set to precomposed Unicode (Unikey: "Unicode dựng sẵn"), or run `npm run check -- --fix-nfc` to convert the files',
);

export const SOURCE_UNSUPPORTED = entry<{ format: string; howToConvert: string }>(
  'SOURCE_UNSUPPORTED',
  'error',
  'File in the sources folder the converter cannot read',
  ({ format }) => `This is ${format}; the converter reads only plain text (.txt) and markdown (.md), so it is not published`,
  ({ howToConvert }) => `${howToConvert}, then run \`npm run ingest\``,
);

export const COMMITMENT_TEXT_MISSING = entry<{ document: string }>(
  'COMMITMENT_TEXT_MISSING',
  'warning',
  "Commitment text not in its document's text",
  ({ document }) => `The text of this commitment does not appear in the text of ${document}, so the document page cannot highlight it`,
  () => "Copy the commitment's text exactly as the document writes it (or fix the source and run `npm run ingest`)",
);

export const SPELLING_SUSPECT = entry<{ word: string; suggestion: string; count: number }>(
  'SPELLING_SUSPECT',
  'warning',
  'Word that is not Vietnamese',
  ({ word, count }) =>
    `"${word}" is not a Vietnamese syllable${count > 1 ? ` (${count} times in this file)` : ''}; letters were probably lost when the text was extracted`,
  ({ suggestion }) => `${suggestion}Correct the source text; the converter never changes the text by itself`,
);

// ---------- Progress and indicators (npm run check) ----------

export const STATUS_DONE_UNSOURCED = entry<{ date: string }>(
  'STATUS_DONE_UNSOURCED',
  'error',
  'Completion without a source',
  ({ date }) => `The history entry of ${date} marks the task "hoan-thanh" without a "source", so nobody can check that it was done`,
  () => 'Add `source:` with the report or decision that says so (e.g. "Báo cáo số 120/BC-UBND ngày 05/7/2024") or its https:// address',
);

export const STATUS_DONE_UNRECORDED = entry(
  'STATUS_DONE_UNRECORDED',
  'error',
  'Completion without a history entry',
  () => 'The status is "hoan-thanh" but no entry of "status_history" records the completion, its date and its source',
  () => 'Add a `status_history` entry with `date`, `status: hoan-thanh`, a `note` and the `source` that reports it',
);

export const INDICATOR_FIGURE_CLAIMED = entry<{ figure: string; other: string }>(
  'INDICATOR_FIGURE_CLAIMED',
  'error',
  'Figure claimed by two indicators',
  ({ figure, other }) => `"${figure}" is also listed by ${other}, so it cannot be shown under both indicators`,
  () => 'Keep it in the indicator it belongs to and remove it from the other file',
);

export const INDICATOR_PLACE_MISMATCH = entry<{ figure: string; place: string; expected: string }>(
  'INDICATOR_PLACE_MISMATCH',
  'warning',
  'Figure from another place',
  ({ figure, place, expected }) => `"${figure}" comes from a document about ${place}, but this indicator is about ${expected}`,
  () => 'Check the id; if the figure really belongs here, set `place` to the right province (or null for a national indicator)',
);

export const INDICATOR_UNIT_MISMATCH = entry<{ figure: string; unit: string; expected: string }>(
  'INDICATOR_UNIT_MISMATCH',
  'warning',
  'Figure in another unit',
  ({ figure, unit, expected }) =>
    `"${figure}" is measured in "${unit}" while the indicator uses "${expected}", so the chart would compare different things`,
  () => 'Check the id, or set `unit` of the indicator to the unit its figures share',
);

// ---------- Building ----------

export const BUILD_CONTENT_INVALID = entry<{ errors: number }>(
  'BUILD_CONTENT_INVALID',
  'error',
  'Build stopped on invalid content',
  ({ errors }) => `The site was not built because the content has ${errors} error(s), listed above`,
  () => 'Fix them (`npm run check` lists them too), then build again',
);
