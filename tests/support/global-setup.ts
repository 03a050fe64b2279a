/**
 * Vitest global setup of the dist and browser projects: builds the site once (`npm run build`)
 * before the test files that read dist/ or drive a browser. Skipped with KHM_SKIP_BUILD=1 when dist/ is
 * known to be fresh (e.g. right after `npm run build` in CI).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  // The dist and browser projects share one build per test run (their setups run in the same process).
  if (process.env.KHM_SKIP_BUILD === '1' || process.env.KHM_TEST_BUILD_DONE === '1') return;
  const root = path.resolve(import.meta.dirname, '../..');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`npm run build failed before the tests:\n${result.stdout}\n${result.stderr}`);
  }
  process.env.KHM_TEST_BUILD_DONE = '1';
}
