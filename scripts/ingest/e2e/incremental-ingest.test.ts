/**
 * Incremental ingest (conversion-cache.ts): a source whose inputs did not change since the last
 * run gets that run's conversion back, and what is written is byte for byte what converting
 * everything again writes. The real CLI runs on a throw-away content folder with two sources.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { convertManyCached } from '../conversion-cache.ts';
import { DEFAULT_MAX_BYTES } from '../read.ts';
import { ROOT, Workspace } from './workspace.ts';

const PLAN = `ỦY BAN NHÂN DÂN
TỈNH BẠC LIÊU

Số: 12/KH-UBND

Bạc Liêu, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2024

I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành tỉnh:
a) Hoàn thành việc đưa hệ thống thông tin giải quyết thủ tục hành chính vào vận hành trước ngày 30/6/2024.
b) Xây dựng kho dữ liệu dùng chung của tỉnh và kết nối với cơ sở dữ liệu quốc gia về dân cư.
2. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số theo quy định của pháp luật.
`;

const OTHER = `ỦY BAN NHÂN DÂN
TỈNH BẠC LIÊU

Số: 40/KH-UBND

Bạc Liêu, ngày 10 tháng 4 năm 2024

KẾ HOẠCH
Phát triển nông nghiệp năm 2024

I. NHIỆM VỤ
1. Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các huyện triển khai mô hình tôm - lúa trước ngày 30/9/2024.
2. Sở Công Thương hỗ trợ doanh nghiệp tiêu thụ nông sản của tỉnh.
`;

const OTHER_FILE = 'sources/ke-hoach-40.txt';

let ws: Workspace;
afterEach(() => ws?.remove());

/** Every file of the content folder with its bytes. */
function snapshot(): Map<string, string> {
  const files = readdirSync(ws.content, { recursive: true, encoding: 'utf8' }).sort();
  return new Map(
    files
      .filter((name) => statSync(path.join(ws.content, name)).isFile())
      .map((name) => [name, readFileSync(path.join(ws.content, name), 'latin1')]),
  );
}

/** Runs `npm run ingest`, expects success and returns what it said. */
function ingest(...args: string[]): { stdout: string; stderr: string } {
  const run = ws.ingest(...args);
  expect(run.status, run.stderr).toBe(0);
  return run;
}

/** How many conversions a run reused, from its summary line. */
function reusedBy(stdout: string): { converted: number; reused: number } {
  const match = /(\d+) converted, (\d+) reused/.exec(stdout);
  expect(match, stdout).not.toBeNull();
  return { converted: Number(match![1]), reused: Number(match![2]) };
}

/**
 * Two sources converted twice: the first run writes the agency registry, so the second converts
 * again against it; from then on the registry is what the next run starts with (steady state).
 */
function steadyState(): void {
  ws = new Workspace(PLAN);
  ws.write(OTHER_FILE, OTHER);
  expect(reusedBy(ingest().stdout)).toEqual({ converted: 2, reused: 0 });
  expect(reusedBy(ingest().stdout)).toEqual({ converted: 2, reused: 0 });
}

