/**
 * The content validator on a small valid tree (`__fixtures__/content`), copied to a
 * temp dir and broken one way per test, as a staff member might break it.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic, formatReport } from '../../src/diagnostics/index.ts';
import { validateContent } from './validate.ts';

const FIXTURE = path.join(import.meta.dirname, '__fixtures__', 'content');
const ROOT = path.resolve(import.meta.dirname, '../..');
const DOC = 'documents/bac-lieu-2024-kh-12.yaml';
const TEXT = 'texts/bac-lieu-2024-kh-12.yaml';
const COMMITMENTS = 'commitments/bac-lieu-2024-kh-12.yaml';

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

/** Copies the valid tree to a temp dir and applies `edits` (file → text transform). */
async function brokenTree(edits: Record<string, (text: string) => string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'khm-validate-'));
  dirs.push(dir);
  const root = path.join(dir, 'content');
  await cp(FIXTURE, root, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(root, file);
    await writeFile(target, edit(await readFile(target, 'utf8').catch(() => '')));
  }
  return root;
}

/** Validates a tree and returns its diagnostics as printed lines, paths shown as `content/…`. */
async function problems(root: string): Promise<string[]> {
  const diagnostics = validateContent(root, (absolute) => path.join('content', path.relative(root, absolute)));
  return diagnostics.map((d) => `${d.severity} ${formatDiagnostic(d)}`);
}

