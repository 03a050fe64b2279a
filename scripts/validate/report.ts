/**
 * Prints diagnostics for people: one line per problem in the shape
 * `<file>:<line> <field>: <what happened>. <what to do>.`, grouped per file, then a
 * summary with counts per kind.
 */
import type { Diagnostic } from '../ingest/types.ts';

/** One diagnostic as a single line, without severity. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  const field = d.field ? ` ${d.field}` : '';
  const hint = d.hint ? ` ${d.hint}.` : '';
  return `${where}${field}: ${d.message}.${hint}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Full report: a heading per file with its problems, then totals. Empty input → a one-line all-clear. */
export function formatReport(diagnostics: readonly Diagnostic[], checkedWhat = 'content'): string {
  if (diagnostics.length === 0) return `✔ ${checkedWhat}: no problems found.`;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    const errors = list.filter((d) => d.severity === 'error').length;
    const warnings = list.length - errors;
    lines.push(
      `${file} (${[errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')})`,
    );
    for (const d of list) lines.push(`  ${d.severity === 'error' ? 'error  ' : 'warning'} ${formatDiagnostic(d)}`);
    lines.push('');
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const kinds = new Map<string, number>();
  for (const d of diagnostics) kinds.set(d.code, (kinds.get(d.code) ?? 0) + 1);
  const perKind = [...kinds]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  lines.push(
    `${errors ? '✖' : '⚠'} ${checkedWhat}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(byFile.size, 'file')} (${perKind}).`,
  );
  if (errors) lines.push('Fix the errors above and run `npm run check` again; nothing is published while errors remain.');
  return lines.join('\n');
}
