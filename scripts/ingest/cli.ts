/**
 * `npm run ingest` — converts plan documents into the content collections.
 *
 *   npm run ingest                              all content/sources/*.txt|*.md → content/
 *   npm run ingest -- --check                   exit 1 when content/ differs from a fresh conversion
 *   npm run --silent ingest -- --json FILE      one file → one JSON object on stdout, writes nothing
 *   npm run ingest -- --input FILE --out DIR    one file → its collections under DIR
 *   npm run ingest -- --report DIR|FILE…        per-document counts (corpus report), writes nothing
 *
 * Diagnostics go to stderr as `<file>:<line> <field>: <message>. <hint>.`; the exit code
 * is 1 when any error was found. Only this file and write.ts touch the file system.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ConvertedDocument } from './assemble.ts';
import { formatDiagnostics, hasErrors } from './diagnostics.ts';
import { convertFile } from './pipeline.ts';
import { formatReport, reportRow, toJson, type ReportRow } from './report.ts';
import type { Diagnostic } from './types.ts';
import { differingFiles, planWrite, writeFiles } from './write.ts';

const CONTENT_DIR = process.env.KHM_CONTENT_DIR ?? 'content';

/** Parsed command-line options. */
interface Options {
  json?: string;
  input?: string;
  out?: string;
  report?: string[];
  check: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = argv[++i];
    else if (arg === '--input') options.input = argv[++i];
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--check') options.check = true;
    else if (arg === '--report') {
      options.report = [];
      while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) options.report.push(argv[++i]!);
      if (options.report.length === 0) options.report.push(path.join(CONTENT_DIR, 'sources'));
    } else throw new Error(`Unknown argument "${arg}". Use --json FILE, --input FILE --out DIR, --report DIR or --check.`);
  }
  return options;
}

/** Source files of a folder (or the file itself): *.txt and *.md, sorted, sidecars and READMEs excluded. */
async function sourcesIn(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => null);
  if (info === null) return [target]; // convertFile reports the missing file
  if (!info.isDirectory()) return [target];
  const names = (await readdir(target)).filter((n) => /\.(txt|md)$/i.test(n) && !/^readme\.md$/i.test(n)).sort();
  return names.map((n) => path.join(target, n));
}

/** Converts many files; returns converted documents and all diagnostics. */
async function convertAll(
  files: string[],
): Promise<{ docs: { file: string; converted: ConvertedDocument; row: ReportRow }[]; diagnostics: Diagnostic[] }> {
  const docs: { file: string; converted: ConvertedDocument; row: ReportRow }[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    try {
      const result = await convertFile(file, CONTENT_DIR);
      if ('diagnostics' in result) {
        diagnostics.push(...result.diagnostics);
        continue;
      }
      diagnostics.push(...result.converted.diagnostics);
      docs.push({ file, converted: result.converted, row: reportRow(path.basename(file), result.converted, result.parsed) });
    } catch (error) {
      // A crash on one document is a converter bug: name the file and keep converting the others.
      diagnostics.push({
        code: 'CONVERTER_CRASH',
        severity: 'error',
        file,
        message: `The converter failed: ${(error as Error).stack ?? String(error)}`,
        hint: 'Report this file to the converter maintainers',
      });
    }
  }
  return { docs, diagnostics };
}

/** Generated documents whose source is gone: reported, never deleted silently. */
async function orphans(outDir: string, ids: Set<string>): Promise<Diagnostic[]> {
  const names = await readdir(path.join(outDir, 'documents')).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.mdx') && !ids.has(n.slice(0, -4)))
    .map((n) => ({
      code: 'SOURCE_MISSING',
      severity: 'warning' as const,
      file: path.join(outDir, 'documents', n),
      message: 'This document has no source in content/sources any more, so it is no longer converted',
      hint: 'Delete its files (documents, sections, commitments, targets, actuals and .generated copies) if the document was withdrawn',
    }));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.json) {
    const { docs, diagnostics } = await convertAll([options.json]);
    process.stderr.write(formatDiagnostics(diagnostics));
    if (docs[0] && !hasErrors(diagnostics)) process.stdout.write(`${JSON.stringify(toJson(docs[0].converted), null, 2)}\n`);
    if (!docs[0] || hasErrors(diagnostics)) process.exitCode = 1;
    return;
  }
  if (options.report) {
    const files = (await Promise.all(options.report.map(sourcesIn))).flat();
    const { docs, diagnostics } = await convertAll(files);
    process.stdout.write(formatReport(docs.map((d) => d.row)));
    process.stderr.write(formatDiagnostics(diagnostics.filter((d) => d.severity === 'error')));
    if (hasErrors(diagnostics)) process.exitCode = 1;
    return;
  }
  const files = options.input ? [options.input] : await sourcesIn(path.join(CONTENT_DIR, 'sources'));
  const outDir = options.out ?? CONTENT_DIR;
  const { docs, diagnostics } = await convertAll(files);
  // Nothing is written when any document failed: the content stays consistent.
  if (hasErrors(diagnostics) || docs.length !== files.length) {
    process.stderr.write(formatDiagnostics(diagnostics));
    process.stderr.write('Nothing was written because of the errors above.\n');
    process.exitCode = 1;
    return;
  }
  const ids = new Map<string, string>();
  for (const d of docs) {
    const other = ids.get(d.converted.id);
    if (other)
      diagnostics.push({
        code: 'DOCUMENT_ID_TAKEN',
        severity: 'error',
        file: d.file,
        message: `Its document id "${d.converted.id}" is already the id of ${other}`,
        hint: 'Rename one of the two source files',
      });
    ids.set(d.converted.id, d.file);
  }
  if (!options.input) diagnostics.push(...(await orphans(outDir, new Set(ids.keys()))));
  if (hasErrors(diagnostics)) {
    process.stderr.write(formatDiagnostics(diagnostics));
    process.exitCode = 1;
    return;
  }
  const plan = await planWrite(
    outDir,
    docs.map((d) => d.converted),
  );
  process.stderr.write(formatDiagnostics([...diagnostics, ...plan.diagnostics]));
  if (options.check) {
    const changed = await differingFiles(outDir, plan.files);
    if (changed.length > 0) {
      process.stderr.write(
        `${changed.length} file(s) differ from a fresh conversion:\n${changed.map((f) => `  ${path.join(outDir, f)}`).join('\n')}\nRun \`npm run ingest\` and commit the result.\n`,
      );
      process.exitCode = 1;
    } else process.stdout.write(`Content is up to date (${docs.length} documents).\n`);
    return;
  }
  await writeFiles(outDir, plan.files);
  process.stdout.write(
    `Converted ${docs.length} document(s) into ${outDir}: ${docs.reduce((n, d) => n + d.converted.commitments.length, 0)} commitments, ${docs.reduce((n, d) => n + d.converted.sections.length, 0)} sections.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