describe('npm run check on content/', () => {
  it('finds no problem in a valid tree', async () => {
    expect(await problems(await brokenTree({}))).toEqual([]);
  });

  it('reports malformed YAML with file and line', async () => {
    const root = await brokenTree({
      'agencies/ubnd-tinh-bac-lieu.yaml': (t) => t.replace('aliases: [UBND tỉnh Bạc Liêu]', 'aliases: [UBND tỉnh Bạc Liêu'),
    });
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "error content/agencies/ubnd-tinh-bac-lieu.yaml:2 (file): The YAML cannot be read: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the syntax at that line (indentation with spaces, not tabs; a missing ":" or closing quote/bracket; or a duplicate key); nothing else in this file was checked.",
      ]
    `);
  });

  it('reports an unknown agency id in a commitment, suggesting the right one', async () => {
    const root = await brokenTree({
      [COMMITMENTS]: (t) => t.replace('lead: [so-thong-tin-va-truyen-thong]', 'lead: [so-thong-tin-truyen-thong]'),
    });
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "warning content/agencies/so-thong-tin-va-truyen-thong.yaml:1 (file): No commitment, document or agency uses this agency "so-thong-tin-va-truyen-thong". If it is a duplicate of another agency, add its name to that agency's "aliases" and delete this file; otherwise this warning is harmless.",
        "error content/commitments/bac-lieu-2024-kh-12.yaml:5 commitments[0].lead[0]: No agencies entry has the id "so-thong-tin-truyen-thong". Did you mean "so-thong-tin-va-truyen-thong"? Use the id of an existing entry (a file name in content/agencies/ without .yaml), or create content/agencies/<id>.yaml (name, kind); if it is another spelling of an existing agency, add it to that agency's "aliases" and use its id.",
      ]
    `);
  });

  it('reports two documents with the same number', async () => {
    const root = await brokenTree({});
    await cp(path.join(root, DOC), path.join(root, 'documents/bac-lieu-2024-kh-12-ban-sao.yaml'));
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "error content/documents/bac-lieu-2024-kh-12.yaml:1 number: The number "12/KH-UBND" is also the number of content/documents/bac-lieu-2024-kh-12-ban-sao.yaml (same issuer and year), so the same document is published twice. Delete one of the two documents (and its source in content/sources/), or correct the number if it was misread.",
      ]
    `);
  });

  it('reports dates that cannot exist and values outside the allowed list', async () => {
    const root = await brokenTree({
      [COMMITMENTS]: (t) =>
        t
          .replace('date: "2024-06-30"', 'date: "2024-06-31"')
          .replace('status: dang-thuc-hien\n  status_history', 'status: hoan-thanhh\n  status_history'),
    });
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "error content/commitments/bac-lieu-2024-kh-12.yaml:8 commitments[0].deadlines[0].date: "2024-06-31" is not a date that exists in the calendar. Write a real calendar date as YYYY-MM-DD, e.g. 2023-01-31.",
        "error content/commitments/bac-lieu-2024-kh-12.yaml:12 commitments[0].status: "hoan-thanhh" is not an allowed value. Did you mean "hoan-thanh"? Use one of: chua-cap-nhat, dang-thuc-hien, hoan-thanh, cham-tien-do, khong-thuc-hien, da-dieu-chinh, khong-tiep-tuc.",
      ]
    `);
  });

  it('reports a missing required field at the entry and a misspelt field name', async () => {
    const root = await brokenTree({ [COMMITMENTS]: (t) => t.replace('  themes: [chuyen-doi-so]\n', '  themse: [chuyen-doi-so]\n') });
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "error content/commitments/bac-lieu-2024-kh-12.yaml:1 commitments[0].themes: The required field "themes" is missing. Add "themes:" with a list, as in the other entries.",
        "warning content/commitments/bac-lieu-2024-kh-12.yaml:10 commitments[0].themse: "themse" is not a field of commitments, so the site ignores it. Did you mean "themes"? Rename it.",
      ]
    `);
  });

  it('reports duplicate ids, text that is not NFC, and a commitment whose text is not in its document', async () => {
    const root = await brokenTree({
      [COMMITMENTS]: (t) => t + t.replace('Hoàn thành', 'Hoàn thành'.normalize('NFD')).replace('order: 0', 'order: 1'),
      [TEXT]: (t) => t.replace('a) Hoàn thành việc đưa', 'a) Hoàn tất việc đưa'),
    });
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "warning content/commitments/bac-lieu-2024-kh-12.yaml:4 commitments[0].text: The text of this commitment does not appear in the text of bac-lieu-2024-kh-12, so the document page cannot highlight it. Copy the commitment's text exactly as the document writes it (or fix the source and run \`npm run ingest\`).",
        "error content/commitments/bac-lieu-2024-kh-12.yaml:19 commitments[1].id: The id "bac-lieu-2024-kh-12--ii-1--1" is already used in commitments at content/commitments/bac-lieu-2024-kh-12.yaml:1. Give one of the two entries a different id, or delete the copy.",
        "error content/commitments/bac-lieu-2024-kh-12.yaml:22 (text): The line has decomposed Vietnamese letters (not Unicode NFC), so search and links treat its words as different words. Retype the accented letters with the keyboard set to precomposed Unicode (Unikey: "Unicode dựng sẵn"), or run \`npm run check -- --fix-nfc\` to convert the files.",
        "warning content/commitments/bac-lieu-2024-kh-12.yaml:22 commitments[1].text: The text of this commitment does not appear in the text of bac-lieu-2024-kh-12, so the document page cannot highlight it. Copy the commitment's text exactly as the document writes it (or fix the source and run \`npm run ingest\`).",
      ]
    `);
  });

  it('rejects a source address that is not http(s), or has no scheme, in the schema', async () => {
    for (const url of ['javascript://camau.gov.vn/%0aalert(document.domain)', 'camau.gov.vn/van-ban/01', 'ftp://camau.gov.vn/x']) {
      const root = await brokenTree({ [DOC]: (t) => `${t}  url: "${url}"\n` });
      const lines = await problems(root);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        /^error content\/documents\/bac-lieu-2024-kh-12\.yaml:12 source\.url: .* must be a full web address starting with https:\/\//,
      );
    }
  });

  it('rejects a status source that looks like an address but is not http(s), and accepts a citation in words', async () => {
    const bad = await brokenTree({
      [COMMITMENTS]: (t) =>
        t.replace('      note: Đã vận hành thử tại 5 sở.', '      note: Đã vận hành thử tại 5 sở.\n      source: "javascript:alert(1)"'),
    });
    expect((await problems(bad)).join('\n')).toMatch(/commitments\[0\]\.status_history\[0\]\.source: /);
    const good = await brokenTree({
      [COMMITMENTS]: (t) =>
        t.replace(
          '      note: Đã vận hành thử tại 5 sở.',
          '      note: Đã vận hành thử tại 5 sở.\n      source: Báo cáo số 120/BC-UBND ngày 05/7/2024',
        ),
    });
    expect(await problems(good)).toEqual([]);
  });

  it('requires a source for every "hoan-thanh" entry, and a recorded completion for the status "hoan-thanh"', async () => {
    const unsourced = await brokenTree({
      [COMMITMENTS]: (t) =>
        t
          .replace('  status: dang-thuc-hien\n', '  status: hoan-thanh\n')
          .replace(
            '      status: dang-thuc-hien\n      note: Đã vận hành thử tại 5 sở.',
            '      status: hoan-thanh\n      note: Đã vận hành tại mọi sở.',
          ),
    });
    expect(await problems(unsourced)).toEqual([
      'error content/commitments/bac-lieu-2024-kh-12.yaml:14 commitments[0].status_history[0].source: The history entry of 2024-07-05 marks the task "hoan-thanh" without a "source", so nobody can check that it was done. Add `source:` with the report or decision that says so (e.g. "Báo cáo số 120/BC-UBND ngày 05/7/2024") or its https:// address.',
    ]);
    const unrecorded = await brokenTree({ [COMMITMENTS]: (t) => t.replace('  status: dang-thuc-hien\n', '  status: hoan-thanh\n') });
    expect((await problems(unrecorded)).join('\n')).toMatch(/:12 commitments\[0\]\.status: The status is "hoan-thanh" but no entry/);
    const sourced = await brokenTree({
      [COMMITMENTS]: (t) =>
        t
          .replace('  status: dang-thuc-hien\n', '  status: hoan-thanh\n')
          .replace(
            '      status: dang-thuc-hien\n      note: Đã vận hành thử tại 5 sở.',
            '      status: hoan-thanh\n      note: Đã vận hành.\n      source: https://baclieu.gov.vn/bao-cao-120',
          ),
    });
    expect(await problems(sourced)).toEqual([]);
  });

  it('accepts the staff-set statuses "da-dieu-chinh" and "khong-tiep-tuc"', async () => {
    for (const status of ['da-dieu-chinh', 'khong-tiep-tuc']) {
      const tree = await brokenTree({ [COMMITMENTS]: (t) => t.replace('  status: dang-thuc-hien\n', `  status: ${status}\n`) });
      expect(await problems(tree)).toEqual([]);
    }
  });

  it('checks the indicator mapping: ids that exist, one indicator per figure, same place and unit', async () => {
    const targets =
      '- id: bac-lieu-2024-kh-12--chi-tieu-1\n  document: bac-lieu-2024-kh-12\n  label: Tỷ lệ hồ sơ trực tuyến\n  low: 80\n  high: 80\n  unit: "%"\n  period: "2024"\n  sentence: Tỷ lệ hồ sơ trực tuyến đạt 80%.\n  order: 0\n';
    const mapping = (unit: string, target: string) =>
      `name: Tỷ lệ hồ sơ trực tuyến\nplace: bac-lieu\nunit: "${unit}"\ntargets: [${target}]\n`;
    const write = async (root: string, file: string, text: string) => {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    };
    const root = await brokenTree({});
    await write(root, 'targets/bac-lieu-2024-kh-12.yaml', targets);
    await write(root, 'indicators/ho-so-truc-tuyen.yaml', mapping('%', 'bac-lieu-2024-kh-12--chi-tieu-1'));
    expect(await problems(root)).toEqual([]);
    await write(root, 'indicators/ho-so.yaml', mapping('hồ sơ', 'bac-lieu-2024-kh-12--chi-tieu-9'));
    await write(root, 'indicators/trung.yaml', mapping('hồ sơ', 'bac-lieu-2024-kh-12--chi-tieu-1'));
    expect(await problems(root)).toEqual([
      'error content/indicators/ho-so.yaml:4 targets[0]: No targets entry has the id "bac-lieu-2024-kh-12--chi-tieu-9". Did you mean "bac-lieu-2024-kh-12--chi-tieu-1"? Use the id of an existing entry (a file name in content/targets/ without .yaml), or re-run `npm run ingest` to regenerate it.',
      'error content/indicators/trung.yaml:4 targets[0]: "bac-lieu-2024-kh-12--chi-tieu-1" is also listed by content/indicators/ho-so-truc-tuyen.yaml, so it cannot be shown under both indicators. Keep it in the indicator it belongs to and remove it from the other file.',
      'warning content/indicators/trung.yaml:4 targets[0]: "bac-lieu-2024-kh-12--chi-tieu-1" is measured in "%" while the indicator uses "hồ sơ", so the chart would compare different things. Check the id, or set `unit` of the indicator to the unit its figures share.',
    ]);
  });

  it('reports a document file that is not valid YAML once, at the line that opened the problem', async () => {
    const root = await brokenTree({ [DOC]: (t) => t.replace('title: Kế hoạch thực hiện', 'title: "Kế hoạch thực hiện') });
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "error content/documents/bac-lieu-2024-kh-12.yaml:9 (file): The YAML cannot be read: Missing closing "quote. Fix the syntax at that line (indentation with spaces, not tabs; a missing ":" or closing quote/bracket; or a duplicate key); nothing else in this file was checked.",
      ]
    `);
  });

  it('lists an interrupted ingest run and open conflicts until they are dealt with', async () => {
    const root = await brokenTree({});
    await mkdir(path.join(root, '.ingest-journal/files/documents'), { recursive: true });
    await writeFile(path.join(root, '.ingest-journal/files/documents/x.yaml'), 'title: x\n');
    await writeFile(
      path.join(root, '.ingest-journal/manifest.json'),
      JSON.stringify({ changes: [{ path: 'documents/x.yaml', delete: false }] }),
    );
    await writeFile(
      path.join(root, 'conflicts.yaml'),
      '- kind: merge-conflict\n  file: content/commitments/bac-lieu-2024-kh-12.yaml\n  id: bac-lieu-2024-kh-12--ii-1--1\n  field: lead\n  kept: [so-thong-tin-va-truyen-thong]\n  proposed: [ubnd-tinh-bac-lieu]\n  since: "2026-12-01"\n',
    );
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "error content/.ingest-journal (file): An \`npm run ingest\` run was interrupted while it replaced files; 1 file(s) still have their old content. Run \`npm run ingest\` (it finishes the interrupted run first); until then the content is neither the old nor the new version.",
        "error content/commitments/bac-lieu-2024-kh-12.yaml:5 bac-lieu-2024-kh-12--ii-1--1.lead: The field was edited by hand and the converter now gives another value; the edited value "["so-thong-tin-va-truyen-thong"]" is kept and the converter's "["ubnd-tinh-bac-lieu"]" is not used. Compare with the source text; if the converter is right, write its value into the field. Then delete this entry from content/conflicts.yaml.",
      ]
    `);
  });

  it('does not confuse the same number from another issuer or year with a duplicate', async () => {
    const root = await brokenTree({});
    const copy = (await readFile(path.join(root, DOC), 'utf8')).replace('issued: "2024-03-05"', 'issued: "2025-03-05"');
    await writeFile(path.join(root, 'documents/bac-lieu-2025-kh-12.yaml'), copy);
    expect((await problems(root)).filter((l) => l.includes('number'))).toEqual([]);
  });

  it('warns about an agency nothing uses', async () => {
    const root = await brokenTree({
      'agencies/so-tu-phap.yaml': () => 'name: Sở Tư pháp\nkind: department\nplace: bac-lieu\n',
    });
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "warning content/agencies/so-tu-phap.yaml:1 (file): No commitment, document or agency uses this agency "so-tu-phap". If it is a duplicate of another agency, add its name to that agency's "aliases" and delete this file; otherwise this warning is harmless.",
      ]
    `);
  });

  it('checks the metadata sidecars and warns about files the converter would skip', async () => {
    const root = await brokenTree({});
    await mkdir(path.join(root, 'sources'), { recursive: true });
    await writeFile(path.join(root, 'sources/kh-12.txt'), 'KẾ HOẠCH\n');
    await writeFile(path.join(root, 'sources/kh-12.meta.yaml'), 'url: https://example.gov.vn/kh-12\npublished: 2024-13-01\n');
    await writeFile(path.join(root, 'sources/kh-13.meta.yaml'), 'published: 2024-03-01\n');
    await writeFile(path.join(root, 'sources/ke-hoach-14.pdf'), '%PDF-1.7\n');
    expect(await problems(root)).toMatchInlineSnapshot(`
      [
        "error content/sources/ke-hoach-14.pdf (file): This is a PDF file; the converter reads only plain text (.txt) and markdown (.md), so it is not published. Copy the text out of the PDF (open it, select all, copy, paste into a text editor and save as UTF-8 .txt), or run \`pdftotext -layout file.pdf file.txt\`; if the PDF is a scan, it needs OCR first, then run \`npm run ingest\`.",
        "error content/sources/kh-12.meta.yaml:2 published: "2024-13-01" is not a real date written YYYY-MM-DD. Write the date as YYYY-MM-DD, e.g. 2024-07-05.",
        "warning content/sources/kh-13.meta.yaml:1 (file): No source text "kh-13.txt" or ".md" sits next to this metadata file, so it is not used. Give the metadata file the same name as its source (x.txt → x.meta.yaml), or delete it.",
      ]
    `);
  });
});

describe('report', () => {
  it('groups problems per file and ends with a summary count', async () => {
    const root = await brokenTree({
      [COMMITMENTS]: (t) => t.replace('lead: [so-thong-tin-va-truyen-thong]', 'lead: [so-xyz]'),
      'agencies/so-tu-phap.yaml': () => 'name: Sở Tư pháp\nkind: department\n',
    });
    const diagnostics = validateContent(root, (absolute) => path.join('content', path.relative(root, absolute)));
    expect(formatReport(diagnostics)).toMatchInlineSnapshot(`
      "content/agencies/so-thong-tin-va-truyen-thong.yaml (1 warning)
        warning content/agencies/so-thong-tin-va-truyen-thong.yaml:1 (file): No commitment, document or agency uses this agency "so-thong-tin-va-truyen-thong". If it is a duplicate of another agency, add its name to that agency's "aliases" and delete this file; otherwise this warning is harmless.

      content/agencies/so-tu-phap.yaml (1 warning)
        warning content/agencies/so-tu-phap.yaml:1 (file): No commitment, document or agency uses this agency "so-tu-phap". If it is a duplicate of another agency, add its name to that agency's "aliases" and delete this file; otherwise this warning is harmless.

      content/commitments/bac-lieu-2024-kh-12.yaml (1 error)
        error   content/commitments/bac-lieu-2024-kh-12.yaml:5 commitments[0].lead[0]: No agencies entry has the id "so-xyz". Use the id of an existing entry (a file name in content/agencies/ without .yaml), or create content/agencies/<id>.yaml (name, kind); if it is another spelling of an existing agency, add it to that agency's "aliases" and use its id.

      ✖ content: 1 error, 2 warnings in 3 files (AGENCY_UNUSED 2, REF_UNKNOWN 1)."
    `);
  });
});

const run = (root: string) =>
  spawnSync('npm', ['exec', '--', 'node', 'scripts/validate/cli.ts', '--content', root], { cwd: ROOT, encoding: 'utf8' });

describe('the check command', () => {
  it('converts decomposed text to NFC with --fix-nfc', async () => {
    const root = await brokenTree({ [COMMITMENTS]: (t) => t.normalize('NFD') });
    expect(run(root).status).toBe(1);
    const fixed = spawnSync('npm', ['exec', '--', 'node', 'scripts/validate/cli.ts', '--content', root, '--fix-nfc'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(fixed.stdout).toContain('Converted 1 file(s) to Unicode NFC.');
    expect(await readFile(path.join(root, COMMITMENTS), 'utf8')).toBe(await readFile(path.join(FIXTURE, COMMITMENTS), 'utf8'));
  });

  it('exits 0 on a valid tree and 1 with the report on stderr when there are errors', async () => {
    expect(run(await brokenTree({})).status).toBe(0);
    const broken = run(await brokenTree({ [COMMITMENTS]: (t) => t.replace('themes: [chuyen-doi-so]', 'themes: [khong-co]') }));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/bac-lieu-2024-kh-12\.yaml:10 commitments\[0\]\.themes\[0\]: No themes entry has the id "khong-co"/);
  });
});
