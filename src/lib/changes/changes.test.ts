/**
 * What changed, from a real git repository made in a temp folder: a document added, then a
 * commitment completed and another's deadline moved later; and a shallow clone, which has no
 * history to show.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changesByDay, changesOf } from './diff.ts';
import { readContentHistory } from './history.ts';
import { daySummary } from './view.ts';

const root = mkdtempSync(path.join(tmpdir(), 'khm-changes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const commit = (date: string, message: string) => {
  git(root, 'add', '-A');
  execFileSync('git', ['-c', 'user.name=Cán bộ', '-c', 'user.email=cb@example.gov.vn', 'commit', '-qm', message], {
    cwd: root,
    env: { ...process.env, GIT_COMMITTER_DATE: `${date}T09:00:00+07:00`, GIT_AUTHOR_DATE: `${date}T09:00:00+07:00` },
  });
};
const task = (id: string, status: string, deadline: string, extra = '') =>
  `- id: ${id}\n  document: kh-1\n  text: Nhiệm vụ ${id}.\n  themes: [khac]\n  deadlines: [{ date: "${deadline}", phrase: trước ngày ${deadline} }]\n  status: ${status}\n${extra}  order: 0\n  line: 1\n`;

git(root, 'init', '-q');
write('content/documents/kh-1.yaml', 'title: Kế hoạch 1\n');
write('content/commitments/kh-1.yaml', task('kh-1--a', 'dang-thuc-hien', '2024-03-31') + task('kh-1--b', 'chua-cap-nhat', '2024-06-30'));
commit('2024-01-10', 'Thêm Kế hoạch 1');
write(
  'content/commitments/kh-1.yaml',
  task(
    'kh-1--a',
    'hoan-thanh',
    '2024-03-31',
    '  status_history:\n    - { date: "2024-03-25", status: hoan-thanh, note: Đã ban hành., source: Báo cáo 7 }\n',
  ) + task('kh-1--b', 'chua-cap-nhat', '2024-09-30'),
);
write('README.md', 'not content\n');
commit('2024-04-02', 'Cập nhật tiến độ');

describe('what changed, from git history', () => {
  const history = readContentHistory(root, 'content');

  it('finds the document added and the commitments whose status or deadline changed, with the day published', () => {
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(changesOf(history.commits, history.read)).toEqual([
      { kind: 'document-added', date: '2024-01-10', document: 'kh-1', title: 'Kế hoạch 1' },
      {
        kind: 'status',
        date: '2024-04-02',
        commitment: 'kh-1--a',
        document: 'kh-1',
        from: 'dang-thuc-hien',
        to: 'hoan-thanh',
        note: 'Đã ban hành.',
      },
      { kind: 'due', date: '2024-04-02', commitment: 'kh-1--b', document: 'kh-1', from: '2024-06-30', to: '2024-09-30' },
    ]);
  });

  it('says it per day, newest first, in words: "1 nhiệm vụ hoàn thành, 1 thời hạn lùi"', () => {
    if (!history.available) throw new Error('history expected');
    const days = changesByDay(changesOf(history.commits, history.read));
    expect(days.map((d) => [d.date, daySummary(d)])).toEqual([
      ['2024-04-02', '1 nhiệm vụ hoàn thành, 1 thời hạn lùi'],
      ['2024-01-10', '1 văn bản mới'],
    ]);
  });

  it('reports no history for a shallow clone instead of showing everything as new', () => {
    const clone = path.join(root, 'shallow');
    git(root, 'clone', '-q', '--depth', '1', `file://${root}`, clone);
    expect(readContentHistory(clone, 'content')).toEqual({ available: false, reason: 'shallow' });
    expect(readContentHistory(tmpdir(), 'content').available).toBe(false);
  });
});
