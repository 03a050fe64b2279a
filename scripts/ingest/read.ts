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
import { catalogue, report } from '../../src/diagnostics/index.ts';
import { isHttpUrl, isRealIsoDate } from '../../src/schemas/fields.ts';
import { guessLegacyEncoding, looksLikeUtf16 } from './detect-encoding.ts';
import type { Diagnostic, SourceSidecar, SourceText } from './types.ts';

/** Result of reading a source: the text, or the reasons it was refused. */
export type ReadResult = { source: SourceText } | { diagnostics: Diagnostic[] };

/** Result of decoding bytes: the text, or one diagnostic. */
export type DecodeResult = { text: string } | { diagnostic: Diagnostic };

/** A document format staff might save by mistake instead of plain text, and how to get text out of it. */
export interface DocumentFormat {
  name: string;
  howToConvert: string;
}

const SAVE_AS_TEXT = (program: string) =>
  `Open it in ${program}, choose "Save As" (or "Export"), pick "Plain text (.txt)" with encoding UTF-8, and save it into content/sources/ with a .txt name`;

/** Formats recognised by their first bytes. */
const MAGIC: { bytes: number[]; format: DocumentFormat }[] = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    format: {
      name: 'a PDF file',
      howToConvert:
        'Copy the text out of the PDF (open it, select all, copy, paste into a text editor and save as UTF-8 .txt), or run `pdftotext -layout file.pdf file.txt`; if the PDF is a scan, it needs OCR first',
    },
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    format: {
      name: 'a Word, OpenDocument or other ZIP-based file (.docx, .odt, .xlsx)',
      howToConvert: SAVE_AS_TEXT('Word or LibreOffice'),
    },
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    format: { name: 'an old Microsoft Office document (.doc, .xls)', howToConvert: SAVE_AS_TEXT('Word or LibreOffice') },
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], format: { name: 'an RTF document', howToConvert: SAVE_AS_TEXT('Word or LibreOffice') } },
  ...(
    [
      [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
      [[0xff, 0xd8, 0xff], 'a JPEG image'],
      [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
      [[0x52, 0x49, 0x46, 0x46], 'a WebP image'],
      [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
    ] as const
  ).map(([bytes, name]) => ({
    bytes: [...bytes],
    format: {
      name,
      howToConvert:
        'A photo or scan of a page has no text: run OCR on it (for example with Google Drive or LibreOffice) and save the recognised text as UTF-8 .txt',
    },
  })),
];

/** Formats recognised by the file extension, for files in content/sources/ the converter does not read. */
export function formatOfName(fileName: string): DocumentFormat {
  const ext = path.extname(fileName).toLowerCase();
  const byExtension: Record<string, string> = {
    '.pdf': 'a PDF file',
    '.doc': 'an old Microsoft Office document (.doc, .xls)',
    '.docx': 'a Word, OpenDocument or other ZIP-based file (.docx, .odt, .xlsx)',
    '.odt': 'a Word, OpenDocument or other ZIP-based file (.docx, .odt, .xlsx)',
    '.rtf': 'an RTF document',
    '.png': 'a PNG image',
    '.jpg': 'a JPEG image',
    '.jpeg': 'a JPEG image',
  };
  const known = MAGIC.find((m) => m.format.name === byExtension[ext]);
  return known?.format ?? { name: `a ${ext || 'extension-less'} file`, howToConvert: SAVE_AS_TEXT('the program that made it') };
}

/** The document format of `bytes` when it has a known signature, else null. */
export function detectFormat(bytes: Uint8Array): DocumentFormat | null {
  return MAGIC.find((magic) => magic.bytes.every((b, i) => bytes[i] === b))?.format ?? null;
}

/**
 * Control bytes a text document never holds: NUL and the other C0 controls except tab, line
 * feed, carriage return, vertical tab and form feed (which text editors and Word exports
 * produce). One is enough to refuse the file: a NUL would otherwise reach a page title.
 * Returns the 1-based line and the byte of the first one, or null.
 */
export function firstControlByte(bytes: Uint8Array): { line: number; byte: number } | null {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0a) line++;
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0b && byte !== 0x0c) return { line, byte };
  }
  return null;
}

