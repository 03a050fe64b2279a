import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Vitest config lives in scripts/ because the top level of the repository is fixed.
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser and build tests share one dist/ build; running files in one worker at a time keeps them from racing.
    fileParallelism: false,
  },
});
