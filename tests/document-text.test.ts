/**
 * The verbatim text on a document page reads as the source does: footnote markers sit in the
 * sentence without stray spaces, and every heading keeps its section anchor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST } from './support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTENT = process.env.KHM_CONTENT_DIR ?? 'content';
const page = () => readFileSync(path.join(DIST, 'van-ban/ca-mau-2023-01-ctr-01-ubnd/index.html'), 'utf8');
const visible = (html: string) =>
  html
    .replace(/<\/?(?:a|sup|span)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe.skipIf(CONTENT !== 'content')('the text of the 2023 Cà Mau action programme', () => {
  it('shows a footnote marker inside its sentence, linked, without spaces around it', () => {
    expect(page()).toMatch(/của tỉnh <sup><a id="fnref-2" href="#fn-2" aria-label="[^"]+">\(2\)<\/a><\/sup>, chủ động/);
    expect(visible(page())).toContain('của tỉnh (2), chủ động tham gia');
  });

  it('gives every heading of the text its section anchor', () => {
    const text = parse(readFileSync(path.join(ROOT, CONTENT, 'texts/ca-mau-2023-01-ctr-01-ubnd.yaml'), 'utf8')) as {
      blocks: { kind: string; anchor?: string }[];
    };
    const anchors = text.blocks.filter((b) => b.kind === 'heading').map((b) => b.anchor!);
    expect(anchors.length).toBeGreaterThan(20);
    // A long text is cut into parts (`trang-<n>/`): each anchor is on exactly one of its pages.
    const parts = readdirSync(path.join(DIST, 'van-ban/ca-mau-2023-01-ctr-01-ubnd')).filter((name) => name.startsWith('trang-'));
    const pages = [
      page(),
      ...parts.map((part) => readFileSync(path.join(DIST, 'van-ban/ca-mau-2023-01-ctr-01-ubnd', part, 'index.html'), 'utf8')),
    ];
    for (const anchor of anchors)
      expect(
        pages.filter((html) => html.includes(`id="${anchor}"`)),
        anchor,
      ).toHaveLength(1);
  });
});
