/**
 * The content's git history, read at build time with two git calls: `git log` for the
 * commits that touched documents and commitments (oldest first, following the main line),
 * and one `git cat-file --batch` for every file version those commits wrote. CI clones
 * with full history (`fetch-depth: 0`); a shallow clone or a tarball has none, and the
 * page then says that the history is not available instead of showing a wrong one.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { COLLECTIONS } from '../../schemas/collections.ts';

/** One file a commit changed: git's status letter (A, M, D) and the repository path. */
export interface ChangedFile {
  status: string;
  path: string;
}

/** One commit that touched the content. */
export interface ContentCommit {
  hash: string;
  /** Committer date, ISO. */
  date: string;
  files: ChangedFile[];
}

/** The history, or why there is none. */
export type ContentHistory =
  | { available: true; commits: ContentCommit[]; read: (hash: string, file: string) => string | null }
  | { available: false; reason: 'no-git' | 'shallow' };

/** Parses `git log --format=%x00%H %cs --name-status` output (newest first) into commits, oldest first. */
export function parseLog(output: string): ContentCommit[] {
  const commits: ContentCommit[] = [];
  for (const chunk of output.split('\0').slice(1)) {
    const [head = '', ...lines] = chunk.split('\n');
    const [hash = '', date = ''] = head.trim().split(' ');
    const files = lines
      .map((line) => line.split('\t'))
      .filter((parts) => parts.length >= 2 && /^[AMD]$/.test(parts[0]!))
      .map(([status, file]) => ({ status: status!, path: file! }));
    if (hash && files.length > 0) commits.push({ hash, date, files });
  }
  return commits.reverse();
}

/** Reads many `<commit>:<path>` blobs with one `git cat-file --batch`. */
function readBlobs(root: string, specs: readonly string[]): Map<string, string> {
  const blobs = new Map<string, string>();
  if (specs.length === 0) return blobs;
  const output = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: `${specs.join('\n')}\n`, maxBuffer: 1024 * 1024 * 1024 });
  let offset = 0;
  for (const spec of specs) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    offset = headerEnd + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    blobs.set(spec, output.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return blobs;
}

/** The history of the documents and commitments folders under `contentDir` in the repository at `root`. */
export function readContentHistory(root: string, contentDir: string): ContentHistory {
  const git = (args: string[]) =>
    execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  let log: string;
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return { available: false, reason: 'shallow' };
    const dirs = [COLLECTIONS.documents.dir, COLLECTIONS.commitments.dir].map((d) =>
      path.posix.join(contentDir.split(path.sep).join('/'), d),
    );
    log = git(['log', '--first-parent', '--no-renames', '--format=%x00%H %cs', '--name-status', '--', ...dirs]);
  } catch {
    return { available: false, reason: 'no-git' };
  }
  const commits = parseLog(log);
  const specs = commits.flatMap((c) =>
    c.files.filter((f) => f.status !== 'D' && f.path.endsWith('.yaml')).map((f) => `${c.hash}:${f.path}`),
  );
  const blobs = readBlobs(root, specs);
  return { available: true, commits, read: (hash, file) => blobs.get(`${hash}:${file}`) ?? null };
}
