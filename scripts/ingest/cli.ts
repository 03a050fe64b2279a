/**
 * `npm run ingest` — converts plan documents into the content collections.
 *
 *   npm run ingest                              all content/sources/* → content/
 *   npm run ingest -- --check                   exit 1 when content/ differs from a fresh conversion
 *   npm run --silent ingest -- --json FILE      one file → one JSON object on stdout, writes nothing
 *   npm run ingest -- --input FILE --out DIR    one file → its collections under DIR
 *   npm run ingest -- --report DIR|FILE…        per-document counts (corpus report), writes nothing
 *   --max-size MB                               accept sources larger than the default limit
 *   --threads N                                 convert in N threads, this one and N−1 workers (default:
 *                                               one per core when there are enough sources; 1: this one)
 *   --no-cache                                  convert every source again (a writing run otherwise reuses
 *                                               the outcome of a source whose inputs did not change, see
 *                                               conversion-cache.ts; --check, --json and --report never do)
 *
 * Diagnostics go to stderr as `<file>:<line> <field>: <what happened>. <what to do>.`; the
 * exit code is 1 when any error was found. A run writes all its files or none (journal.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalogue, DiagnosticError, formatReport, hasErrors, report, type Diagnostic } from '../../src/diagnostics/index.ts';
import { loadCollections } from '../../src/lib/content/load-collections.ts';
import { COLLECTIONS, schemas } from '../../src/schemas/index.ts';
import type { ConvertedDocument } from './assemble.ts';
import { cacheDirOf, convertManyCached } from './conversion-cache.ts';
import { convertMany } from './convert-many.ts';
import { DEFAULT_MAX_BYTES, formatOfName } from './read.ts';
import { formatReport as formatCountReport, toJson, type ReportRow } from './report.ts';
import { applyChanges, journalState, recoverJournal } from './write/journal.ts';
import { BASE_DIR, planWrite } from './write/plan.ts';

const CONTENT_DIR = process.env.KHM_CONTENT_DIR ?? 'content';

/** Source files the converter reads. */
const SOURCE = /\.(txt|md)$/i;
/** Files of content/sources/ that are not sources and are fine there. */
const NOT_A_SOURCE = /^\.|\.meta\.ya?ml$|^readme(\.md|\.txt)?$/i;

/** Source files of a folder (or the file itself), sorted, plus diagnostics for files the converter cannot read. */
function sourcesIn(target: string): { files: string[]; diagnostics: Diagnostic[] } {
  if (!existsSync(target) || !statSync(target).isDirectory()) return { files: [target], diagnostics: [] };
  const names = readdirSync(target).sort();
  const diagnostics = names
    .filter((n) => !SOURCE.test(n) && !NOT_A_SOURCE.test(n) && statSync(path.join(target, n)).isFile())
    .map((n) => {
      const format = formatOfName(n);
      return report(
        catalogue.SOURCE_UNSUPPORTED,
        { file: path.join(target, n), field: '(file)' },
        { format: format.name, howToConvert: format.howToConvert },
      );
    });
  return { files: names.filter((n) => SOURCE.test(n) && !NOT_A_SOURCE.test(n)).map((n) => path.join(target, n)), diagnostics };
}

/**
 * The content files the converter itself reads (the agency registry and the themes) must be
 * valid before any document is converted: one broken file is reported once, at its line,
 * instead of failing every document that would have used it.
 */
function checkConverterInputs(contentDir: string): Diagnostic[] {
  const inputs = { agencies: COLLECTIONS.agencies, themes: COLLECTIONS.themes };
  const loaded = loadCollections(contentDir, inputs);
  const problems = [...loaded.diagnostics];
  for (const entry of loaded.entries) {
    const result = schemas[entry.collection as keyof typeof inputs].safeParse(entry.data);
    if (result.success) continue;
    const issue = result.error.issues[0]!;
    problems.push(
      report(
        catalogue.SCHEMA_INVALID,
        { file: entry.source.file, field: issue.path.map(String).join('.') || '(file)' },
        { problem: issue.message, fix: 'Fix the field (`npm run check` explains it), then run `npm run ingest` again' },
      ),
    );
  }
  return problems;
}

interface Converted {
  file: string;
  converted: ConvertedDocument;
  row: ReportRow;
}

/**
 * Converts many files (in worker threads too when there are many, see convert-many.ts), reusing
 * the stored outcome of unchanged sources when `cacheDir` is given; returns converted documents,
 * all diagnostics and how many outcomes were reused.
 */
async function convertAll(
  files: string[],
  maxBytes: number,
  threads?: number,
  cacheDir?: string,
): Promise<{ docs: Converted[]; diagnostics: Diagnostic[]; reused: number }> {
  const docs: Converted[] = [];
  const diagnostics: Diagnostic[] = [];
  const { outcomes, reused } = cacheDir
    ? await convertManyCached(files, CONTENT_DIR, { maxBytes, threads, cacheDir })
    : { outcomes: await convertMany(files, CONTENT_DIR, { maxBytes, threads }), reused: 0 };
  for (const outcome of outcomes) {
    if ('diagnostics' in outcome) {
      diagnostics.push(...outcome.diagnostics);
      continue;
    }
    diagnostics.push(...outcome.converted.diagnostics);
    docs.push(outcome);
  }
  return { docs, diagnostics, reused };
}

/** Generated documents whose source is gone: reported, never deleted silently. */
function withoutSource(outDir: string, ids: Set<string>): Diagnostic[] {
  const dir = path.join(outDir, COLLECTIONS.documents.dir);
  const names = existsSync(dir) ? readdirSync(dir) : [];
  return names
    .filter((n) => n.endsWith('.yaml') && !ids.has(n.slice(0, -'.yaml'.length)))
    .map((n) => report(catalogue.SOURCE_MISSING, { file: path.join(dir, n), field: '(file)' }));
}

