/**
 * The diagnostics catalogue: every message pinned (so a wording change shows in review),
 * every code declared once, and no code written as a string literal anywhere else — callers
 * go through the catalogue entries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as catalogue from './catalogue.ts';
import { formatDiagnostic, formatReport, report, SHOWN_PER_CODE, type Diagnostic, type DiagnosticSpec } from './index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const entries = Object.values(catalogue) as DiagnosticSpec<unknown>[];

/** Sample parameters for every entry, so that each message can be printed. */
const SAMPLES: Record<string, unknown> = {
  INPUT_UNREADABLE: { reason: 'The file does not exist' },
  INPUT_EMPTY: { whitespaceOnly: false },
  INPUT_TOO_LARGE: { size: '12.5 MB', limit: '4 MB' },
  INPUT_FORMAT: { format: 'a PDF file', howToConvert: 'Copy the text out of the PDF' },
  INPUT_BINARY: { what: 'the control byte 0x00 (NUL), which no text document contains' },
  INPUT_NOT_UTF8: { encoding: 'TCVN3 (ABC)' },
  SIDECAR_YAML: { problem: 'Missing closing "quote' },
  SIDECAR_SHAPE: { keys: 'url, published, document' },
  SIDECAR_FIELD: { problem: '"2024-13-01" is not a real date written YYYY-MM-DD', fix: 'Write the date as YYYY-MM-DD' },
  SIDECAR_ORPHAN: { name: 'kh-13' },
  CONVERTER_CRASH: { error: 'TypeError: x is undefined' },
  HEADER_INCOMPLETE: { what: 'issue date', field: 'issued', sidecar: 'content/sources/x.meta.yaml' },
  AGENCY_NEW: { name: 'Sở Nông nghiệp và Môi trường', kind: 'department' },
  LINK_DANGLING: { id: '01-nq-cp' },
  DOCUMENT_ID_TAKEN: { id: 'ke-hoach-12', other: 'content/sources/ke-hoach-12.md' },
  CONVERTED_INVALID: { collection: 'commitments', problem: 'needs at least one theme' },
  MERGE_CONFLICT: { kept: '["so-noi-vu"]', proposed: '["so-tai-chinh"]' },
  EDIT_UNPLACED: { text: 'c) Xây dựng kho dữ liệu dùng chung của tỉnh.' },
  GENERATED_FILE_EDITED: { source: 'content/sources/ke-hoach-12.txt' },
  INGEST_INTERRUPTED: { pending: 3 },
  CONFLICTS_FILE_INVALID: { problem: 'Invalid input' },
  YAML_SYNTAX: { problem: 'Tabs are not allowed as indentation' },
  ENTRY_SHAPE: { problem: 'The file is empty', fix: 'Restore the list' },
  ID_INVALID: { id: 'Sở Tài chính' },
  ID_DUPLICATE: { id: 'x--ii--1', collection: 'commitments', where: 'content/commitments/x.yaml:1' },
  SCHEMA_INVALID: { problem: '"2024-02-30" is not a date that exists in the calendar', fix: 'Write a real calendar date' },
  FIELD_UNKNOWN: { key: 'themse', collection: 'commitments', fix: 'Did you mean "themes"? Rename it' },
  REF_UNKNOWN: {
    collection: 'agencies',
    id: 'so-tc',
    suggestion: 'Did you mean "so-tai-chinh"? ',
    howToAdd: 'or create content/agencies/<id>.yaml',
  },
  AGENCY_UNUSED: { id: 'so-tu-phap' },
  DOCUMENT_NUMBER_DUPLICATE: { number: '12/KH-UBND', other: 'content/documents/y.yaml' },
  SOURCE_UNSUPPORTED: { format: 'a PDF file', howToConvert: 'Copy the text out of the PDF' },
  COMMITMENT_TEXT_MISSING: { document: 'ke-hoach-12' },
  SPELLING_SUSPECT: { word: 'TNH', suggestion: 'Did you mean "TỈNH"? ', count: 2 },
  BUILD_CONTENT_INVALID: { errors: 2 },
  STATUS_DONE_UNSOURCED: { date: '2024-07-05' },
  INDICATOR_FIGURE_CLAIMED: { figure: 'ca-mau-2023--chi-tieu-2', other: 'content/indicators/grdp.yaml' },
  INDICATOR_PLACE_MISMATCH: { figure: 'hau-giang--so-lieu-1', place: 'hau-giang', expected: 'ca-mau' },
  INDICATOR_UNIT_MISMATCH: { figure: 'ca-mau--so-lieu-7', unit: 'tỷ đồng', expected: '%' },
};

