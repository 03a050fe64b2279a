/**
 * The MDX body renders the source verbatim through a real `astro build`: characters that
 * MDX, markdown, GFM or smart punctuation would interpret come out unchanged.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from './pipeline.ts';
import { planWrite, writeFiles } from './write.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'node_modules/.cache/khm-render-test');
const FIXTURE = path.join(import.meta.dirname, '__fixtures__/documents/nasty-escaping.fixture.txt');

/** Visible text of an HTML fragment (inline tags such as a GFM autolink's <a> add no space). */
function visibleText(html: string): string {
  return html
    .replace(/<\/?(?:a|span|strong|em|mark|time|code)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('MDX rendering', () => {
  it('renders a fixture full of MDX and markdown syntax verbatim after astro build', async () => {
    await rm(WORK, { recursive: true, force: true });
    await mkdir(WORK, { recursive: true });
    const result = await convertFile(FIXTURE, path.join(ROOT, 'content'), 'fixtures/nasty.txt');
    if ('diagnostics' in result) throw new Error('fixture did not convert');
    const plan = await planWrite(path.join(WORK, 'content'), [result.converted]);
    await writeFiles(path.join(WORK, 'content'), plan.files);
    await cp(path.join(ROOT, 'content/themes'), path.join(WORK, 'content/themes'), { recursive: true });
    const build = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(WORK, 'dist')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KHM_CONTENT_DIR: path.relative(ROOT, path.join(WORK, 'content')), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const page = visibleText(await readFile(path.join(WORK, 'dist/van-ban/nasty/index.html'), 'utf8'));
    for (const line of [
      '1. Sở Tài chính chủ trì: chi {tối đa} 5 < 7 > 3 triệu đồng; công thức abc = _x_ và [liên kết](http://x) #1 | cột ~ `mã` \\ dấu & ký hiệu &amp; <script>alert(1)</script>.',
      '- # không phải tiêu đề',
      '+ > không phải trích dẫn',
      '- 1. không phải danh sách; --- không phải đường kẻ; export const x = 1;',
      "3. Dòng có {dấu ngoặc} ở đầu và import x from 'y' ở giữa.",
    ]) {
      expect(page).toContain(line);
    }
    await rm(WORK, { recursive: true, force: true });
  });
});