/** "3.2 MB", "12 KB", "100 bytes". */
function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** Default size limit of one source, in bytes: the longest real plan is well under 1 MB. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

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

const isUtf16 = (bytes: Uint8Array) =>
  bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

/**
 * Decodes source bytes as UTF-8 (removing a BOM) and refuses what is not a plain-text
 * document: empty or blank, a document format or binary, control bytes, not UTF-8 (naming
 * the legacy encoding it looks like), or an HTML page. `file` is the path used in messages.
 */
export function decodeSource(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) return { diagnostic: report(catalogue.INPUT_EMPTY, { file }, { whitespaceOnly: false }) };
  const format = detectFormat(bytes);
  if (format)
    return { diagnostic: report(catalogue.INPUT_FORMAT, { file, line: 1 }, { format: format.name, howToConvert: format.howToConvert }) };
  // UTF-16 is text in another encoding: say so, rather than "control bytes" for its NULs.
  // (Only the UTF-16 test of guessLegacyEncoding: its byte scores are for text that is not UTF-8, below.)
  if (isUtf16(bytes) || looksLikeUtf16(bytes)) return { diagnostic: report(catalogue.INPUT_NOT_UTF8, { file }, { encoding: 'UTF-16' }) };
  const control = firstControlByte(bytes);
  if (control) {
    const what = `the control byte 0x${control.byte.toString(16).padStart(2, '0').toUpperCase()}${control.byte === 0 ? ' (NUL)' : ''}, which no text document contains`;
    return { diagnostic: report(catalogue.INPUT_BINARY, { file, line: control.line }, { what }) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { diagnostic: report(catalogue.INPUT_NOT_UTF8, { file }, { encoding: guessLegacyEncoding(bytes) }) };
  }
  if (BLANK.test(text)) return { diagnostic: report(catalogue.INPUT_EMPTY, { file }, { whitespaceOnly: true }) };
  if (mojibakeCount(text) >= 3) return { diagnostic: report(catalogue.INPUT_DOUBLE_ENCODED, { file }) };
  if (looksLikeHtml(text)) return { diagnostic: report(catalogue.INPUT_HTML, { file }) };
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
      diagnostics: doc.errors
        .slice(0, 1)
        .map((error) =>
          report(catalogue.SIDECAR_YAML, { file, line: lineOf(error.pos[0]) }, { problem: error.message.split('\n')[0] ?? error.code }),
        ),
    };
  }
  if (doc.contents === null) return { sidecar: {} };
  if (!isMap(doc.contents)) {
    return {
      diagnostics: [report(catalogue.SIDECAR_SHAPE, { file, line: 1 }, { keys: SIDECAR_KEYS.join(', ') })],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const sidecar: SourceSidecar = {};
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const value: unknown = isScalar(pair.value) ? pair.value.value : (pair.value?.toJSON() as unknown);
    const problem = (message: string, fix: string) =>
      diagnostics.push(report(catalogue.SIDECAR_FIELD, { file, line, field: key }, { problem: message, fix }));
    if (key === 'url') {
      if (typeof value === 'string' && isHttpUrl(value)) sidecar.url = value;
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
export async function readSource(filePath: string, displayPath: string = filePath, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'The file does not exist' : `The file cannot be read (${String(error)})`;
    return { diagnostics: [report(catalogue.INPUT_UNREADABLE, { file: displayPath }, { reason })] };
  }
  if (bytes.length > maxBytes) {
    return {
      diagnostics: [
        report(catalogue.INPUT_TOO_LARGE, { file: displayPath }, { size: sizeInWords(bytes.length), limit: sizeInWords(maxBytes) }),
      ],
    };
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
