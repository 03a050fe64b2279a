/**
 * An ingest run is all or nothing: killed (SIGKILL, as by a power cut) at any point, it
 * leaves content/ exactly as before, or with a committed journal that `npm run check`
 * refuses and the next `npm run ingest` finishes — never a half-applied update that
 * validates, and never a temporary file that `git add content/` would pick up.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from './workspace.ts';

const SOURCE = readFileSync(path.join(import.meta.dirname, '../__fixtures__/input/clean.fixture.txt'), 'utf8');

/** Every file under `dir` (relative path → text), the journal left out. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (!file.startsWith('.ingest-journal')) out[file] = readFileSync(path.join(dir, file), 'utf8');
  }
  return out;
}

/** The fault points to try: the first steps, the last ones, and a seeded sample in between. */
function faultPoints(total: number, sample: number, seed: number): number[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const points = new Set([1, 2, 3, total - 2, total - 1, total]);
  while (points.size < sample) points.add(1 + Math.floor(random() * total));
  return [...points].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
}

describe('an ingest run killed at a random point', () => {
  let base: Workspace;
  let before: Record<string, string>;
  let after: Record<string, string>;
  beforeAll(() => {
    base = new Workspace(SOURCE);
    expect(base.ingest().status).toBe(0);
    // The next run changes many files at once: new wording, a new task, a new agency.
    base.editSource((text) =>
      text
        .replace('Tổ chức đào tạo kỹ năng số', 'Tổ chức bồi dưỡng kỹ năng số')
        .concat('3. Sở Tài chính bố trí kinh phí thực hiện kế hoạch trước ngày 31/12/2024.\n'),
    );
    before = snapshot(base.content);
    const reference = new Workspace(SOURCE);
    rmSync(reference.content, { recursive: true });
    cpSync(base.content, reference.content, { recursive: true });
    expect(reference.ingest().status).toBe(0);
    after = snapshot(reference.content);
    reference.remove();
    expect(after).not.toEqual(before);
  });
  afterAll(() => base.remove());

  // About one step per file of a run: staged files, the commit point, the moves, the clean-up.
  const steps = 2 * 30 + 4;
  const outcomes = new Set<string>();
  it.each(faultPoints(steps, 14, 20261201))(
    'leaves the old content, or a journal that check refuses and ingest finishes (killed at step %i)',
    (step) => {
      const ws = new Workspace(SOURCE);
      try {
        rmSync(ws.content, { recursive: true });
        cpSync(base.content, ws.content, { recursive: true });
        const killed = ws.ingestKilledAt(step);
        const now = snapshot(ws.content);
        expect(Object.keys(now).filter((f) => f.endsWith('.tmp'))).toEqual([]);
        if (killed.signal === null) {
          // The run finished before that step: all of it is there.
          expect(now).toEqual(after);
          outcomes.add('finished');
          return;
        }
        expect(killed.signal).toBe('SIGKILL');
        const check = ws.check();
        if (JSON.stringify(now) === JSON.stringify(before)) {
          expect(check.status, check.stderr).toBe(0);
          outcomes.add('before the commit point');
        } else {
          outcomes.add('after the commit point');
          // Past the commit point: refused until finished, never accepted half-applied.
          expect(check.status).toBe(1);
          expect(check.stderr).toContain('was interrupted while it replaced files');
        }
        const next = ws.ingest();
        expect(next.status, next.stderr).toBe(0);
        expect(snapshot(ws.content)).toEqual(after);
        expect(ws.check().status).toBe(0);
      } finally {
        ws.remove();
      }
    },
  );

  it('was killed both before and after the commit point by the sample above', () => {
    expect([...outcomes].sort()).toEqual(expect.arrayContaining(['after the commit point', 'before the commit point']));
  });

  it('keeps its journal out of git', () => {
    expect(readFileSync(path.join(import.meta.dirname, '../../../.gitignore'), 'utf8')).toMatch(/^content\/\.ingest-journal\/$/m);
  });
});
