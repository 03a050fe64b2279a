/**
 * Source text is data, never code: a source full of lines that MDX, JSX, HTML or markdown
 * would treat as syntax — `import`/`export` statements (one of which would write a file if
 * it ran), `{expressions}`, `<tags>`, `<Commitment …>`, comments, `---`, backticks, tabs —
 * plus a seeded fuzz of such lines is converted and built with `astro build`. The build must
 * succeed, create no file, and the page must show every line as written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, 'node_modules/.cache/khm-hostile-test');
const MARKER = path.join(WORK, 'pwned');
const NODE = process.execPath;

/** Lines that would be code or markup if the text reached MDX or HTML unescaped. */
const HOSTILE = [
  `export const x = (await import("node:fs")).writeFileSync("${MARKER}", "x");`,
  `import fs from "node:fs"; fs.writeFileSync("${MARKER}", "y");`,
  '{process.exit(1)} là một biểu thức JSX.',
  '<Commitment id="gia-mao">Cam kết giả mạo</Commitment> chèn vào văn bản.',
  '<!-- chú thích HTML --> vẫn phải hiện ra.',
  '--- không phải đường kẻ, không phải frontmatter ---',
  '<script>document.title = "pwned"</script> không được chạy.',
  '<img src=x onerror="alert(1)"> không phải ảnh.',
  '`mã nguồn` và ```khối mã``` chỉ là chữ.',
  '\tDòng bắt đầu bằng tab vẫn là chữ { } < >.',
  '${"mẫu chuỗi"} và \\u0041 và &amp; và &#60; giữ nguyên.',
  '[liên kết](javascript:alert(1)) không thành liên kết.',
];

/** Lines drawn from the characters and words above, with a fixed seed so a failure can be replayed. */
function fuzzLines(count: number, seed: number): string[] {
  const pieces = [
    'import',
    'export',
    'default',
    '{',
    '}',
    '<',
    '>',
    '</',
    '/>',
    '<!--',
    '-->',
    '---',
    '`',
    '```',
    '\t',
    '${',
    '=>',
    '&',
    '&lt;',
    ';',
    '"',
    "'",
    '\\',
    '(',
    ')',
    '[',
    ']',
    'Commitment',
    'script',
    'Sở Tài chính',
    'chủ trì',
    'triển khai',
    'năm 2025',
  ];
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 4 + Math.floor(random() * 8) }, () => pieces[Math.floor(random() * pieces.length)]!);
    // A word of text in every line: lines of only punctuation are layout (rules, table borders) in scraped markdown.
    return `${words.join(' ')} dòng ${i + 1}.`;
  });
}

const FUZZ = fuzzLines(60, 20261201);

const SOURCE = [
  'ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM',
  '',
  'Số: 99/KH-UBND',
  '',
  'Thử Nghiệm, ngày 01 tháng 02 năm 2025',
  '',
  'KẾ HOẠCH',
  'KIỂM TRA VĂN BẢN CÓ KÝ TỰ ĐẶC BIỆT',
  '',
  'I. NỘI DUNG',
  ...[...HOSTILE, ...FUZZ].flatMap((line) => ['', line]),
  '',
].join('\n');

/** Visible text of an HTML page: tags dropped, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/g, ' ')
    .replace(/<\/?(?:a|span|strong|em|mark|time|code|sup)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const collapse = (line: string) => line.replace(/\s+/g, ' ').trim();

describe('a source full of code-like lines', () => {
  let build: ReturnType<typeof spawnSync>;
  let page = '';
  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(path.join(WORK, 'content/sources'), { recursive: true });
    cpSync(path.join(ROOT, 'content/themes'), path.join(WORK, 'content/themes'), { recursive: true });
    writeFileSync(path.join(WORK, 'content/sources/hostile.txt'), SOURCE);
    const content = path.relative(ROOT, path.join(WORK, 'content'));
    const ingest = spawnSync(NODE, ['scripts/ingest/cli.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KHM_CONTENT_DIR: content },
    });
    expect(ingest.status, ingest.stderr).toBe(0);
    build = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(WORK, 'dist')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KHM_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const file = path.join(WORK, 'dist/van-ban/hostile/index.html');
    if (existsSync(file)) page = readFileSync(file, 'utf8');
  });
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('builds', () => {
    expect(build.status, `${String(build.stdout)}\n${String(build.stderr)}`).toBe(0);
  });

  it('runs none of it: no file is created', () => {
    expect(existsSync(MARKER)).toBe(false);
  });

  it('shows every hostile line as written', () => {
    const text = visibleText(page);
    for (const line of HOSTILE) expect(text).toContain(collapse(line));
  });

  it('shows every fuzzed line as written', () => {
    const text = visibleText(page);
    const missing = FUZZ.filter((line) => !text.includes(collapse(line)));
    expect(missing).toEqual([]);
  });

  it('adds no element from the text: no forged commitment, image or script', () => {
    const body = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
    // Escaped text such as "&lt;img … onerror=&quot;" is fine; a real tag or attribute is not.
    expect(body).not.toMatch(/<commitment|<Commitment|<img|onerror="|id="gia-mao"/);
    expect(body.match(/<script\b/g) ?? []).toEqual([]);
    expect(body).not.toContain('href="javascript:');
  });
});
