/**
 * Diagnostics: making them from the catalogue, failing with them, and printing them.
 * One formatter serves the converter, the validator and the build, so a problem reads the
 * same wherever it is found:
 *
 *   content/agencies/x.yaml:3 (file): The YAML cannot be read: Tabs are not allowed as indentation. Fix the syntax at that line …
 */
import type { Diagnostic, DiagnosticSpec, Location } from './types.ts';

export type { Diagnostic, DiagnosticSpec, Location, Severity } from './types.ts';
export * as catalogue from './catalogue.ts';

/** Makes the diagnostic of a catalogue entry at a location. */
export function report<P>(spec: DiagnosticSpec<P>, where: Location, ...params: P extends void ? [] : [P]): Diagnostic {
  const p = params[0] as P;
  return {
    code: spec.code,
    severity: spec.severity,
    file: where.file,
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.field !== undefined ? { field: where.field } : {}),
    message: spec.message(p),
    hint: spec.hint(p),
  };
}

/**
 * A fatal content problem: thrown where work cannot go on (a registry file that is not
 * YAML, an interrupted run), caught by the command, which prints its diagnostics with the
 * others and exits 1. Programmer errors stay plain `Error`s.
 */
export class DiagnosticError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'DiagnosticError';
    this.diagnostics = diagnostics;
  }
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

const sentence = (text: string) => (/[.!?…]$/u.test(text) ? text : `${text}.`);

/** One diagnostic as one line: `<file>:<line> <field>: <what happened>. <what to do>.` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  return `${where} ${d.field ?? '(file)'}: ${sentence(d.message)}${d.hint ? ` ${sentence(d.hint)}` : ''}`;
}

/** Orders diagnostics by file, then line, keeping the order of discovery within a line. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.file < b.d.file ? -1 : a.d.file > b.d.file ? 1 : (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i))
    .map(({ d }) => d);
}

/** How many diagnostics of one code are printed per file before the rest are folded. */
export const SHOWN_PER_CODE = 5;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * A full report: a heading per file with its problems (one cause repeated in a file is
 * folded after {@link SHOWN_PER_CODE} lines: "… and 312 more like this in this file"), then
 * the totals per code. Nothing to report gives a one-line all-clear.
 */
export function formatReport(diagnostics: readonly Diagnostic[], checkedWhat = 'content'): string {
  if (diagnostics.length === 0) return `✔ ${checkedWhat}: no problems found.`;
  const sorted = sortDiagnostics(diagnostics);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sorted) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const errors = list.filter((d) => d.severity === 'error').length;
    const counts = [errors ? plural(errors, 'error') : '', list.length - errors ? plural(list.length - errors, 'warning') : ''];
    lines.push(`${file} (${counts.filter(Boolean).join(', ')})`);
    const shown = new Map<string, number>();
    for (const d of list) {
      const n = (shown.get(d.code) ?? 0) + 1;
      shown.set(d.code, n);
      if (n <= SHOWN_PER_CODE) lines.push(`  ${d.severity === 'error' ? 'error  ' : 'warning'} ${formatDiagnostic(d)}`);
    }
    for (const [code, n] of shown) {
      if (n > SHOWN_PER_CODE) lines.push(`  … and ${n - SHOWN_PER_CODE} more ${code} like this in this file`);
    }
    lines.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const kinds = new Map<string, number>();
  for (const d of diagnostics) kinds.set(d.code, (kinds.get(d.code) ?? 0) + 1);
  const perKind = [...kinds]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  lines.push(
    `${errors ? '✖' : '⚠'} ${checkedWhat}: ${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')} in ${plural(byFile.size, 'file')} (${perKind}).`,
  );
  return lines.join('\n');
}
