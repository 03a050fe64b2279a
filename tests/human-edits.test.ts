/**
 * Re-conversion never loses human work (issue 6): generate content from a source with
 * the real CLI, edit the YAML as staff would, change the source text, ingest again.
 * Everything runs in a temp dir; the repository's content/ is only read (themes).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLEAN = path.join(ROOT, 'scripts/ingest/__fixtures__/input/clean.fixture.txt');

interface Commitment {
  id: string;
  text: string;
  lead: string[];
  partners: string[];
  themes: string[];
  status: string;
  status_history: { date: string; status: string; note: string }[];
  [key: string]: unknown;
}

describe('re-conversion keeps staff edits', () => {
  let dir: string;
  let content: string;
  let source: string;
  const commitmentsFile = () => path.join(content, 'commitments/ke-hoach-12.yaml');
  const readCommitments = async () => parse(await readFile(commitmentsFile(), 'utf8')) as Commitment[];
  const byText = (list: Commitment[], words: string) => {
    const found = list.find((c) => c.text.includes(words));
    if (!found) throw new Error(`no commitment with "${words}" in ${list.map((c) => c.text).join(' | ')}`);
    return found;
  };
  /** Runs `npm run ingest -- --input … --out …` against the temp content dir. */
  const ingest = () =>
    spawnSync('npm', ['run', '--silent', 'ingest', '--', '--input', source, '--out', content], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KHM_CONTENT_DIR: content },
    });

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'khm-edits-'));
    content = path.join(dir, 'content');
    await mkdir(path.join(content, 'sources'), { recursive: true });
    await cp(path.join(ROOT, 'content/themes'), path.join(content, 'themes'), { recursive: true });
    source = path.join(content, 'sources/ke-hoach-12.txt');
    await writeFile(source, await readFile(CLEAN));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('survives an agency fix, an added theme and a status history when the source changes', async () => {
    const first = ingest();
    expect(first.status, first.stderr).toBe(0);

    // Staff edits, as in README "Publishing an update".
    const list = await readCommitments();
    const training = byText(list, 'đào tạo kỹ năng số');
    const rollout = byText(list, 'giải quyết thủ tục hành chính');
    const security = byText(list, 'an toàn thông tin mạng');
    training.lead = [...rollout.partners]; // agency fix: the group leads, not the department
    rollout.themes = [...rollout.themes, 'an-sinh-xa-hoi']; // added theme
    rollout.status = 'dang-thuc-hien';
    rollout.status_history = [{ date: '2024-07-05', status: 'dang-thuc-hien', note: 'Đã vận hành thử tại 5 sở.' }];
    security.text = security.text.replace('an toàn thông tin mạng', 'an toàn thông tin mạng (bản sửa tay)'); // edited text
    await writeFile(commitmentsFile(), stringify(list, { lineWidth: 0 }));

    // The source changes: the training item gains words, the security item is reworded.
    const text = (await readFile(source, 'utf8'))
      .replace('cán bộ, công chức được giao nhiệm vụ', 'cán bộ, công chức, viên chức được giao nhiệm vụ')
      .replace('bảo đảm an toàn thông tin mạng', 'bảo đảm an toàn, an ninh mạng');
    await writeFile(source, text);

    const second = ingest();
    expect(second.status, second.stderr).toBe(0);
    const merged = await readCommitments();

    const newTraining = byText(merged, 'viên chức được giao nhiệm vụ'); // source change flowed in
    expect(newTraining.lead).toEqual(training.lead); // agency fix kept

    const newRollout = byText(merged, 'giải quyết thủ tục hành chính');
    expect(newRollout.themes).toContain('an-sinh-xa-hoi');
    expect(newRollout.status).toBe('dang-thuc-hien');
    expect(newRollout.status_history).toEqual(rollout.status_history);

    // Both changed the security item's text: the edit is kept and the conflict is reported.
    expect(merged.find((c) => c.id === security.id)?.text).toBe(security.text);
    expect(second.stderr).toContain('MERGE_CONFLICT');
    expect(second.stderr).toContain(`${security.id}.text`);
    expect(second.stderr).toContain('(bản sửa tay)');
  });

  it('reports a conflict once, then keeps the edit quietly and writes identical files', async () => {
    const before = await readFile(commitmentsFile(), 'utf8');
    const third = ingest();
    expect(third.status, third.stderr).toBe(0);
    expect(third.stderr).not.toContain('MERGE_CONFLICT');
    expect(await readFile(commitmentsFile(), 'utf8')).toBe(before);
  });

  it('keeps an edited MDX body when the source did not change', async () => {
    const mdx = path.join(content, 'documents/ke-hoach-12.mdx');
    const edited = (await readFile(mdx, 'utf8')) + '\nGhi chú của biên tập viên.\n';
    await writeFile(mdx, edited);
    const run = ingest();
    expect(run.status, run.stderr).toBe(0);
    expect(await readFile(mdx, 'utf8')).toBe(edited);
  });

  it('merges the MDX body line by line: the editor’s note stays and a source change elsewhere flows in', async () => {
    const mdx = path.join(content, 'documents/ke-hoach-12.mdx');
    await writeFile(source, (await readFile(source, 'utf8')).replace('Tổ chức đào tạo kỹ năng số', 'Tổ chức bồi dưỡng kỹ năng số'));
    const run = ingest();
    expect(run.status, run.stderr).toBe(0);
    const body = await readFile(mdx, 'utf8');
    expect(body).toContain('Ghi chú của biên tập viên.');
    expect(body).toContain('Tổ chức bồi dưỡng kỹ năng số');
    expect(body).not.toContain('Tổ chức đào tạo kỹ năng số');
    expect(run.stderr).not.toContain('MERGE_CONFLICT');
  });
});

