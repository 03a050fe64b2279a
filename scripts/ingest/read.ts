/**
 * Read stage: bytes on disk → checked, decoded source text plus its metadata sidecar.
 *
 * This is the only stage that may refuse a file. Harmless variants pass through
 * unchanged except for the UTF-8 BOM (CRLF and NFD are the normalize stage's job);
 * broken input (empty, not UTF-8, HTML, binary) becomes a Diagnostic that names the
 * file, says what is wrong and what to do, so a staff member can fix it themselves.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { isRealIsoDate } from '../../src/schemas/fields.ts';
import { guessLegacyEncoding } from './detect-encoding.ts';
import type { Diagnostic, SourceSidecar, SourceText } from './types.ts';

/** Result of reading a source: the text, or the reasons it was refused. */
export type ReadResult = { source: SourceText } | { diagnostics: Diagnostic[] };

/** Result of decoding bytes: the text, or one diagnostic. */
export type DecodeResult = { text: string } | { diagnostic: Diagnostic };

/** File signatures of formats staff might save by mistake instead of plain text. */
const MAGIC: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (a .docx/.xlsx/.odt document is one)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document (.doc/.xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' },
];

const HINT_EXPORT_TEXT =
  'Open the document in its program and save or export it as plain text (.txt, encoding UTF-8), then run the converter again';

function inputError(file: string, code: string, message: string, hint: string): Diagnostic {
  return { code, severity: 'error', file, message, hint };
}

/** Names the binary format of `bytes` when it has a known signature or control bytes; null for text. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) return magic.name;
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    // NUL and other C0 controls (except tab, LF, CR, form feed) never appear in a text document.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  if (control > 0 && control >= Math.max(1, sample.length * 0.01)) return 'binary data (control bytes)';
  return null;
}

/** True when decoded text is an HTML page (saved from a browser) rather than plain text or markdown. */
export function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (/^<!doctype\s+html|^<html[\s>]|^<\?xml[^>]*>\s*<(!doctype\s+)?html/.test(head)) return true;
  // Markdown may hold a stray <br> or <sup>; a page saved as text has structural tags on many lines.
  const structural = text.match(/<\/?(html|head|body|div|p|span|table|tr|td|script|style|meta|link)\b[^>]*>/gi) ?? [];
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  return structural.length >= 10 && structural.length >= lines * 0.5;
}

/**
 * Vietnamese UTF-8 that was decoded as Windows-1252 and saved again as UTF-8 ("double
 * encoded"): "ạ" (E1 BA A1) turns into "áº¡", "ộ" into "á»™", "đ" into "Ä‘". Real
 * Vietnamese never puts º or » right after á, nor ‘ after Ä.
 */
const MOJIBAKE = /á[º»]|Ä[‘’]|Æ[°¯]/g;

/** Number of double-encoding fingerprints in `text` (see MOJIBAKE). */
export function mojibakeCount(text: string): number {
  return text.match(MOJIBAKE)?.length ?? 0;
}

/** Whitespace that a text editor shows as nothing, including zero-width characters and a stray BOM. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/**
 * Decodes source bytes as UTF-8 (removing a BOM) and refuses what is not a plain-text
 * document: empty or blank, binary, not UTF-8 (naming the legacy encoding it looks
 * like), or an HTML page. `file` is the path used in messages.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) {
    return { diagnostic: inputError(file, 'INPUT_EMPTY', 'The file is empty', 'Put the document text in the file, or delete the file') };
  }
  const binary = detectBinary(bytes);
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (binary && !utf16 && guessLegacyEncoding(bytes) !== 'UTF-16') {
    return {
      diagnostic: inputError(file, 'INPUT_BINARY', `The file is not text: it looks like ${binary}`, HINT_EXPORT_TEXT),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const encoding = guessLegacyEncoding(bytes);
    return {
      diagnostic: inputError(
        file,
        'INPUT_NOT_UTF8',
        `The file is not UTF-8 text; it looks like ${encoding}`,
        `Convert it to UTF-8 (for example in LibreOffice: open it as ${encoding}, then "Save As" text with character set UTF-8; or use a Vietnamese converter such as Unikey's "Chuyển mã"), then run the converter again`,
      ),
    };
  }
  if (BLANK.test(text)) {
    return {
      diagnostic: inputError(
        file,
        'INPUT_EMPTY',
        'The file contains only whitespace',
        'Put the document text in the file, or delete the file',
      ),
    };
  }
  if (mojibakeCount(text) >= 3) {
    return {
      diagnostic: inputError(
        file,
        'INPUT_DOUBLE_ENCODED',
        'The text is garbled: it was converted to UTF-8 twice (e.g. "áº¡" or "á»™" where "ạ" or "ộ" should be)',
        'Copy the text again from the original document or web page and save it once as UTF-8, then run the converter again',
      ),
    };
  }
  if (looksLikeHtml(text)) {
    return {
      diagnostic: inputError(
        file,
        'INPUT_HTML',
        'The file is an HTML web page, not plain text or markdown',
        'Copy the text of the page (or save it "as text only") into a .txt or .md file, then run the converter again',
      ),
    };
  }
  return { text };
}

/** Path of the metadata sidecar of a source: `x.txt` → `x.meta.yaml`. */
export function sidecarPath(sourcePath: string): string {
  const ext = path.extname(sourcePath);
  return `${sourcePath.slice(0, sourcePath.length - ext.length)}.meta.yaml`;
}

