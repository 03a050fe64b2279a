/**
 * Printing diagnostics: `<file>:<line> <field>: <message>. <hint>.`, grouped per file,
 * with a summary count per code. No logic in the message builders themselves.
 */
import type { Diagnostic } from './types.ts';

/** One diagnostic as one line. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  const field = d.field ? ` ${d.field}:` : '';
  const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  return `${d.severity === 'error' ? 'error' : 'warning'} ${where}${field} ${sentence(d.message)}${d.hint ? ` ${sentence(d.hint)}` : ''}`;
}

/** All diagnostics grouped by file, then a summary line per code. */
export function formatDiagnostics(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const lines = [...diagnostics]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)))
    .map(formatDiagnostic);
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  const summary = [...counts.entries()]
    .sort()
    .map(([code, n]) => `${code} ×${n}`)
    .join(', ');
  return `${lines.join('\n')}\n${diagnostics.length} problem(s): ${summary}\n`;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