describe('correcting an agency with an alias (README "Correct an agency")', () => {
  let dir: string;
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('maps the other spelling to the right agency on the next ingest and does not recreate the duplicate', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'khm-alias-'));
    const content = path.join(dir, 'content');
    const source = path.join(content, 'sources/ke-hoach-12.txt');
    await mkdir(path.dirname(source), { recursive: true });
    await cp(path.join(ROOT, 'content/themes'), path.join(content, 'themes'), { recursive: true });
    // A second spelling of the same department that the converter cannot know.
    const text = (await readFile(CLEAN, 'utf8')).replace(
      '2. Ủy ban nhân dân các huyện, thị xã, thành phố triển khai',
      '2. Sở Thông tin - Truyền thông chủ trì triển khai',
    );
    await writeFile(source, text);
    const ingest = () =>
      spawnSync('npm', ['run', '--silent', 'ingest', '--', '--input', source, '--out', content], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, KHM_CONTENT_DIR: content },
      });
    const leads = async () =>
      (parse(await readFile(path.join(content, 'commitments/ke-hoach-12.yaml'), 'utf8')) as Commitment[]).map((c) => c.lead);
    const agencyFiles = async () => (await readdir(path.join(content, 'agencies'))).sort();

    expect(ingest().status).toBe(0);
    const before = await agencyFiles();
    expect(before.length).toBeGreaterThanOrEqual(2);
    const ids = before.map((f) => f.replace(/\.yaml$/, ''));
    const right = ids.find((id) => id.startsWith('so-thong-tin-va-truyen-thong'));
    const duplicate = ids.find((id) => id.startsWith('so-thong-tin-truyen-thong'));
    if (!right || !duplicate) throw new Error(`expected two spellings among ${ids.join(', ')}`);

    // Staff: alias on the right agency, commitments pointed at it, duplicate deleted.
    const rightFile = path.join(content, 'agencies', `${right}.yaml`);
    const agency = parse(await readFile(rightFile, 'utf8')) as { aliases: string[] };
    agency.aliases = [...agency.aliases, 'Sở Thông tin - Truyền thông'];
    await writeFile(rightFile, stringify(agency));
    const commitmentsFile = path.join(content, 'commitments/ke-hoach-12.yaml');
    await writeFile(commitmentsFile, (await readFile(commitmentsFile, 'utf8')).replaceAll(duplicate, right));
    await rm(path.join(content, 'agencies', `${duplicate}.yaml`));

    const again = ingest();
    expect(again.status, again.stderr).toBe(0);
    expect(await agencyFiles()).not.toContain(`${duplicate}.yaml`);
    expect((await leads()).flat()).not.toContain(duplicate);
    expect((await leads()).flat()).toContain(right);
    expect((parse(await readFile(rightFile, 'utf8')) as { aliases: string[] }).aliases).toContain('Sở Thông tin - Truyền thông');
  });
});

describe('dropping a wrongly detected commitment (README "Your edits survive re-conversion")', () => {
  let dir: string;
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stays dropped, entry and text markers, after the source changes and ingest runs again', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'khm-drop-'));
    const content = path.join(dir, 'content');
    const source = path.join(content, 'sources/kh.txt');
    await mkdir(path.dirname(source), { recursive: true });
    await cp(path.join(ROOT, 'content/themes'), path.join(content, 'themes'), { recursive: true });
    await writeFile(source, await readFile(CLEAN));
    const ingest = () =>
      spawnSync('npm', ['run', '--silent', 'ingest', '--', '--input', source, '--out', content], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, KHM_CONTENT_DIR: content },
      });
    expect(ingest().status).toBe(0);

    // Staff: the objective "1. Đẩy mạnh chuyển đổi số …" is not a task; remove entry and markers.
    const yamlFile = path.join(content, 'commitments/kh.yaml');
    const mdxFile = path.join(content, 'documents/kh.mdx');
    const list = parse(await readFile(yamlFile, 'utf8')) as Commitment[];
    const dropped = list.find((c) => c.text.includes('Đẩy mạnh chuyển đổi số'));
    if (!dropped) throw new Error('the objective was not detected as a commitment; pick another item');
    await writeFile(
      yamlFile,
      stringify(
        list.filter((c) => c !== dropped),
        { lineWidth: 0 },
      ),
    );
    const mdx = (await readFile(mdxFile, 'utf8')).split('\n');
    const open = mdx.indexOf(`<Commitment id="${dropped.id}">`);
    const close = mdx.indexOf('</Commitment>', open);
    await writeFile(mdxFile, mdx.filter((_, i) => i !== open && i !== close).join('\n'));

    await writeFile(source, (await readFile(source, 'utf8')).replace('Tổ chức đào tạo', 'Tổ chức bồi dưỡng'));
    const again = ingest();
    expect(again.status, again.stderr).toBe(0);
    expect(await readFile(yamlFile, 'utf8')).not.toContain(dropped.id);
    const body = await readFile(mdxFile, 'utf8');
    expect(body).not.toContain(`<Commitment id="${dropped.id}">`);
    expect(body).toContain('Đẩy mạnh chuyển đổi số'); // the text itself stays in the document
    expect(body).toContain('Tổ chức bồi dưỡng');
  });
});
