/**
 * The register of unresolved merge outcomes: `content/conflicts.yaml`.
 *
 * A conflict is found once, on the run where a person's edit and the converter's change
 * collide; on the next run the base already holds the converter's value, so nothing would
 * show it again and source and site would drift apart unnoticed. So every conflict and every
 * unplaced edit is recorded here and listed — as an error — by `npm run ingest`, `npm run
 * ingest -- --check` and `npm run check` until a person deals with it and deletes the entry
 * (or makes the field equal to the converter's value, which resolves it by itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { catalogue, report, type Diagnostic } from '../../../src/diagnostics/index.ts';
import { lineOf, readContentFile, type ContentFile } from '../../../src/lib/content/content-file.ts';
import { ConflictListSchema, type Conflict } from '../../../src/schemas/index.ts';
import { sameValue, type MergeConflict } from './merge.ts';

/** File of the register, relative to the content directory. */
export const CONFLICTS_FILE = 'conflicts.yaml';

const HEADER = `# Edits that \`npm run ingest\` could not reconcile with the source (see README, "Your edits survive").
# Each entry is listed as an error by \`npm run check\` until you deal with it: compare the kept
# value with the converter's proposal, fix the content file, then delete the entry here.
`;

/** Reads the register; a broken register is itself a diagnostic. */
export function readConflicts(contentDir: string, display: string): { conflicts: Conflict[]; diagnostics: Diagnostic[] } {
  const file = path.join(contentDir, CONFLICTS_FILE);
  if (!existsSync(file)) return { conflicts: [], diagnostics: [] };
  const parsed = readContentFile(readFileSync(file, 'utf8'), display);
  if ('code' in parsed) return { conflicts: [], diagnostics: [parsed] };
  const result = ConflictListSchema.safeParse(parsed.data ?? []);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const line = lineOf(
      parsed,
      issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    );
    return { conflicts: [], diagnostics: [report(catalogue.CONFLICTS_FILE_INVALID, { file: display, line }, { problem: issue.message })] };
  }
  return { conflicts: result.data, diagnostics: [] };
}

/** The register's text for a list of conflicts (an empty list is written as no file). */
export function conflictsText(conflicts: readonly Conflict[]): string {
  return HEADER + stringify(conflicts, { lineWidth: 0, aliasDuplicateObjects: false });
}

const sameConflict = (a: Conflict, b: Pick<Conflict, 'kind' | 'file' | 'id' | 'field'>) =>
  a.kind === b.kind && a.file === b.file && a.id === b.id && a.field === b.field;

/** Value of a field path (`a.b`) in an entry. */
function fieldValue(entry: Record<string, unknown> | undefined, field: string): unknown {
  let value: unknown = entry;
  for (const key of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * The register after a run: what was open stays open unless it is resolved now (the entry is
 * gone, or the kept field now equals the converter's value), and this run's new conflicts
 * are added. `current(file, id)` gives an entry as it will be written.
 */
export function updateConflicts(
  open: readonly Conflict[],
  found: readonly (MergeConflict & { file: string })[],
  current: (file: string, id: string) => Record<string, unknown> | undefined,
  today: string,
): Conflict[] {
  const next: Conflict[] = [];
  for (const conflict of open) {
    const entry = current(conflict.file, conflict.id);
    if (entry === undefined) continue; // the person deleted the entry: resolved
    if (conflict.kind === 'merge-conflict' && sameValue(fieldValue(entry, conflict.field), conflict.proposed)) continue;
    const again = found.find((f) => sameConflict(conflict, f));
    next.push(again ? { ...conflict, kept: again.ours, proposed: again.theirs } : conflict);
  }
  for (const f of found) {
    if (next.some((c) => sameConflict(c, f))) continue;
    next.push({ kind: f.kind, file: f.file, id: f.id, field: f.field, kept: f.ours, proposed: f.theirs ?? null, since: today });
  }
  return next;
}

/** Shortens a value for a one-line message. */
function preview(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The differing middle of two long texts with a little context, so that a one-word edit in
 * a 300-character commitment is visible in the message: "…bảo đảm an toàn, an ninh mạng.".
 */
export function differingParts(a: string, b: string, context = 20): [string, string] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const from = start <= context ? 0 : a.lastIndexOf(' ', start - context) + 1;
  const cut = (text: string) => {
    const to = Math.min(text.length, text.length - end + context);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}

/**
 * One error per open conflict, at the file line of the entry's field in the content file
 * (`files` maps a content path to the file as it is now, to find that line).
 */
export function conflictDiagnostics(conflicts: readonly Conflict[], fileAt: (file: string) => ContentFile | undefined): Diagnostic[] {
  return conflicts.map((c) => {
    const content = fileAt(c.file);
    const list = Array.isArray(content?.data) ? (content.data as { id?: unknown }[]) : null;
    const index = list ? list.findIndex((e) => e.id === c.id) : -1;
    const at: (string | number)[] = [...(index >= 0 ? [index] : []), ...(c.field === '*' ? [] : c.field.split('.'))];
    const line = content ? lineOf(content, at) : undefined;
    const field = c.id ? `${c.id}${c.field === '*' ? '' : `.${c.field}`}` : c.field;
    const where = { file: c.file, ...(line !== undefined ? { line } : {}), field };
    if (c.kind === 'unplaced-edit') {
      const text = (c.kept as { text?: unknown } | null)?.text;
      return report(catalogue.EDIT_UNPLACED, where, { text: preview(typeof text === 'string' ? text : c.kept) });
    }
    const [kept, proposed] =
      typeof c.kept === 'string' && typeof c.proposed === 'string'
        ? differingParts(c.kept, c.proposed)
        : [preview(c.kept), preview(c.proposed)];
    return report(catalogue.MERGE_CONFLICT, where, { kept, proposed });
  });
}
