/**
 * Staff edits follow their commitment's text, never its position (README "Your edits
 * survive"): content is generated from a source with the real CLI, edited as staff would
 * edit it, the source is changed — items inserted, deleted, reordered, reworded, a heading
 * changed — and ingest runs again. Everything runs in a temp dir.
 */
import { readdirSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { catalogue } from '../../../src/diagnostics/index.ts';
import { Workspace, type StaffCommitment } from './workspace.ts';

const SOURCE = `ỦY BAN NHÂN DÂN
TỈNH BẠC LIÊU

Số: 12/KH-UBND

Bạc Liêu, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2024

I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành tỉnh:
a) Hoàn thành việc đưa hệ thống thông tin giải quyết thủ tục hành chính vào vận hành trước ngày 30/6/2024.
b) Tổ chức đào tạo kỹ năng số cho cán bộ, công chức được giao nhiệm vụ chuyển đổi số.
c) Xây dựng kho dữ liệu dùng chung của tỉnh và kết nối với cơ sở dữ liệu quốc gia về dân cư.
2. Ủy ban nhân dân các huyện, thị xã, thành phố triển khai các giải pháp bảo đảm an toàn thông tin mạng.
3. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số theo quy định của pháp luật.
`;

const HISTORY = [{ date: '2024-07-05', status: 'dang-thuc-hien', note: 'Đã hoàn thành thiết kế kho dữ liệu.' }];

let ws: Workspace;
afterEach(() => ws?.remove());

/** Converts the source, then records a status with its history and an added theme on the "kho dữ liệu" task. */
function convertedWithEditedTask(): StaffCommitment {
  ws = new Workspace(SOURCE);
  const first = ws.ingest();
  expect(first.status, first.stderr).toBe(0);
  let edited: StaffCommitment | undefined;
  ws.editCommitments((list) => {
    edited = ws.byText('kho dữ liệu dùng chung', list);
    edited.status = 'dang-thuc-hien';
    edited.status_history = HISTORY;
    edited.themes = [...edited.themes, 'an-sinh-xa-hoi'];
  });
  return edited!;
}

/** After a re-conversion: the edit sits on the commitment with the same text, under the same id, and nowhere else. */
function expectEditFollowsText(edited: StaffCommitment, words = 'kho dữ liệu dùng chung') {
  const run = ws.ingest();
  expect(run.status, run.stderr).toBe(0);
  const list = ws.commitments();
  const task = ws.byText(words, list);
  expect(task.id).toBe(edited.id);
  expect(task.status).toBe('dang-thuc-hien');
  expect(task.status_history).toEqual(HISTORY);
  expect(task.themes).toContain('an-sinh-xa-hoi');
  expect(list.filter((c) => c.status !== 'chua-cap-nhat').map((c) => c.id)).toEqual([edited.id]);
  return { run, list, task };
}

describe('a staff edit follows its commitment when the source changes', () => {
  it('stays when an item is inserted before it, and the new item gets an id no entry had', () => {
    const edited = convertedWithEditedTask();
    const before = ws.commitments().map((c) => c.id);
    ws.editSource((text) =>
      text
        .replace('c) Xây dựng kho dữ liệu', 'd) Xây dựng kho dữ liệu')
        .replace('b) Tổ chức đào tạo', 'c) Tổ chức đào tạo')
        .replace('a) Hoàn thành việc', 'a) Rà soát, chuẩn hóa quy trình nội bộ của các cơ quan trước khi số hóa.\nb) Hoàn thành việc'),
    );
    const { list } = expectEditFollowsText(edited);
    const added = ws.byText('Rà soát, chuẩn hóa quy trình', list);
    expect(before).not.toContain(added.id);
    // Every other commitment kept its id too.
    for (const id of before) expect(list.map((c) => c.id)).toContain(id);
  });

  it('stays when an item before it is deleted', () => {
    const edited = convertedWithEditedTask();
    ws.editSource((text) =>
      text
        .replace(/a\) Hoàn thành việc[^\n]*\n/u, '')
        .replace('b) Tổ chức', 'a) Tổ chức')
        .replace('c) Xây dựng', 'b) Xây dựng'),
    );
    const { list } = expectEditFollowsText(edited);
    expect(list.some((c) => c.text.includes('giải quyết thủ tục hành chính'))).toBe(false);
  });

  it('stays when the items are reordered', () => {
    const edited = convertedWithEditedTask();
    ws.editSource((text) => {
      const lines = text.split('\n');
      const a = lines.findIndex((l) => l.startsWith('a) '));
      const c = lines.findIndex((l) => l.startsWith('c) '));
      [lines[a], lines[c]] = [lines[c]!.replace('c) ', 'a) '), lines[a]!.replace('a) ', 'c) ')];
      return lines.join('\n');
    });
    expectEditFollowsText(edited);
  });

  it('stays when the edited item itself is reworded slightly', () => {
    const edited = convertedWithEditedTask();
    ws.editSource((text) =>
      text.replace('kết nối với cơ sở dữ liệu quốc gia về dân cư', 'kết nối đồng bộ với cơ sở dữ liệu quốc gia về dân cư'),
    );
    const { task } = expectEditFollowsText(edited);
    expect(task.text).toContain('kết nối đồng bộ'); // the source's rewording flowed in
  });
});

