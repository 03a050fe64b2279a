/** The command line: the --json contract, bad input, --input/--out and the report. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(import.meta.dirname, 'cli.ts');
const FIXTURES = path.join(import.meta.dirname, '__fixtures__');

/** The converter's cache of these runs (conversion-cache.ts), so the repository's holds no slot of a temporary file. */
const CACHE = mkdtempSync(path.join(tmpdir(), 'khm-cli-cache-'));
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KHM_CACHE_DIR: CACHE } });
}

function runIn(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KHM_CONTENT_DIR: contentDir, KHM_CACHE_DIR: CACHE },
  });
}

describe('ingest CLI', () => {
  it('prints exactly one JSON object in the contract shape for --json, diagnostics on stderr only', () => {
    const result = run('--json', path.join(FIXTURES, 'documents/national-nghi-quyet.fixture.txt'));
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['document', 'sections', 'commitments', 'agencies', 'targets', 'actuals', 'references', 'footnotes']);
    expect(json.document).toMatchObject({
      number: '45/NQ-CP',
      type: 'Nghị quyết',
      issuer: 'Chính phủ',
      issued: '2025-03-12',
      kind: 'resolution',
      // The contract's place is where the text was issued; `province` is where the site files it.
      place: 'ha-noi',
      province: null,
      issued_in: 'Hà Nội',
    });
    const sections = json.sections as { id: string; label: string; heading: string; children: { id: string }[] }[];
    expect(sections[3]).toMatchObject({
      id: 'national-nghi-quyet-fixture--chuong-trinh-hanh-dong',
      label: '',
      heading: 'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    });
    expect(sections[3]!.children.map((c) => c.id)).toHaveLength(3);
    const commitment = (json.commitments as { lead: string[]; deadlines: string[] }[]).find((c) => c.lead.includes('Bộ Tư pháp'));
    expect(commitment?.deadlines).toEqual(['2025-06-30']);
  });

  it.each([
    ['empty.fixture.txt', /empty/i],
    ['html.fixture.txt', /HTML/],
    ['binary.fixture.txt', /binary|control/i],
  ])('refuses the bad input %s with a non-zero exit and a message naming the file', (name, problem) => {
    const file = path.join(FIXTURES, 'input', name);
    const result = run('--json', file);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(name);
    expect(result.stderr).toMatch(problem);
  });

  it('writes one document into --out and prints a per-document report', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'khm-cli-'));
    try {
      const written = run('--input', path.join(FIXTURES, 'documents/provincial-ke-hoach.fixture.md'), '--out', out);
      expect(written.status).toBe(0);
      expect((await readdir(path.join(out, 'documents'))).sort()).toEqual(['provincial-ke-hoach-fixture.yaml']);
      expect((await readdir(path.join(out, 'texts'))).sort()).toEqual(['provincial-ke-hoach-fixture.yaml']);
      const report = run('--report', path.join(FIXTURES, 'documents'));
      expect(report.status).toBe(0);
      expect(report.stdout).toMatch(/provincial-ke-hoach\.fixture\.md\s+215\/KH-UBND/);
      const fixtureCount = (await readdir(path.join(FIXTURES, 'documents'))).filter((name) => /\.(?:txt|md)$/u.test(name)).length;
      expect(report.stdout).toMatch(new RegExp(`^${fixtureCount} documents: `, 'm'));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('refuses a PDF or Word file dropped into the sources folder, saying how to convert it, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'khm-cli-'));
    try {
      await mkdir(path.join(dir, 'sources'), { recursive: true });
      await copyFile(path.join(FIXTURES, 'documents/provincial-ke-hoach.fixture.md'), path.join(dir, 'sources/ke-hoach.md'));
      await copyFile(path.join(FIXTURES, 'input/pdf.fixture.txt'), path.join(dir, 'sources/quyet-dinh.pdf'));
      await writeFile(path.join(dir, 'sources/ke-hoach-2.docx'), 'PK\u0003\u0004');
      await cp(path.join(ROOT, 'content/themes'), path.join(dir, 'themes'), { recursive: true });
      const result = runIn(dir);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /sources\/quyet-dinh\.pdf \(file\): This is a PDF file; the converter reads only plain text .*pdftotext/,
      );
      expect(result.stderr).toMatch(/sources\/ke-hoach-2\.docx \(file\): This is a Word, OpenDocument .*"Plain text \(\.txt\)"/);
      expect((await readdir(dir)).sort()).toEqual(['sources', 'themes']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('converts a content folder, then --check passes, and a document whose source is gone is reported', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'khm-cli-'));
    try {
      await mkdir(path.join(dir, 'sources'), { recursive: true });
      await copyFile(path.join(FIXTURES, 'documents/provincial-ke-hoach.fixture.md'), path.join(dir, 'sources/ke-hoach.md'));
      await cp(path.join(ROOT, 'content/themes'), path.join(dir, 'themes'), { recursive: true });
      expect(runIn(dir).status).toBe(0);
      expect(runIn(dir, '--check').stdout).toMatch(/^Content is up to date \(1 documents\)/);
      await writeFile(path.join(dir, 'documents/rut-lai.yaml'), 'title: x\n');
      const check = runIn(dir, '--check');
      expect(check.stderr).toMatch(/documents\/rut-lai\.yaml \(file\): This document has no source in content\/sources any more/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
