/**
 * `npm start`: the main job in one command.
 *   1. convert the embedded sources when the generated content is missing or older than them;
 *   2. build the site and its search index into dist/;
 *   3. serve dist/ on http://localhost:4321.
 * Runs under the project's Node 24 (npm scripts put node_modules/.bin first on PATH).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function run(args: string[]): void {
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Newest modification time of the files directly inside `dir` (0 when empty or missing). */
function newestMtime(dir: string): number {
  const full = path.join(root, dir);
  if (!existsSync(full)) return 0;
  return Math.max(0, ...readdirSync(full).map((name) => statSync(path.join(full, name)).mtimeMs));
}

const needsIngest = newestMtime('content/documents') === 0 || newestMtime('content/sources') > newestMtime('content/documents');
if (needsIngest) {
  console.log('Chuyển đổi văn bản nguồn (npm run ingest)…');
  run(['ingest']);
}
run(['build']);
console.log('Trang web: http://localhost:4321/');
run(['preview']);
