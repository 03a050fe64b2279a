import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EDIT_BASE_URL, editUrl, lastUpdated, parseGitLog, resetGitCache, sourceInfo } from './git-info.ts';
import { siteConfig } from './site-config.ts';

describe('lastUpdated', () => {
  let repo: string;
  /** Commits `files` with a fixed committer date, as a staff member's push would. */
  const commit = (date: string, message: string) =>
    execFileSync('git', ['-c', 'user.name=Staff', '-c', 'user.email=staff@example.org', 'commit', '-qm', message], {
      cwd: repo,
      env: { ...process.env, GIT_COMMITTER_DATE: `${date}T10:00:00+07:00`, GIT_AUTHOR_DATE: `${date}T10:00:00+07:00` },
    });

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'khm-git-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    await mkdir(path.join(repo, 'content/documents'), { recursive: true });
    await mkdir(path.join(repo, 'content/commitments'), { recursive: true });
    await writeFile(path.join(repo, 'content/documents/a.mdx'), 'một\n');
    await writeFile(path.join(repo, 'content/commitments/a.yaml'), '[]\n');
    execFileSync('git', ['add', '.'], { cwd: repo });
    commit('2024-03-05', 'first');
    await writeFile(path.join(repo, 'content/commitments/a.yaml'), '- id: x\n');
    execFileSync('git', ['add', '.'], { cwd: repo });
    commit('2024-07-09', 'status update');
    resetGitCache();
  });
  afterAll(async () => {
    resetGitCache();
    await rm(repo, { recursive: true, force: true });
  });

  it('uses the date of the last commit that touched any of the files', () => {
    expect(lastUpdated(['content/documents/a.mdx'], repo)).toBe('2024-03-05');
    expect(lastUpdated(['content/documents/a.mdx', 'content/commitments/a.yaml'], repo)).toBe('2024-07-09');
  });

  it('falls back to the modification time of a file git does not know', async () => {
    const file = path.join(repo, 'content/documents/new.mdx');
    await writeFile(file, 'mới\n');
    const when = new Date(2025, 0, 2, 12, 0, 0);
    await utimes(file, when, when);
    expect(lastUpdated(['content/documents/new.mdx'], repo)).toBe('2025-01-02');
  });

  it('gives no date for files that do not exist', () => {
    expect(lastUpdated(['content/documents/none.mdx'], repo)).toBeNull();
    expect(sourceInfo([], repo)).toBeNull();
  });
});

describe('parseGitLog', () => {
  it('keeps the newest date per file (git lists newest commits first)', () => {
    const log = '\u00002024-07-09\n\ncontent/a.yaml\n\u00002024-03-05\n\ncontent/a.yaml\ncontent/b.mdx\n';
    expect(Object.fromEntries(parseGitLog(log))).toEqual({ 'content/a.yaml': '2024-07-09', 'content/b.mdx': '2024-03-05' });
  });
});

describe('editUrl', () => {
  it('appends the repository path to the configured base URL', () => {
    expect(editUrl('content/documents/a.mdx', 'https://git.example.org/so-tttt/ke-hoach/edit/main')).toBe(
      'https://git.example.org/so-tttt/ke-hoach/edit/main/content/documents/a.mdx',
    );
  });

  it('uses the default base without EDIT_BASE_URL and encodes unusual file names', () => {
    expect(editUrl('./content/sources/kế hoạch.txt', DEFAULT_EDIT_BASE_URL)).toBe(
      `${DEFAULT_EDIT_BASE_URL}content/sources/k%E1%BA%BF%20ho%E1%BA%A1ch.txt`,
    );
  });
});

describe('EDIT_BASE_URL', () => {
  it('is refused when it is not an http(s) address, naming the variable', () => {
    expect(() => siteConfig({ EDIT_BASE_URL: 'javascript:alert(1)//' })).toThrow(
      /EDIT_BASE_URL must be a full web address starting with https:\/\//,
    );
    expect(siteConfig({ EDIT_BASE_URL: 'https://git.example.vn/edit/' }).EDIT_BASE_URL).toBe('https://git.example.vn/edit/');
  });
});
