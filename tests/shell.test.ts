import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from './support/static-server.ts';

it('builds a Vietnamese page shell with landmarks and a search form', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  expect(html).toContain('<html lang="vi"');
  expect(html).toMatch(/<header[^>]*class="site-header/);
  expect(html).toMatch(/<main id="main"/);
  expect(html).toMatch(/<footer[^>]*class="site-footer/);
  expect(html).toMatch(/<form[^>]*role="search"[^>]*method="get"[^>]*action="\/tim-kiem\/"/);
});