describe('the diagnostics catalogue', () => {
  it('declares each code once, named like its export', () => {
    const codes = entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [name, entry] of Object.entries(catalogue)) expect((entry as DiagnosticSpec<unknown>).code).toBe(name);
  });

  it('pins every message', () => {
    const printed = Object.fromEntries(
      entries.map((e) => [
        e.code,
        `${e.severity}: ${formatDiagnostic(report(e, { file: 'content/x.yaml', line: 3, field: 'f' }, SAMPLES[e.code]))}`,
      ]),
    );
    expect(Object.keys(printed).sort()).toEqual(Object.keys({ ...SAMPLES, ...Object.fromEntries(entries.map((e) => [e.code, 1])) }).sort());
    expect(printed).toMatchInlineSnapshot(`
      {
        "AGENCY_NEW": "warning: content/x.yaml:3 f: New agency "Sở Nông nghiệp và Môi trường" (kind department) was added to the registry. If it is another spelling of a known agency, add it to that agency's aliases in content/agencies/.",
        "AGENCY_UNUSED": "warning: content/x.yaml:3 f: No commitment, document or agency uses this agency "so-tu-phap". If it is a duplicate of another agency, add its name to that agency's "aliases" and delete this file; otherwise this warning is harmless.",
        "BUILD_CONTENT_INVALID": "error: content/x.yaml:3 f: The site was not built because the content has 2 error(s), listed above. Fix them (\`npm run check\` lists them too), then build again.",
        "COMMITMENTS_NONE": "warning: content/x.yaml:3 f: No commitment was found in this document. Check that its task sections were recognised, or add the tasks by hand in content/commitments/.",
        "COMMITMENT_TEXT_MISSING": "warning: content/x.yaml:3 f: The text of this commitment does not appear in the text of ke-hoach-12, so the document page cannot highlight it. Copy the commitment's text exactly as the document writes it (or fix the source and run \`npm run ingest\`).",
        "CONFLICTS_FILE_INVALID": "error: content/x.yaml:3 f: The list of unresolved edits cannot be read: Invalid input. Restore it with \`git checkout -- content/conflicts.yaml\`, or delete the entries you have resolved only (each starts with "- file:").",
        "CONVERTED_INVALID": "error: content/x.yaml:3 f: The converted commitments entry does not match the content model: needs at least one theme. This is a converter bug or a sidecar override with a wrong value; fix the sidecar or report the source line.",
        "CONVERTER_CRASH": "error: content/x.yaml:3 f: The converter failed: TypeError: x is undefined. This is a converter bug: report this file to the converter maintainers; the other documents were still checked.",
        "DOCUMENT_ID_TAKEN": "error: content/x.yaml:3 f: Its document id "ke-hoach-12" is already the id of content/sources/ke-hoach-12.md. Rename one of the two source files.",
        "DOCUMENT_NUMBER_DUPLICATE": "error: content/x.yaml:3 f: The number "12/KH-UBND" is also the number of content/documents/y.yaml (same issuer and year), so the same document is published twice. Delete one of the two documents (and its source in content/sources/), or correct the number if it was misread.",
        "EDIT_UNPLACED": "error: content/x.yaml:3 f: This entry was edited by hand, but the source no longer has its text ("c) Xây dựng kho dữ liệu dùng chung của tỉnh."), so the edit could not be moved to any commitment; the entry is kept as it was. If the task was reworded, copy your status, lead or themes into the matching new entry and delete this one; if it was withdrawn, delete it. Then delete this entry from content/conflicts.yaml.",
        "ENTRY_SHAPE": "error: content/x.yaml:3 f: The file is empty. Restore the list.",
        "FIELD_UNKNOWN": "warning: content/x.yaml:3 f: "themse" is not a field of commitments, so the site ignores it. Did you mean "themes"? Rename it.",
        "GENERATED_FILE_EDITED": "error: content/x.yaml:3 f: This file holds the verbatim text of the document, copied from its source; it was edited by hand, so the converter did not overwrite it. Make the correction in content/sources/ke-hoach-12.txt instead, then restore this file with \`git checkout -- <file>\` and run \`npm run ingest\`.",
        "HEADER_INCOMPLETE": "warning: content/x.yaml:3 f: No issue date was found in the text. If the document has one, write it in the sidecar content/sources/x.meta.yaml under "document: { issued: … }".",
        "ID_DUPLICATE": "error: content/x.yaml:3 f: The id "x--ii--1" is already used in commitments at content/commitments/x.yaml:1. Give one of the two entries a different id, or delete the copy.",
        "ID_INVALID": "error: content/x.yaml:3 f: The id "Sở Tài chính" is not an ASCII slug. Use lower-case a-z, 0-9 and hyphens, without Vietnamese marks (đ → d), e.g. "so-tai-chinh".",
        "ID_MISSING": "error: content/x.yaml:3 f: This entry has no "id". Give it a unique id such as the one of a neighbouring entry with a new suffix, e.g. "- id: ke-hoach-12--c-3--4".",
        "INDICATOR_FIGURE_CLAIMED": "error: content/x.yaml:3 f: "ca-mau-2023--chi-tieu-2" is also listed by content/indicators/grdp.yaml, so it cannot be shown under both indicators. Keep it in the indicator it belongs to and remove it from the other file.",
        "INDICATOR_PLACE_MISMATCH": "warning: content/x.yaml:3 f: "hau-giang--so-lieu-1" comes from a document about hau-giang, but this indicator is about ca-mau. Check the id; if the figure really belongs here, set \`place\` to the right province (or null for a national indicator).",
        "INDICATOR_UNIT_MISMATCH": "warning: content/x.yaml:3 f: "ca-mau--so-lieu-7" is measured in "tỷ đồng" while the indicator uses "%", so the chart would compare different things. Check the id, or set \`unit\` of the indicator to the unit its figures share.",
        "INGEST_INTERRUPTED": "error: content/x.yaml:3 f: An \`npm run ingest\` run was interrupted while it replaced files; 3 file(s) still have their old content. Run \`npm run ingest\` (it finishes the interrupted run first); until then the content is neither the old nor the new version.",
        "INPUT_BINARY": "error: content/x.yaml:3 f: The file is not text: it holds the control byte 0x00 (NUL), which no text document contains. Open the document in its program and save or export it as plain text (.txt, encoding UTF-8) into content/sources/, then run \`npm run ingest\` again.",
        "INPUT_DOUBLE_ENCODED": "error: content/x.yaml:3 f: The text is garbled: it was converted to UTF-8 twice (e.g. "áº¡" or "á»™" where "ạ" or "ộ" should be). Copy the text again from the original document or web page and save it once as UTF-8, then run the converter again.",
        "INPUT_EMPTY": "error: content/x.yaml:3 f: The file is empty. Put the document text in the file, or delete the file.",
        "INPUT_FORMAT": "error: content/x.yaml:3 f: The file is a PDF file, which the converter cannot read. Copy the text out of the PDF, then run \`npm run ingest\` again.",
        "INPUT_HTML": "error: content/x.yaml:3 f: The file is an HTML web page, not plain text or markdown. Copy the text of the page (or save it "as text only") into a .txt or .md file, then run the converter again.",
        "INPUT_NOT_UTF8": "error: content/x.yaml:3 f: The file is not UTF-8 text; it looks like TCVN3 (ABC). Convert it to UTF-8 (for example in LibreOffice: open it as TCVN3 (ABC), then "Save As" text with character set UTF-8; or use a Vietnamese converter such as Unikey's "Chuyển mã"), then run the converter again.",
        "INPUT_NO_TEXT": "error: content/x.yaml:3 f: The file holds no document text, only web boilerplate such as "Đang tải nội dung…" or blank lines. Copy the document text itself into the file, then run the converter again.",
        "INPUT_TOO_LARGE": "error: content/x.yaml:3 f: The file is 12.5 MB, more than the limit of 4 MB for one document. Check that it is one document and not several pasted together or a data export; if it really is one document, run \`npm run ingest -- --max-size <MB>\` with a limit above 4 MB.",
        "INPUT_UNREADABLE": "error: content/x.yaml:3 f: The file does not exist. Check the path and the file permissions.",
        "LINK_DANGLING": "warning: content/x.yaml:3 f: The link to "01-nq-cp" was dropped because the conversion has no such entry. This is a converter bug; report the source file.",
        "MERGE_CONFLICT": "error: content/x.yaml:3 f: The field was edited by hand and the converter now gives another value; the edited value "["so-noi-vu"]" is kept and the converter's "["so-tai-chinh"]" is not used. Compare with the source text; if the converter is right, write its value into the field. Then delete this entry from content/conflicts.yaml.",
        "REF_UNKNOWN": "error: content/x.yaml:3 f: No agencies entry has the id "so-tc". Did you mean "so-tai-chinh"? Use the id of an existing entry (a file name in content/agencies/ without .yaml), or create content/agencies/<id>.yaml.",
        "SCHEMA_INVALID": "error: content/x.yaml:3 f: "2024-02-30" is not a date that exists in the calendar. Write a real calendar date.",
        "SIDECAR_FIELD": "error: content/x.yaml:3 f: "2024-13-01" is not a real date written YYYY-MM-DD. Write the date as YYYY-MM-DD.",
        "SIDECAR_ORPHAN": "warning: content/x.yaml:3 f: No source text "kh-13.txt" or ".md" sits next to this metadata file, so it is not used. Give the metadata file the same name as its source (x.txt → x.meta.yaml), or delete it.",
        "SIDECAR_SHAPE": "error: content/x.yaml:3 f: The metadata file must be a list of "key: value" lines. Use only the keys url, published, document, e.g. "url: https://…".",
        "SIDECAR_YAML": "error: content/x.yaml:3 f: The metadata file is not valid YAML: Missing closing "quote. Fix the YAML at that line; each line is "key: value", e.g. "published: 2024-07-05".",
        "SOURCE_MISSING": "warning: content/x.yaml:3 f: This document has no source in content/sources any more, so it is no longer converted. Delete its files (documents, texts, sections, commitments, targets, actuals and their .generated copies) if the document was withdrawn.",
        "SOURCE_UNSUPPORTED": "error: content/x.yaml:3 f: This is a PDF file; the converter reads only plain text (.txt) and markdown (.md), so it is not published. Copy the text out of the PDF, then run \`npm run ingest\`.",
        "SPELLING_SUSPECT": "warning: content/x.yaml:3 f: "TNH" is not a Vietnamese syllable (2 times in this file); letters were probably lost when the text was extracted. Did you mean "TỈNH"? Correct the source text; the converter never changes the text by itself.",
        "STATUS_DONE_UNRECORDED": "error: content/x.yaml:3 f: The status is "hoan-thanh" but no entry of "status_history" records the completion, its date and its source. Add a \`status_history\` entry with \`date\`, \`status: hoan-thanh\`, a \`note\` and the \`source\` that reports it.",
        "STATUS_DONE_UNSOURCED": "error: content/x.yaml:3 f: The history entry of 2024-07-05 marks the task "hoan-thanh" without a "source", so nobody can check that it was done. Add \`source:\` with the report or decision that says so (e.g. "Báo cáo số 120/BC-UBND ngày 05/7/2024") or its https:// address.",
        "TEXT_NOT_NFC": "error: content/x.yaml:3 f: The line has decomposed Vietnamese letters (not Unicode NFC), so search and links treat its words as different words. Retype the accented letters with the keyboard set to precomposed Unicode (Unikey: "Unicode dựng sẵn"), or run \`npm run check -- --fix-nfc\` to convert the files.",
        "YAML_SYNTAX": "error: content/x.yaml:3 f: The YAML cannot be read: Tabs are not allowed as indentation. Fix the syntax at that line (indentation with spaces, not tabs; a missing ":" or closing quote/bracket; or a duplicate key); nothing else in this file was checked.",
      }
    `);
  });

  it('is the only place a code is written: no other file of the code base holds one as a string', () => {
    const codes = new Set(entries.map((e) => e.code));
    const literal = /['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g;
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!['node_modules', '__fixtures__', 'fixtures', 'dist', '.astro'].includes(entry.name)) visit(file);
        } else if (/\.(ts|mts|js|mjs|astro)$/.test(entry.name) && !['catalogue.ts', 'catalogue.test.ts'].includes(entry.name)) {
          for (const match of readFileSync(file, 'utf8').matchAll(literal)) {
            if (codes.has(match[1]!)) offenders.push(`${path.relative(ROOT, file)}: ${match[1]}`);
          }
        }
      }
    };
    for (const dir of ['src', 'scripts', 'tests']) visit(path.join(ROOT, dir));
    for (const file of ['astro.config.mjs', 'eslint.config.js']) {
      for (const match of readFileSync(path.join(ROOT, file), 'utf8').matchAll(literal)) {
        if (codes.has(match[1]!)) offenders.push(`${file}: ${match[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('formatReport', () => {
  it('folds repeated problems of one cause in a file after the first few', () => {
    const many: Diagnostic[] = Array.from({ length: 12 }, (_, i) =>
      report(catalogue.TEXT_NOT_NFC, { file: 'content/commitments/x.yaml', line: i + 1, field: '(text)' }),
    );
    const printed = formatReport([
      ...many,
      report(catalogue.AGENCY_UNUSED, { file: 'content/agencies/y.yaml', line: 1, field: '(file)' }, { id: 'y' }),
    ]);
    expect(printed.split('\n').filter((l) => l.includes('decomposed'))).toHaveLength(SHOWN_PER_CODE);
    expect(printed).toContain(`… and ${12 - SHOWN_PER_CODE} more TEXT_NOT_NFC like this in this file`);
    expect(printed).toMatch(/✖ content: 12 errors, 1 warning in 2 files \(AGENCY_UNUSED 1, TEXT_NOT_NFC 12\)\.$/);
  });
});
