/**
 * Runs every content check over a content tree and returns the diagnostics in file and line
 * order. Pure apart from reading files; the CLI prints them and sets the exit code, and the
 * build runs the same checks first (astro.config.mjs), so a problem reads the same in both.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogue, report, sortDiagnostics, type Diagnostic } from '../../src/diagnostics/index.ts';
import { readContentFile } from '../../src/lib/content/content-file.ts';
import { loadCollections } from '../../src/lib/content/load-collections.ts';
import { COLLECTIONS, type Registry } from '../../src/schemas/index.ts';
import { formatOfName, parseSidecar } from '../ingest/read.ts';
import { conflictDiagnostics, readConflicts } from '../ingest/write/conflicts.ts';
import { journalState, pendingChanges } from '../ingest/write/journal.ts';
import { checkCommitmentTexts, checkDocumentNumbers, checkIds, checkNfc, checkOrphans, checkReferences } from './check-integrity.ts';
import { checkIndicators } from './check-indicators.ts';
import { checkProgress } from './check-progress.ts';
import { checkSchemas } from './check-schema.ts';
import { loadSyllables, suspectWords } from './check-spelling.ts';

/**
 * The sources folder: sidecars (`*.meta.yaml`) are checked with the converter's own reader
 * and must sit next to a source; a file the converter cannot read (a PDF or Word file
 * dropped there) is an error that says how to convert it.
 */
function checkSources(root: string, display: (absolute: string) => string): Diagnostic[] {
  const dir = path.join(root, 'sources');
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  const sources = new Set(names.filter((n) => /\.(txt|md)$/i.test(n)).map((n) => n.replace(/\.(txt|md)$/i, '')));
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    const absolute = path.join(dir, name);
    if (name.startsWith('.') || /^readme(\.md|\.txt)?$/i.test(name) || !statSync(absolute).isFile()) continue;
    if (name.endsWith('.meta.yaml')) {
      const result = parseSidecar(readFileSync(absolute, 'utf8'), display(absolute));
      if ('diagnostics' in result) diagnostics.push(...result.diagnostics);
      const base = name.slice(0, -'.meta.yaml'.length);
      if (!sources.has(base))
        diagnostics.push(report(catalogue.SIDECAR_ORPHAN, { file: display(absolute), line: 1, field: '(file)' }, { name: base }));
    } else if (/\.(txt|md)$/i.test(name)) {
      diagnostics.push(...checkSpelling(absolute, display(absolute)));
    } else {
      const format = formatOfName(name);
      diagnostics.push(
        report(
          catalogue.SOURCE_UNSUPPORTED,
          { file: display(absolute), field: '(file)' },
          { format: format.name, howToConvert: format.howToConvert },
        ),
      );
    }
  }
  return diagnostics;
}

let syllables: Set<string> | undefined;

/** Words of a source that lost an accented letter (see check-spelling.ts); unreadable sources are ingest's to report. */
function checkSpelling(absolute: string, shown: string): Diagnostic[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolute));
  } catch {
    return [];
  }
  syllables ??= loadSyllables();
  return suspectWords(text, syllables).map((s) =>
    report(
      catalogue.SPELLING_SUSPECT,
      { file: shown, line: s.line, field: '(text)' },
      { word: s.word, count: s.count, suggestion: `Did you mean ${s.suggestions.map((w) => `"${w}"`).join(' or ')}? ` },
    ),
  );
}

/** An interrupted ingest run, and the register of edits waiting for a decision. */
function checkIngestState(root: string, display: (absolute: string) => string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (journalState(root) === 'committed') {
    diagnostics.push(
      report(
        catalogue.INGEST_INTERRUPTED,
        { file: display(path.join(root, '.ingest-journal')), field: '(file)' },
        { pending: pendingChanges(root) },
      ),
    );
  }
  const open = readConflicts(root, display(path.join(root, 'conflicts.yaml')));
  diagnostics.push(...open.diagnostics);
  diagnostics.push(
    ...conflictDiagnostics(open.conflicts, (shown) => {
      const absolute = path.resolve(root, path.relative(display(root), shown));
      if (!existsSync(absolute)) return undefined;
      const parsed = readContentFile(readFileSync(absolute, 'utf8'), shown);
      return 'code' in parsed ? undefined : parsed;
    }),
  );
  return diagnostics;
}

/**
 * Validates the content tree at `root` (the folder holding documents/, agencies/, …).
 * `display` turns an absolute path into the path shown in messages.
 */
export function validateContent(
  root: string,
  display: (absolute: string) => string = (absolute) => path.relative(process.cwd(), absolute),
  registry: Registry = COLLECTIONS,
  options: { errorsOnly?: boolean } = {},
): Diagnostic[] {
  const loaded = loadCollections(root, registry, display);
  const { diagnostics: schemaProblems, refs } = checkSchemas(loaded.entries, registry);
  // The build asks for errors only: the checks that can only warn (unused agencies, texts a page
  // cannot highlight, damaged words) are `npm run check`'s, and would slow every build.
  const advice = options.errorsOnly
    ? []
    : [...checkOrphans(loaded.entries, refs), ...checkCommitmentTexts(loaded.entries), ...checkSources(root, display)];
  return sortDiagnostics([
    ...checkIngestState(root, display),
    ...loaded.diagnostics,
    ...schemaProblems,
    ...checkIds(loaded.entries),
    ...checkReferences(loaded.entries, refs, loaded.unreadable),
    ...checkDocumentNumbers(loaded.entries),
    ...checkProgress(loaded.entries),
    ...checkIndicators(loaded.entries),
    ...checkNfc(loaded.files),
    ...advice,
  ]);
}