function print(diagnostics: readonly Diagnostic[], what: string): void {
  if (diagnostics.length > 0) process.stderr.write(`${formatReport(diagnostics, what)}\n`);
}

function fail(diagnostics: readonly Diagnostic[], what: string, note: string): void {
  print(diagnostics, what);
  process.stderr.write(`${note}\n`);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'string' },
      input: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
      'max-size': { type: 'string' },
      threads: { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const maxBytes = values['max-size'] ? Number(values['max-size']) * 1024 * 1024 : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0)
    throw new Error(`--max-size takes a number of megabytes, e.g. --max-size 20 (got "${values['max-size']}").`);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
    throw new Error(
      `--threads takes a whole number of threads, e.g. --threads 2, or 1 to convert in this one only (got "${values.threads}").`,
    );

  if (values.json) {
    const { docs, diagnostics } = await convertAll([values.json], maxBytes);
    print(diagnostics, values.json);
    if (docs[0] && !hasErrors(diagnostics)) process.stdout.write(`${JSON.stringify(toJson(docs[0].converted), null, 2)}\n`);
    else process.exitCode = 1;
    return;
  }
  if (values.report) {
    const targets = positionals.length > 0 ? positionals : [path.join(CONTENT_DIR, 'sources')];
    const found = targets.map(sourcesIn);
    const { docs, diagnostics } = await convertAll(
      found.flatMap((f) => f.files),
      maxBytes,
      threads,
    );
    process.stdout.write(formatCountReport(docs.map((d) => d.row)));
    print(
      [...found.flatMap((f) => f.diagnostics), ...diagnostics].filter((d) => d.severity === 'error'),
      'report',
    );
    if (hasErrors(diagnostics)) process.exitCode = 1;
    return;
  }

  const outDir = values.out ?? CONTENT_DIR;
  const what = path.relative(process.cwd(), outDir) || '.';
  // An interrupted earlier run is finished (or thrown away) before anything else.
  if (!values.check) {
    const recovered = recoverJournal(outDir);
    if (recovered === 'finished') process.stderr.write('Finished the file changes of an interrupted `npm run ingest` run.\n');
  } else if (journalState(outDir) === 'committed') {
    fail([], what, 'An interrupted `npm run ingest` run left its changes half-applied; run `npm run ingest` to finish it.');
    return;
  }
  const sources = values.input ? { files: [values.input], diagnostics: [] } : sourcesIn(path.join(CONTENT_DIR, 'sources'));
  const inputs = checkConverterInputs(CONTENT_DIR);
  if (hasErrors(inputs)) return fail(inputs, what, 'Nothing was converted: fix the files above first.');
  // A check compares content/ with a fresh conversion, so only a writing run reuses outcomes.
  const cacheDir = values.check || values['no-cache'] ? undefined : cacheDirOf();
  const { docs, diagnostics, reused } = await convertAll(sources.files, maxBytes, threads, cacheDir);
  diagnostics.unshift(...sources.diagnostics);
  const ids = new Map<string, string>();
  for (const d of docs) {
    const other = ids.get(d.converted.id);
    if (other) diagnostics.push(report(catalogue.DOCUMENT_ID_TAKEN, { file: d.file, field: '(file)' }, { id: d.converted.id, other }));
    ids.set(d.converted.id, d.file);
  }
  // Nothing is written when any document failed: the content stays consistent.
  if (hasErrors(diagnostics) || docs.length !== sources.files.length) {
    return fail(diagnostics, what, 'Nothing was written because of the errors above.');
  }
  if (!values.input) diagnostics.push(...withoutSource(outDir, new Set(ids.keys())));

  const plan = planWrite(
    outDir,
    docs.map((d) => d.converted),
    // A run over every source may remove registry entries nothing produces or uses any more.
    { today: new Date().toISOString().slice(0, 10), complete: !values.input },
  );
  const open = plan.conflicts.length;
  if (values.check) {
    const changed = plan.changes.filter((c) => !c.path.startsWith(`${BASE_DIR}/`) && c.path !== 'conflicts.yaml');
    print([...diagnostics, ...plan.diagnostics], what);
    if (changed.length > 0) {
      process.stderr.write(
        `${changed.length} file(s) differ from a fresh conversion:\n${changed.map((f) => `  ${path.join(outDir, f.path)}`).join('\n')}\nRun \`npm run ingest\` and commit the result.\n`,
      );
    }
    if (changed.length > 0 || open > 0) process.exitCode = 1;
    else process.stdout.write(`Content is up to date (${docs.length} documents).\n`);
    return;
  }
  applyChanges(outDir, plan.changes);
  print([...diagnostics, ...plan.diagnostics], what);
  const commitments = docs.reduce((n, d) => n + d.converted.commitments.length, 0);
  process.stdout.write(
    `Converted ${docs.length} document(s) into ${outDir}: ${commitments} commitments, ${docs.reduce((n, d) => n + d.converted.sections.length, 0)} sections; ${plan.changes.length} file(s) changed${cacheDir ? `; ${docs.length - reused} converted, ${reused} reused (unchanged since the last run)` : ''}.\n`,
  );
  if (open > 0) {
    process.stderr.write(`${open} edit(s) need a decision: they are listed above and in ${path.join(outDir, 'conflicts.yaml')}.\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  if (error instanceof DiagnosticError) {
    fail(error.diagnostics, 'content', 'Nothing was written because of the errors above.');
    return;
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
