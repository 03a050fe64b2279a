// The benchmark's minimal reference site: one page per commitment, agency, theme and document
// of the same content, nothing else (no validation, no cross-links, no search UI). It is what
// any Astro site of this size costs, so the project's times are measured against it side by side.
import { defineConfig } from 'astro/config';

export default defineConfig({ outDir: process.env.REFERENCE_DIST, build: { format: 'directory' }, devToolbar: { enabled: false } });