describe('a corrected lead when the heading that decides it changes', () => {
  it('keeps the correction as written, records a conflict, and lists it until a person resolves it', () => {
    ws = new Workspace(SOURCE);
    expect(ws.ingest().status).toBe(0);
    const training = ws.byText('đào tạo kỹ năng số');
    const corrected = ['so-noi-vu-bac-lieu'];
    ws.write('agencies/so-noi-vu-bac-lieu.yaml', 'name: Sở Nội vụ\nkind: department\nplace: bac-lieu\n');
    ws.editCommitments((list) => {
      ws.byText('đào tạo kỹ năng số', list).lead = corrected;
    });
    // The heading now names two leads: the converter would change the lead of every item under it.
    ws.editSource((text) =>
      text.replace('1. Sở Thông tin và Truyền thông chủ trì', '1. Sở Thông tin và Truyền thông, Sở Khoa học và Công nghệ chủ trì'),
    );

    const run = ws.ingest();
    expect(run.status).toBe(1); // content written, but a decision is needed
    const after = ws.byText('đào tạo kỹ năng số');
    expect(after.id).toBe(training.id);
    expect(after.lead).toEqual(corrected); // never silently extended
    const register = parse(ws.read('conflicts.yaml')) as { kind: string; id: string; field: string; kept: unknown; proposed: unknown }[];
    expect(register).toEqual([expect.objectContaining({ kind: 'merge-conflict', id: training.id, field: 'lead', kept: corrected })]);
    expect(register[0]!.proposed).toEqual(expect.arrayContaining([expect.stringMatching(/^so-khoa-hoc-va-cong-nghe/)]));

    // Listed, at the line of the field in the commitments file, by every command until resolved.
    const where = new RegExp(
      `content/commitments/ke-hoach-12\\.yaml:(\\d+) ${training.id.replace(/[-.]/g, '\\$&')}\\.lead: The field was edited by hand`,
    );
    for (const result of [ws.ingest(), ws.ingest('--check'), ws.check()]) {
      expect(result.status).toBe(1);
      const match = where.exec(result.stderr);
      expect(match, result.stderr).not.toBeNull();
      // The reported line is the "lead:" line of that very entry.
      const lines = ws.read('commitments/ke-hoach-12.yaml').split('\n').slice(0, Number(match![1]));
      expect(lines[lines.length - 1]).toMatch(/^ {2}lead:/);
      expect(lines.reverse().find((l) => l.startsWith('- id:'))).toBe(`- id: ${training.id}`);
    }

    // The person decides (keeps their lead) and deletes the entry: all is clear again.
    ws.write('conflicts.yaml', '[]\n');
    expect(ws.check().status).toBe(0);
    const again = ws.ingest('--check');
    expect(again.status, again.stderr).toBe(0);
  });
});

