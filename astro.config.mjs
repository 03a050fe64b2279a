// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import path from 'node:path';
import { validateContent } from './scripts/validate/validate.ts';
import { keptOutputDir } from './src/lib/incremental/output-dir.ts';
import { catalogue, formatReport, hasErrors, report } from './src/diagnostics/index.ts';

/**
 * The build validates the whole content first, with the checks of `npm run check`: a bad
 * date, a broken relation or an unsafe URL stops it with the file, line and field, instead
 * of an Astro stack trace (or, for a dangling relation, a build that only logs and passes).
 */
function contentValidation() {
  return {
    name: 'khm-content-validation',
    hooks: {
      /** @param {{ command: string }} options */
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        const diagnostics = validateContent(path.resolve(process.env.KHM_CONTENT_DIR ?? 'content'), undefined, undefined, {
          errorsOnly: true,
        });
        if (!hasErrors(diagnostics)) return;
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const stop = report(catalogue.BUILD_CONTENT_INVALID, { file: process.env.KHM_CONTENT_DIR ?? 'content' }, { errors: errors.length });
        console.error(`${formatReport(errors, 'content')}\n${stop.message}. ${stop.hint}.`);
        process.exit(1);
      },
    },
  };
}

// SITE_URL is set by the deploy workflow (GitHub Pages); locally the site lives on localhost:4321.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // The benchmark builds scratch sites side by side; each keeps its own content-layer cache.
  cacheDir: process.env.KHM_CACHE_DIR ?? './node_modules/.astro',
  // 'jsx' (the Astro 7 default) glues inline elements written on separate lines
  // ("<strong>Sở</strong><em>…</em>"), which breaks words for readers and for Pagefind.
  compressHTML: true,
  markdown: {
    // The unified (remark) processor, because Astro 7's default Sätteri ignores remark plugins.
    processor: unified({
      // Document bodies are verbatim legal text: no smart quotes or dashes ("---" must stay "---").
      smartypants: false,
      // GFM through remark-gfm itself so its options can be set: staff-written MDX gets tables and
      // footnotes, while a single "~" (Vietnamese "khoảng", "~5%") is never read as strikethrough.
      gfm: false,
      remarkPlugins: [[remarkGfm, { singleTilde: false }]],
    }),
  },
  // The sitemap lists every page once: the other orders of /co-quan/theo-tien-do/ (and their pages) are the same table.
  // keptOutputDir last: it stamps dist/ after every other integration has written to it.
  integrations: [
    contentValidation(),
    mdx(),
    sitemap({ filter: (page) => !/\/co-quan\/theo-tien-do\/(?!trang-)[^/]+\/(trang-\d+\/)?$/.test(page) }),
    keptOutputDir(),
  ],
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
  // A rebuild renders only the pages whose cacheKey (src/lib/incremental/cache-key.ts) or code changed.
  experimental: { incrementalBuild: true },
});