describe('a writing ingest reuses the conversion of every source whose inputs did not change', () => {
  it('reuses every conversion when nothing changed, and writes and reports what a full conversion does', () => {
    steadyState();
    const before = snapshot();
    const cached = ingest();
    expect(reusedBy(cached.stdout)).toEqual({ converted: 0, reused: 2 });
    expect(cached.stdout).toContain('0 file(s) changed');
    expect(snapshot()).toEqual(before);
    // The warnings of the conversion are part of what is reused, and reported again.
    const full = ingest('--no-cache');
    expect(full.stdout).not.toContain('reused');
    expect(cached.stderr).toBe(full.stderr);
    expect(snapshot()).toEqual(before);
  });

  it('converts again exactly the one source that changed, and writes what a full conversion writes', () => {
    steadyState();
    ws.editSource((text) => `${text}3. Sở Y tế chủ trì tổ chức tiêm chủng mở rộng cho trẻ em trước ngày 31/12/2024.\n`);
    const cached = ingest();
    expect(reusedBy(cached.stdout)).toEqual({ converted: 1, reused: 1 });
    expect(ws.commitments().some((c) => c.text.includes('tiêm chủng mở rộng'))).toBe(true);
    const written = snapshot();
    const full = ingest('--no-cache');
    expect(full.stdout).toContain('0 file(s) changed');
    expect(snapshot()).toEqual(written);
  });

  it('converts again the source whose sidecar changed', () => {
    steadyState();
    ws.write('sources/ke-hoach-40.meta.yaml', 'url: https://baclieu.gov.vn/ke-hoach-40\n');
    expect(reusedBy(ingest().stdout)).toEqual({ converted: 1, reused: 1 });
  });

  it('converts every source again when an agency file of the registry changed', () => {
    steadyState();
    const agencies = readdirSync(ws.path('agencies')).sort();
    expect(agencies.length).toBeGreaterThan(0);
    const file = `agencies/${agencies[0]}`;
    ws.write(file, `${ws.read(file)}# Đã rà soát tên gọi.\n`);
    expect(reusedBy(ingest().stdout)).toEqual({ converted: 2, reused: 0 });
  });

  it('still merges a staff edit of a commitment when every conversion is reused', () => {
    steadyState();
    ws.editCommitments((list) => {
      const task = ws.byText('kho dữ liệu dùng chung', list);
      task.status = 'dang-thuc-hien';
      task.status_history = [{ date: '2024-07-05', status: 'dang-thuc-hien', note: 'Đã hoàn thành thiết kế kho dữ liệu.' }];
    });
    const edited = snapshot();
    expect(reusedBy(ingest().stdout)).toEqual({ converted: 0, reused: 2 });
    expect(ws.byText('kho dữ liệu dùng chung').status).toBe('dang-thuc-hien');
    expect(snapshot()).toEqual(edited);
    // And when its own source changes, the edit follows its text as in any run.
    ws.editSource((text) => text.replace('2. Sở Tài chính bố trí', '2. Sở Tài chính chủ trì bố trí'));
    expect(reusedBy(ingest().stdout)).toEqual({ converted: 1, reused: 1 });
    expect(ws.byText('kho dữ liệu dùng chung').status).toBe('dang-thuc-hien');
  });

  it('is not read by --check or --json: a stored outcome never hides a difference', () => {
    steadyState();
    const fresh = ws.ingest('--json', ws.source).stdout;
    // Every stored outcome altered as a stale or corrupt cache would be.
    const slots = path.join(ws.cacheDir, 'khm-ingest');
    expect(readdirSync(slots)).toHaveLength(2);
    for (const name of readdirSync(slots)) {
      const slot = path.join(slots, name);
      const stored = deserialize(readFileSync(slot)) as { key: string; outcome: { converted?: { commitments: { text: string }[] } } };
      for (const c of stored.outcome.converted?.commitments ?? []) c.text = 'Nội dung cũ.';
      writeFileSync(slot, serialize(stored));
    }
    const check = ws.ingest('--check');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('Content is up to date');
    expect(ws.ingest('--json', ws.source).stdout).toBe(fresh);
    // The altered outcomes were there to be read: a writing run, whose key matches, takes them.
    ingest();
    expect(ws.commitments().every((c) => c.text === 'Nội dung cũ.')).toBe(true);
  });
});

describe('the key of a stored conversion', () => {
  it('changes with a lexicon file of the converter, so every source is converted again', async () => {
    // A copy of the converter's code to edit; the conversions themselves run the real one.
    const code = mkdtempSync(path.join(tmpdir(), 'khm-code-'));
    for (const dir of ['scripts/ingest', 'scripts/validate', 'src/schemas', 'src/diagnostics', 'src/lib', 'package-lock.json'])
      cpSync(path.join(ROOT, dir), path.join(code, dir), { recursive: true });
    ws = new Workspace(PLAN);
    ws.write(OTHER_FILE, OTHER);
    const files = [ws.source, ws.path(OTHER_FILE)];
    const options = { maxBytes: DEFAULT_MAX_BYTES, threads: 1, cacheDir: ws.cacheDir, codeRoot: code };
    expect((await convertManyCached(files, ws.content, options)).reused).toBe(0);
    const again = await convertManyCached(files, ws.content, options);
    expect(again.reused).toBe(2);
    const verbs = path.join(code, 'scripts/ingest/lexicon/verbs.yaml');
    writeFileSync(verbs, `${readFileSync(verbs, 'utf8')}\n# một dòng ghi chú\n`);
    const changed = await convertManyCached(files, ws.content, options);
    expect(changed.reused).toBe(0);
    expect(JSON.stringify(changed.outcomes)).toBe(JSON.stringify(again.outcomes));
    rmSync(code, { recursive: true, force: true });
  });
});
