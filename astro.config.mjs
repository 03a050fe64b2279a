// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// SITE_URL is set by the deploy workflow (GitHub Pages); locally the site lives on localhost:4321.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) glues inline elements written on separate lines
  // ("<strong>Sở</strong><em>…</em>"), which breaks words for readers and for Pagefind.
  compressHTML: true,
  // Document bodies are verbatim legal text: no smart quotes or dashes ("---" must stay "---"), no autolinks.
  markdown: { smartypants: false, gfm: false },
  integrations: [mdx()],
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
});