describe('an edit that cannot be placed', () => {
  it('is kept where it was, reported, and listed until a person deals with it', () => {
    const edited = convertedWithEditedTask();
    ws.editSource((text) => text.replace(/c\) Xây dựng kho dữ liệu[^\n]*\n/u, ''));
    const run = ws.ingest();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${edited.id}: This entry was edited by hand, but the source no longer has its text`);
    const kept = ws.commitments().find((c) => c.id === edited.id);
    expect(kept).toMatchObject({ status: 'dang-thuc-hien', status_history: HISTORY });
    expect(ws.check().stderr).toContain(catalogue.EDIT_UNPLACED.message({ text: 'x' }).split('"')[0]!);
    // Deleting the withdrawn entry resolves it.
    ws.editCommitments((list) =>
      list.splice(
        list.findIndex((c) => c.id === edited.id),
        1,
      ),
    );
    const next = ws.ingest();
    expect(next.status, next.stderr).toBe(0);
    expect(ws.check().status).toBe(0);
  });
});

describe('the verbatim text', () => {
  it('is not overwritten when edited by hand: the run stops, names the file and says to fix the source', () => {
    ws = new Workspace(SOURCE);
    expect(ws.ingest().status).toBe(0);
    const edited = ws.read('texts/ke-hoach-12.yaml').replace('kỹ năng số', 'kỹ năng số (sửa tay)');
    ws.write('texts/ke-hoach-12.yaml', edited);
    ws.editSource((text) => text.replace('Tổ chức đào tạo', 'Tổ chức bồi dưỡng'));
    const run = ws.ingest();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /content\/texts\/ke-hoach-12\.yaml \(file\): This file holds the verbatim text .* content\/sources\/ke-hoach-12\.txt/,
    );
    expect(run.stderr).toContain('Nothing was written');
    expect(ws.read('texts/ke-hoach-12.yaml')).toBe(edited);
    expect(ws.commitments().some((c) => c.text.includes('bồi dưỡng'))).toBe(false);
  });
});

describe('dropping a wrongly detected commitment', () => {
  it('stays dropped after the source changes and ingest runs again', () => {
    ws = new Workspace(SOURCE);
    expect(ws.ingest().status).toBe(0);
    const dropped = ws.byText('bố trí kinh phí');
    ws.editCommitments((list) =>
      list.splice(
        list.findIndex((c) => c.id === dropped.id),
        1,
      ),
    );
    ws.editSource((text) => text.replace('Tổ chức đào tạo', 'Tổ chức bồi dưỡng'));
    const run = ws.ingest();
    expect(run.status, run.stderr).toBe(0);
    expect(ws.commitments().some((c) => c.text.includes('bố trí kinh phí'))).toBe(false);
    expect(ws.byText('Tổ chức bồi dưỡng').id).toBeTruthy();
  });
});

describe('correcting an agency with an alias (README "Correct an agency")', () => {
  it('maps the other spelling to the right agency on the next ingest and does not recreate the duplicate', () => {
    // A second spelling of the same department that the converter cannot know.
    ws = new Workspace(SOURCE.replace('3. Sở Tài chính bố trí kinh phí', '3. Sở Thông tin - Truyền thông bố trí kinh phí'));
    expect(ws.ingest().status).toBe(0);
    const agencies = () =>
      readdirSync(ws.path('agencies'))
        .map((f) => f.replace(/\.yaml$/, ''))
        .sort();
    const right = agencies().find((id) => id.startsWith('so-thong-tin-va-truyen-thong'));
    const duplicate = agencies().find((id) => id.startsWith('so-thong-tin-truyen-thong'));
    if (!right || !duplicate) throw new Error(`expected two spellings among ${agencies().join(', ')}`);

    // Staff: alias on the right agency, commitments pointed at it, duplicate deleted.
    const agency = parse(ws.read(`agencies/${right}.yaml`)) as { aliases: string[] };
    ws.write(`agencies/${right}.yaml`, stringify({ ...agency, aliases: [...agency.aliases, 'Sở Thông tin - Truyền thông'] }));
    ws.write('commitments/ke-hoach-12.yaml', ws.read('commitments/ke-hoach-12.yaml').replaceAll(duplicate, right));
    rmSync(ws.path(`agencies/${duplicate}.yaml`));

    const again = ws.ingest();
    expect(again.status, again.stderr).toBe(0);
    expect(agencies()).not.toContain(duplicate);
    const leads = ws.commitments().flatMap((c) => c.lead);
    expect(leads).not.toContain(duplicate);
    expect(leads).toContain(right);
    expect((parse(ws.read(`agencies/${right}.yaml`)) as { aliases: string[] }).aliases).toContain('Sở Thông tin - Truyền thông');
  });
});
