/**
 * The read stage on real byte-level fixtures. The legacy-encoded fixtures are the
 * clean fixture re-encoded (Windows-1258 with combining tone bytes, TCVN3 one byte per
 * letter, VNI base letter + modifier byte), as old office files arrive.
 */
import { catalogue, formatDiagnostic } from '../../src/diagnostics/index.ts';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodingScores, guessLegacyEncoding } from './detect-encoding.ts';
import { decodeSource, looksLikeHtml, parseSidecar, readSource, sidecarPath } from './read.ts';
import type { Diagnostic } from './types.ts';

const FIXTURES = path.join(import.meta.dirname, '__fixtures__', 'input');
const fixture = (name: string) => path.join(FIXTURES, name);

/** Reads a fixture and returns its one diagnostic (fails the test if it was accepted). */
async function refusal(name: string): Promise<Diagnostic> {
  const result = await readSource(fixture(name), `content/sources/${name}`);
  if (!('diagnostics' in result)) throw new Error(`${name} was accepted`);
  expect(result.diagnostics).toHaveLength(1);
  return result.diagnostics[0]!;
}

/** Formats a diagnostic the way the CLI prints it, to pin the wording staff read. */
const show = (d: Diagnostic) => formatDiagnostic(d);

describe('readSource accepts harmless variants', () => {
  it('removes a UTF-8 BOM and otherwise returns the bytes as decoded', async () => {
    const clean = await readSource(fixture('clean.fixture.txt'));
    const bom = await readSource(fixture('bom.fixture.txt'));
    if (!('source' in clean) || !('source' in bom)) throw new Error('refused');
    expect(bom.source.text).toBe(clean.source.text);
    expect(bom.source.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('keeps CRLF and NFD for the normalize stage, decoding them without complaint', async () => {
    const clean = await readFile(fixture('clean.fixture.txt'), 'utf8');
    const crlf = await readSource(fixture('crlf.fixture.txt'));
    const nfd = await readSource(fixture('nfd.fixture.txt'));
    if (!('source' in crlf) || !('source' in nfd)) throw new Error('refused');
    expect(crlf.source.text.replace(/\r\n/g, '\n')).toBe(clean);
    expect(nfd.source.text.normalize('NFC')).toBe(clean);
  });

  it('records the display path, not the absolute path, as the file', async () => {
    const result = await readSource(fixture('clean.fixture.txt'), 'content/sources/clean.txt');
    expect('source' in result && result.source.file).toBe('content/sources/clean.txt');
  });

  it('accepts markdown that holds a few inline HTML tags', () => {
    const text = '**KẾ HOẠCH**<br>\nSố: 01/KH-UBND\n\n| a | b |\n|---|---|\n| <sup>1</sup> | x |\n';
    expect(looksLikeHtml(text)).toBe(false);
    expect(decodeSource(new TextEncoder().encode(text), 'x.md')).toEqual({ text });
  });
});

describe('readSource refuses broken input with a message naming the file and the problem', () => {
  it.each([
    ['empty.fixture.txt', catalogue.INPUT_EMPTY.code, 'is empty'],
    ['whitespace.fixture.txt', catalogue.INPUT_EMPTY.code, 'only whitespace'],
    ['windows-1258.fixture.txt', catalogue.INPUT_NOT_UTF8.code, 'Windows-1258'],
    ['tcvn3.fixture.txt', catalogue.INPUT_NOT_UTF8.code, 'TCVN3'],
    ['vni.fixture.txt', catalogue.INPUT_NOT_UTF8.code, 'VNI'],
    ['utf16.fixture.txt', catalogue.INPUT_NOT_UTF8.code, 'UTF-16'],
    ['double-encoded.fixture.txt', catalogue.INPUT_DOUBLE_ENCODED.code, 'converted to UTF-8 twice'],
    ['html.fixture.txt', catalogue.INPUT_HTML.code, 'HTML'],
    ['pdf.fixture.txt', catalogue.INPUT_FORMAT.code, 'PDF'],
    ['binary.fixture.txt', catalogue.INPUT_BINARY.code, 'not text'],
  ])('%s → %s mentioning "%s"', async (name, code, words) => {
    const diagnostic = await refusal(name);
    expect(diagnostic.code).toBe(code);
    expect(diagnostic.severity).toBe('error');
    expect(diagnostic.file).toBe(`content/sources/${name}`);
    expect(diagnostic.message).toContain(words);
    expect(diagnostic.hint).toBeTruthy();
  });

  it('tells staff how to convert a legacy-encoded file', async () => {
    expect(show(await refusal('tcvn3.fixture.txt'))).toMatchInlineSnapshot(
      `"content/sources/tcvn3.fixture.txt (file): The file is not UTF-8 text; it looks like TCVN3 (ABC). Convert it to UTF-8 (for example in LibreOffice: open it as TCVN3 (ABC), then "Save As" text with character set UTF-8; or use a Vietnamese converter such as Unikey's "Chuyển mã"), then run the converter again."`,
    );
  });

  it('tells staff to save a web page as text', async () => {
    expect(show(await refusal('html.fixture.txt'))).toMatchInlineSnapshot(
      `"content/sources/html.fixture.txt (file): The file is an HTML web page, not plain text or markdown. Copy the text of the page (or save it "as text only") into a .txt or .md file, then run the converter again."`,
    );
  });

  it('refuses one NUL byte in an otherwise good text, naming its line', () => {
    const bytes = new TextEncoder().encode('Kế hoạch số 12/KH-UBND\nTiêu đề\u0000 có NUL\n');
    const result = decodeSource(bytes, 'content/sources/x.txt');
    expect('diagnostic' in result && result.diagnostic).toMatchObject({
      code: catalogue.INPUT_BINARY.code,
      line: 2,
      message: expect.stringContaining('0x00 (NUL)'),
    });
  });

  it.each([
    ['a Word document', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'Word'],
    ['an OpenDocument text', [0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00], 'OpenDocument'],
    ['a PNG scan', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'OCR'],
  ])('refuses %s and says how to get its text out', (_what, head, words) => {
    const result = decodeSource(Uint8Array.from([...head, ...new TextEncoder().encode('rest of the file')]), 'content/sources/x.txt');
    expect('diagnostic' in result && result.diagnostic.code).toBe(catalogue.INPUT_FORMAT.code);
    expect('diagnostic' in result && `${result.diagnostic.message} ${result.diagnostic.hint}`).toContain(words);
  });

  it('refuses a file over the size limit unless a larger limit is given', async () => {
    const small = await readSource(fixture('clean.fixture.txt'), 'content/sources/x.txt', 100);
    expect('diagnostics' in small && formatDiagnostic(small.diagnostics[0]!)).toMatch(
      /^content\/sources\/x\.txt \(file\): The file is \d+ bytes, more than the limit of 100 bytes .*--max-size <MB>/,
    );
    expect('source' in (await readSource(fixture('clean.fixture.txt'), 'content/sources/x.txt', 1024 * 1024))).toBe(true);
  });

  it('reports a missing file instead of throwing', async () => {
    const result = await readSource(fixture('does-not-exist.txt'), 'content/sources/x.txt');
    expect('diagnostics' in result && result.diagnostics[0]?.code).toBe(catalogue.INPUT_UNREADABLE.code);
  });
});

describe('guessLegacyEncoding', () => {
  it('calls Latin-1 text without Vietnamese fingerprints Windows-1252 / Latin-1', () => {
    const bytes = Uint8Array.from([...'Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve'].map((c) => c.charCodeAt(0)));
    expect(guessLegacyEncoding(bytes)).toBe('Windows-1252 / Latin-1');
  });

  it('scores each legacy fixture highest for its own encoding', async () => {
    for (const [name, key] of [
      ['windows-1258.fixture.txt', 'cp1258'],
      ['tcvn3.fixture.txt', 'tcvn3'],
      ['vni.fixture.txt', 'vni'],
    ] as const) {
      const scores = encodingScores(await readFile(fixture(name)));
      const best = Object.entries(scores).sort((a, b) => b[1] - a[1])[0]![0];
      expect(best, name).toBe(key);
    }
  });
});

describe('metadata sidecar', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'khm-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds x.meta.yaml next to x.txt', () => {
    expect(sidecarPath('content/sources/ke-hoach.txt')).toBe('content/sources/ke-hoach.meta.yaml');
    expect(sidecarPath('a/b.c/tin.md')).toBe('a/b.c/tin.meta.yaml');
  });

  it('loads url, published date and document overrides', async () => {
    const source = path.join(dir, 'plan.txt');
    await writeFile(source, await readFile(fixture('clean.fixture.txt')));
    await writeFile(sidecarPath(source), 'url: https://example.gov.vn/ke-hoach-12\npublished: 2024-03-06\ndocument:\n  place: bac-lieu\n');
    const result = await readSource(source);
    expect('source' in result && result.source.sidecar).toEqual({
      url: 'https://example.gov.vn/ke-hoach-12',
      published: '2024-03-06',
      document: { place: 'bac-lieu' },
    });
  });

  it('names the line of a date that does not exist and of an unknown key', () => {
    const result = parseSidecar('url: https://example.gov.vn/x\npublished: 2024-02-30\nsource: báo\n', 'x.meta.yaml');
    if (!('diagnostics' in result)) throw new Error('accepted');
    expect(result.diagnostics.map(show)).toMatchInlineSnapshot(`
      [
        "x.meta.yaml:2 published: "2024-02-30" is not a real date written YYYY-MM-DD. Write the date as YYYY-MM-DD, e.g. 2024-07-05.",
        "x.meta.yaml:3 source: unknown key "source". Use only url, published, document; check the spelling.",
      ]
    `);
  });

  it('reports malformed YAML with its line', () => {
    const result = parseSidecar('url: https://example.gov.vn/x\ndocument: {place: hau-giang\n', 'x.meta.yaml');
    if (!('diagnostics' in result)) throw new Error('accepted');
    expect(result.diagnostics[0]).toMatchObject({ code: catalogue.SIDECAR_YAML.code, file: 'x.meta.yaml' });
    expect(result.diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('treats an empty sidecar as no metadata', () => {
    expect(parseSidecar('# nothing yet\n', 'x.meta.yaml')).toEqual({ sidecar: {} });
  });
});
