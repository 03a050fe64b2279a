import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Vitest config lives in scripts/ because the top level of the repository is fixed.
const root = path.resolve(import.meta.dirname, '..');

/**
 * Three test projects (`npm test` runs all of them; `npm test -- --project unit` one):
 * - unit: pure modules and the converter end to end, no site build (`npm test -- scripts/ingest/parse` takes seconds);
 * - dist: checks over the built dist/ (one build, made by the global setup);
 * - browser: Chromium against dist/ (the same build), one file at a time.
 */
export default defineConfig({
  test: {
    root,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'dist',
          root,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          root,
          include: ['tests/**/*.browser.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Pages share one static server and one Chromium per file; one file at a time keeps them from racing.
          fileParallelism: false,
        },
      },
    ],
  },
});
