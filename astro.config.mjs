// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// SITE_URL is set by the deploy workflow (GitHub Pages); locally the site lives on localhost:4321.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
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
  integrations: [mdx()],
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
});