const SIDECAR_KEYS = ['url', 'published', 'document'] as const;

/**
 * Parses the text of a metadata sidecar (`url`, `published`, `document` overrides).
 * Returns the sidecar, or diagnostics with the line of each problem.
 */
export function parseSidecar(text: string, file: string): { sidecar: SourceSidecar } | { diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((error) => ({
        code: 'SIDECAR_YAML',
        severity: 'error',
        file,
        line: lineOf(error.pos[0]),
        message: `The metadata file is not valid YAML: ${error.message.split('\n')[0]}`,
        hint: 'Fix the YAML at that line; each line is "key: value", e.g. "published: 2024-07-05"',
      })),
    };
  }
  if (doc.contents === null) return { sidecar: {} };
  if (!isMap(doc.contents)) {
    return {
      diagnostics: [
        {
          code: 'SIDECAR_SHAPE',
          severity: 'error',
          file,
          line: 1,
          message: 'The metadata file must be a list of "key: value" lines',
          hint: `Use only the keys ${SIDECAR_KEYS.join(', ')}, e.g. "url: https://…"`,
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const sidecar: SourceSidecar = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const value: unknown = isScalar(pair.value) ? pair.value.value : (pair.value?.toJSON() as unknown);
    const problem = (message: string, hint: string) =>
      diagnostics.push({ code: 'SIDECAR_FIELD', severity: 'error', file, line, field: key, message, hint });
    if (key === 'url') {
      if (typeof value === 'string' && /^https?:\/\/\S+$/.test(value)) sidecar.url = value;
      else problem(`"${String(value)}" is not a web address`, 'Write the full address, starting with https://');
    } else if (key === 'published') {
      if (typeof value === 'string' && isRealIsoDate(value)) sidecar.published = value;
      else problem(`"${String(value)}" is not a real date written YYYY-MM-DD`, 'Write the date as YYYY-MM-DD, e.g. 2024-07-05');
    } else if (key === 'document') {
      if (value && typeof value === 'object' && !Array.isArray(value)) sidecar.document = value as Record<string, unknown>;
      else problem('must be a group of document fields to override', 'Indent the fields under "document:", e.g. "  place: hau-giang"');
    } else {
      problem(`unknown key "${key}"`, `Use only ${SIDECAR_KEYS.join(', ')}; check the spelling`);
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { sidecar };
}

/**
 * Reads a source file and its optional sidecar. `displayPath` (default: `filePath`) is
 * the path shown in messages and stored in `SourceText.file`.
 */
export async function readSource(filePath: string, displayPath: string = filePath): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'The file does not exist' : `The file cannot be read (${String(error)})`;
    return { diagnostics: [inputError(displayPath, 'INPUT_UNREADABLE', reason, 'Check the path and the file permissions')] };
  }
  const decoded = decodeSource(bytes, displayPath);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };

  const metaFile = sidecarPath(filePath);
  const metaText = await readFile(metaFile, 'utf8').catch(() => null);
  let sidecar: SourceSidecar = {};
  if (metaText !== null) {
    const parsed = parseSidecar(metaText, sidecarPath(displayPath));
    if ('diagnostics' in parsed) return { diagnostics: parsed.diagnostics };
    sidecar = parsed.sidecar;
  }
  return { source: { file: displayPath, text: decoded.text, sidecar } };
}
