/**
 * A throw-away content folder for end-to-end converter tests: a source, the repository's
 * themes, and the real CLI (`npm run ingest`, `npm run check`) run against it, as a staff
 * member would run them. The repository's own content/ is only read.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** A commitment as staff see it in content/commitments/<doc>.yaml. */
export interface StaffCommitment {
  id: string;
  text: string;
  section: string | null;
  lead: string[];
  partners: string[];
  themes: string[];
  status: string;
  status_history: { date: string; status: string; note: string }[];
  [key: string]: unknown;
}

export class Workspace {
  readonly dir: string;
  readonly content: string;
  readonly source: string;
  readonly documentId: string;
  /** The converter's cache of this workspace (KHM_CACHE_DIR), so no run reuses another test's outcomes. */
  readonly cacheDir: string;

  constructor(sourceText: string, documentId = 'ke-hoach-12') {
    this.dir = mkdtempSync(path.join(tmpdir(), 'khm-e2e-'));
    this.content = path.join(this.dir, 'content');
    this.documentId = documentId;
    this.cacheDir = path.join(this.dir, 'cache');
    this.source = path.join(this.content, 'sources', `${documentId}.txt`);
    mkdirSync(path.dirname(this.source), { recursive: true });
    cpSync(path.join(ROOT, 'content/themes'), path.join(this.content, 'themes'), { recursive: true });
    writeFileSync(this.source, sourceText);
  }

  /**
   * `npm run ingest [args]` with this folder as the content folder: the same CLI, run from
   * the workspace (Node 24, like the tests) so that messages say "content/…" as they do in
   * the repository.
   */
  ingest(...args: string[]): SpawnSyncReturns<string> {
    return this.run('scripts/ingest/cli.ts', args);
  }

  /** The content validator (first step of `npm run check`) on this folder. */
  check(): SpawnSyncReturns<string> {
    return this.run('scripts/validate/cli.ts', []);
  }

  private run(script: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
    return spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, KHM_CONTENT_DIR: 'content', KHM_CACHE_DIR: this.cacheDir, ...env },
    });
  }

  /** `npm run ingest` killed (SIGKILL) just before its n-th file-system step. */
  ingestKilledAt(step: number): SpawnSyncReturns<string> {
    return this.run('scripts/ingest/cli.ts', [], { KHM_INGEST_FAULT: String(step) });
  }

  path(relative: string): string {
    return path.join(this.content, relative);
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  write(relative: string, text: string): void {
    writeFileSync(this.path(relative), text);
  }

  /** Edits the source text. */
  editSource(edit: (text: string) => string): void {
    writeFileSync(this.source, edit(readFileSync(this.source, 'utf8')));
  }

  commitments(): StaffCommitment[] {
    return parse(this.read(`commitments/${this.documentId}.yaml`)) as StaffCommitment[];
  }

  /** Rewrites the commitments file after `edit` changed the list, keeping the generated header. */
  editCommitments(edit: (list: StaffCommitment[]) => void): void {
    const file = `commitments/${this.documentId}.yaml`;
    const text = this.read(file);
    const list = parse(text) as StaffCommitment[];
    edit(list);
    this.write(file, text.slice(0, text.indexOf('\n') + 1) + stringify(list, { lineWidth: 0 }));
  }

  byText(words: string, list = this.commitments()): StaffCommitment {
    const found = list.find((c) => c.text.includes(words));
    if (!found) throw new Error(`no commitment with "${words}" in:\n${list.map((c) => `  ${c.text}`).join('\n')}`);
    return found;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
