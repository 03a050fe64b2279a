/**
 * Bad input end to end (issue 6): harmless variants of a source convert to exactly the
 * files of the clean source; broken sources make `npm run ingest` fail with a message
 * naming each file and its problem, and leave the content folder untouched.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/diagnostics/index.ts';
import { Workspace } from './workspace.ts';
import { convertFile } from '../pipeline.ts';
import { renderFiles, type OutputFile } from '../write/plan.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const INPUT = path.join(ROOT, 'scripts/ingest/__fixtures__/input');

let dir: string;
let content: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'khm-variants-'));
  content = path.join(dir, 'content');
  await cp(path.join(ROOT, 'content/themes'), path.join(content, 'themes'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Converts a file as if it were `content/sources/ke-hoach-12.txt` and renders its output files. */
async function render(file: string): Promise<OutputFile[]> {
  const result = await convertFile(file, content, 'content/sources/ke-hoach-12.txt');
  if ('diagnostics' in result) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return renderFiles([result.converted]);
}

describe('harmless variants give exactly the clean file’s result', () => {
  it.each(['bom', 'crlf', 'nfd'])('UTF-8 %s', async (variant) => {
    const clean = await render(path.join(INPUT, 'clean.fixture.txt'));
    expect(clean.some((f) => f.path.startsWith('commitments/'))).toBe(true);
    expect(await render(path.join(INPUT, `${variant}.fixture.txt`))).toEqual(clean);
  });
});

describe('broken sources stop npm run ingest', () => {
  const broken: [string, RegExp][] = [
    ['empty.fixture.txt', /is empty/],
    ['whitespace.fixture.txt', /only whitespace/],
    ['windows-1258.fixture.txt', /not UTF-8 text; it looks like Windows-1258/],
    ['tcvn3.fixture.txt', /not UTF-8 text; it looks like TCVN3/],
    ['vni.fixture.txt', /not UTF-8 text; it looks like VNI/],
    ['double-encoded.fixture.txt', /converted to UTF-8 twice/],
    ['html.fixture.txt', /HTML web page/],
    ['pdf.fixture.txt', /is a PDF file.*pdftotext/],
    ['binary.fixture.txt', /not text/],
  ];

  it('names every broken file and its problem, and writes nothing (not even the good file)', async () => {
    const sources = path.join(content, 'sources');
    await mkdir(sources, { recursive: true });
    await cp(path.join(INPUT, 'clean.fixture.txt'), path.join(sources, 'ke-hoach-12.txt'));
    for (const [name] of broken) await cp(path.join(INPUT, name), path.join(sources, name.replace('.fixture', '')));

    const run = spawnSync('npm', ['run', '--silent', 'ingest'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KHM_CONTENT_DIR: content },
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    for (const [name, problem] of broken) {
      const file = name.replace('.fixture', '');
      const line = lines.find((l) => l.includes(`${file} (file):`) || l.includes(`${file}:`));
      expect(line, `no message for ${file} in:\n${run.stderr}`).toMatch(problem);
    }
    expect(run.stderr).toContain('Nothing was written');
    expect((await readdir(content)).sort()).toEqual(['sources', 'themes']);
    // The sources themselves are untouched.
    expect(await readFile(path.join(sources, 'tcvn3.txt'))).toEqual(await readFile(path.join(INPUT, 'tcvn3.fixture.txt')));
  });
});

describe('a hand-edited content file that is no longer valid YAML', () => {
  it('stops npm run ingest with the file and line, and writes nothing', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'khm-badyaml-'));
    try {
      const target = path.join(root, 'content');
      await cp(path.join(ROOT, 'content/themes'), path.join(target, 'themes'), { recursive: true });
      await mkdir(path.join(target, 'sources'), { recursive: true });
      await cp(path.join(INPUT, 'clean.fixture.txt'), path.join(target, 'sources/kh.txt'));
      const ingest = () =>
        spawnSync('npm', ['run', '--silent', 'ingest'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KHM_CONTENT_DIR: target } });
      expect(ingest().status).toBe(0);
      const file = path.join(target, 'commitments/kh.yaml');
      const broken = (await readFile(file, 'utf8')).replace('  lead:', '  lead: [so-tai-chinh');
      await writeFile(file, broken);
      const documentBefore = await readFile(path.join(target, 'documents/kh.yaml'), 'utf8');
      await writeFile(
        path.join(target, 'sources/kh.txt'),
        (await readFile(path.join(target, 'sources/kh.txt'), 'utf8')).replace('đào tạo', 'bồi dưỡng'),
      );

      const run = ingest();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/commitments\/kh\.yaml:\d+ \(file\): The YAML cannot be read/);
      expect(run.stderr).toContain('Nothing was written');
      expect(await readFile(file, 'utf8')).toBe(broken);
      expect(await readFile(path.join(target, 'documents/kh.yaml'), 'utf8')).toBe(documentBefore);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('one tab in a content file (README "Publishing": one cause, one error, in the right file)', () => {
  it('in an agency file: ingest and check each report it once, at that file and line, and blame no source', () => {
    const ws = new Workspace(readFileSync(path.join(INPUT, 'clean.fixture.txt'), 'utf8'));
    try {
      expect(ws.ingest().status).toBe(0);
      const agency = readdirSync(ws.path('agencies'))[0]!;
      const text = ws.read(`agencies/${agency}`).split('\n');
      text.splice(1, 0, '\tkind: department');
      ws.write(`agencies/${agency}`, text.join('\n'));
      for (const run of [ws.ingest(), ws.check()]) {
        expect(run.status).toBe(1);
        const errors = run.stderr.split('\n').filter((l) => /^ {2}error/.test(l));
        expect(errors, run.stderr).toHaveLength(1);
        expect(errors[0]).toMatch(
          new RegExp(`content/agencies/${agency.replace('.', '\\.')}:2 \\(file\\): The YAML cannot be read: .*[Tt]ab`),
        );
        expect(run.stderr).not.toContain(catalogue.CONVERTER_CRASH.code);
        expect(run.stderr).not.toContain('content/sources/');
      }
    } finally {
      ws.remove();
    }
  });

  it('in a commitments file: check reports one error, not one per entry', () => {
    const ws = new Workspace(readFileSync(path.join(INPUT, 'clean.fixture.txt'), 'utf8'));
    try {
      expect(ws.ingest().status).toBe(0);
      const file = 'commitments/ke-hoach-12.yaml';
      ws.write(file, ws.read(file).replace('\n  lead:', '\n\tlead:'));
      const run = ws.check();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/✖ content: 1 error, /);
      expect(run.stderr).toMatch(/content\/commitments\/ke-hoach-12\.yaml:\d+ \(file\): The YAML cannot be read/);
    } finally {
      ws.remove();
    }
  });
});
