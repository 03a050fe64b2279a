/**
 * All-or-nothing writes of a whole ingest run.
 *
 * Writing files one by one leaves a half-applied update when the run is killed. So a run
 * first stages every new file in `content/.ingest-journal/files/`, then writes the list of
 * changes (`manifest.json`, via a temporary name and a rename: the commit point), then moves
 * the staged files into place and removes the journal.
 * - Killed before the commit point: content/ is exactly as before; the next run throws the
 *   unfinished journal away.
 * - Killed after it: the next `npm run ingest` finishes the moves first (each move is a
 *   rename, so replaying is safe), and `npm run check` refuses the content until then.
 * The journal folder is ignored by git, so nothing half-written can be committed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Folder of the journal, relative to the content directory. */
export const JOURNAL_DIR = '.ingest-journal';
const MANIFEST = 'manifest.json';

/** A change to apply: write `text` to `path`, or delete `path` (text null). Paths are relative to the content dir. */
export interface FileChange {
  path: string;
  text: string | null;
}

interface Manifest {
  changes: { path: string; delete: boolean }[];
}

/**
 * Test hook: `KHM_INGEST_FAULT=<n>` kills the process (SIGKILL, like a power cut or an
 * impatient Ctrl-C) just before its n-th file-system step, so tests can interrupt a run
 * anywhere. Unset in normal use.
 */
function faultPoint(): () => void {
  const limit = Number(process.env.KHM_INGEST_FAULT ?? 0);
  let steps = 0;
  return () => {
    steps++;
    if (limit > 0 && steps >= limit) process.kill(process.pid, 'SIGKILL');
  };
}

function safeJoin(root: string, relative: string): string {
  const target = path.resolve(root, relative);
  if (!target.startsWith(path.resolve(root) + path.sep)) throw new Error(`Refusing to write outside the content folder: ${relative}`);
  return target;
}

/** Moves the staged files of a committed journal into place and removes the journal. */
function applyJournal(contentDir: string, step: () => void): void {
  const journal = path.join(contentDir, JOURNAL_DIR);
  const manifest = JSON.parse(readFileSync(path.join(journal, MANIFEST), 'utf8')) as Manifest;
  for (const change of manifest.changes) {
    const target = safeJoin(contentDir, change.path);
    step();
    if (change.delete) {
      if (existsSync(target)) unlinkSync(target);
      continue;
    }
    const staged = path.join(journal, 'files', change.path);
    if (!existsSync(staged)) continue; // moved by an earlier, interrupted replay
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(staged, target);
  }
  step();
  rmSync(journal, { recursive: true, force: true });
}

/** What an earlier run left behind: nothing, an unfinished journal (discarded) or a committed one (to finish). */
export function journalState(contentDir: string): 'none' | 'uncommitted' | 'committed' {
  const journal = path.join(contentDir, JOURNAL_DIR);
  if (!existsSync(journal)) return 'none';
  return existsSync(path.join(journal, MANIFEST)) ? 'committed' : 'uncommitted';
}

/** How many changes of a committed journal are still to apply. */
export function pendingChanges(contentDir: string): number {
  const journal = path.join(contentDir, JOURNAL_DIR);
  const manifest = JSON.parse(readFileSync(path.join(journal, MANIFEST), 'utf8')) as Manifest;
  return manifest.changes.filter((c) =>
    c.delete ? existsSync(safeJoin(contentDir, c.path)) : existsSync(path.join(journal, 'files', c.path)),
  ).length;
}

/**
 * Finishes or discards what an interrupted run left: returns 'finished' when a committed
 * journal was applied, 'discarded' when an uncommitted one was thrown away, else 'none'.
 */
export function recoverJournal(contentDir: string): 'none' | 'discarded' | 'finished' {
  const state = journalState(contentDir);
  if (state === 'none') return 'none';
  if (state === 'uncommitted') {
    rmSync(path.join(contentDir, JOURNAL_DIR), { recursive: true, force: true });
    return 'discarded';
  }
  applyJournal(contentDir, () => {});
  return 'finished';
}

/** Applies all changes at once: afterwards content/ holds all of them, or (if killed before the commit point) none. */
export function applyChanges(contentDir: string, changes: readonly FileChange[]): void {
  if (changes.length === 0) return;
  const step = faultPoint();
  const journal = path.join(contentDir, JOURNAL_DIR);
  rmSync(journal, { recursive: true, force: true });
  for (const change of changes) {
    if (change.text === null) continue;
    const staged = path.join(journal, 'files', change.path);
    step();
    mkdirSync(path.dirname(staged), { recursive: true });
    writeFileSync(staged, change.text, 'utf8');
  }
  const manifest: Manifest = { changes: changes.map((c) => ({ path: c.path, delete: c.text === null })) };
  mkdirSync(journal, { recursive: true });
  step();
  writeFileSync(path.join(journal, `${MANIFEST}.tmp`), JSON.stringify(manifest), 'utf8');
  step();
  renameSync(path.join(journal, `${MANIFEST}.tmp`), path.join(journal, MANIFEST)); // the commit point
  applyJournal(contentDir, step);
}
