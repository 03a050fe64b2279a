import { describe, expect, it } from 'vitest';
import { differingParts } from './conflicts.ts';
import { mergeEntity, mergeEntityList, sameValue } from './merge.ts';

/** The merge policy of commitments in the registry. */
const COMMITMENTS = { setFields: ['themes'], staffFields: ['status', 'status_history'] };

/** A commitment as the converter writes it (trimmed to the fields that matter here). */
const generated = {
  id: 'ctr-01-c-003',
  text: 'Sở Tài chính chủ trì, phối hợp với Cục Thuế tỉnh tăng cường quản lý thu ngân sách.',
  lead: ['so-tai-chinh'],
  partners: ['cuc-thue-tinh'],
  themes: ['tai-chinh-cong'],
  deadlines: [] as { date: string; phrase: string }[],
  status: 'chua-cap-nhat',
  status_history: [] as { date: string; status: string; note: string }[],
  order: 3,
};
type C = typeof generated;
const edit = (patch: Partial<C>): C => ({ ...generated, ...patch });

describe('mergeEntity', () => {
  it('takes the new conversion when nobody edited the file', () => {
    const theirs = edit({ text: 'Sở Tài chính chủ trì tăng cường quản lý thu ngân sách nhà nước.' });
    expect(mergeEntity(generated, generated, theirs, COMMITMENTS)).toEqual({ value: theirs, conflicts: [] });
  });

  it('keeps a corrected lead agency when the source did not change that field', () => {
    const ours = edit({ lead: ['so-tai-chinh', 'cuc-thue-tinh'], partners: [] });
    const theirs = edit({ text: 'Sở Tài chính chủ trì, phối hợp với Cục Thuế tỉnh tăng cường quản lý thu.' });
    const { value, conflicts } = mergeEntity(generated, ours, theirs, COMMITMENTS);
    expect(value.lead).toEqual(['so-tai-chinh', 'cuc-thue-tinh']);
    expect(value.partners).toEqual([]);
    expect(value.text).toBe(theirs.text);
    expect(conflicts).toEqual([]);
  });

  it('keeps a status and its dated history, which only people write', () => {
    const ours = edit({
      status: 'hoan-thanh',
      status_history: [{ date: '2024-07-05', status: 'hoan-thanh', note: 'Đã ban hành Kế hoạch số 12/KH-UBND' }],
    });
    const theirs = edit({ order: 4 });
    const { value } = mergeEntity(generated, ours, theirs, COMMITMENTS);
    expect(value).toMatchObject({ status: 'hoan-thanh', order: 4 });
    expect(value.status_history).toHaveLength(1);
  });

  it('keeps an added theme even when the converter changes the themes too', () => {
    const ours = edit({ themes: ['tai-chinh-cong', 'cai-cach-hanh-chinh'] });
    const theirs = edit({ themes: ['tai-chinh-cong', 'kinh-te'] });
    const { value, conflicts } = mergeEntity(generated, ours, theirs, COMMITMENTS);
    expect(value.themes).toEqual(['tai-chinh-cong', 'kinh-te', 'cai-cach-hanh-chinh']);
    expect(conflicts).toEqual([]);
  });

  it('applies a theme a person removed on top of the new list', () => {
    const ours = edit({ themes: [] });
    const theirs = edit({ themes: ['tai-chinh-cong', 'kinh-te'] });
    expect(mergeEntity(generated, ours, theirs, COMMITMENTS).value.themes).toEqual(['kinh-te']);
  });

  it('reports a field both sides changed differently and keeps the edited value', () => {
    const ours = edit({ text: 'Sở Tài chính chủ trì tăng cường quản lý thu ngân sách (đã sửa lỗi chính tả).' });
    const theirs = edit({ text: 'Sở Tài chính chủ trì tăng cường quản lý thu ngân sách năm 2024.' });
    const { value, conflicts } = mergeEntity(generated, ours, theirs, COMMITMENTS);
    expect(value.text).toBe(ours.text);
    expect(conflicts).toEqual([{ kind: 'merge-conflict', id: 'ctr-01-c-003', field: 'text', ours: ours.text, theirs: theirs.text }]);
  });

  it('keeps a corrected lead as written when the converter changes the lead too, and reports it', () => {
    // The heading above now names two agencies; the person had corrected the lead to a third.
    const ours = edit({ lead: ['so-noi-vu'] });
    const theirs = edit({ lead: ['so-tai-chinh', 'so-khoa-hoc-va-cong-nghe'] });
    const { value, conflicts } = mergeEntity(generated, ours, theirs, COMMITMENTS);
    expect(value.lead).toEqual(['so-noi-vu']);
    expect(conflicts).toEqual([{ kind: 'merge-conflict', id: 'ctr-01-c-003', field: 'lead', ours: ['so-noi-vu'], theirs: theirs.lead }]);
  });

  it('merges nested objects field by field', () => {
    const base = { id: 'd', source: { file: 'a.txt', url: 'https://a' } };
    const ours = { id: 'd', source: { file: 'a.txt', url: 'https://b' } };
    const theirs = { id: 'd', source: { file: 'a2.txt', url: 'https://a' } };
    expect(mergeEntity(base, ours, theirs)).toEqual({ value: { id: 'd', source: { file: 'a2.txt', url: 'https://b' } }, conflicts: [] });
  });

  it('keeps fields only a person wrote and drops fields the converter stopped writing', () => {
    const base = { id: 'a', name: 'Sở Tài chính', abbreviation: 'STC' };
    const ours = { id: 'a', name: 'Sở Tài chính', abbreviation: 'STC', successor: null };
    const theirs = { id: 'a', name: 'Sở Tài chính' };
    expect(mergeEntity(base, ours, theirs).value).toEqual({ id: 'a', name: 'Sở Tài chính', successor: null });
  });

  it('without a base snapshot keeps differing values and reports them', () => {
    const ours = edit({ lead: ['ubnd-tinh'] });
    const { value, conflicts } = mergeEntity(undefined, ours, generated, COMMITMENTS);
    expect(value.lead).toEqual(['ubnd-tinh']);
    expect(conflicts.map((c) => c.field)).toEqual(['lead']);
    const text = mergeEntity(undefined, edit({ text: 'khác' }), generated, COMMITMENTS);
    expect(text.conflicts.map((c) => c.field)).toEqual(['text']);
  });

  it('takes the new conversion for a file that does not exist yet', () => {
    expect(mergeEntity(undefined, undefined, generated)).toEqual({ value: generated, conflicts: [] });
  });
});

describe('mergeEntityList', () => {
  const a = { id: 'a', text: 'một' };
  const b = { id: 'b', text: 'hai' };
  const c = { id: 'c', text: 'ba' };

  it('adds new entities and drops untouched ones the source no longer yields', () => {
    const { value, conflicts } = mergeEntityList([a, b], [a, b], [a, c]);
    expect(value).toEqual([a, c]);
    expect(conflicts).toEqual([]);
  });

  it('keeps an entity a person added, after the one it followed', () => {
    const mine = { id: 'x', text: 'do người thêm' };
    expect(mergeEntityList([a, b], [a, mine, b], [a, b, c]).value.map((e) => e.id)).toEqual(['a', 'x', 'b', 'c']);
    expect(mergeEntityList([a], [mine, a], [a]).value.map((e) => e.id)).toEqual(['x', 'a']);
  });

  it('keeps an edited entity the source no longer yields and reports it', () => {
    const edited = { id: 'b', text: 'hai (đã sửa)' };
    const { value, conflicts } = mergeEntityList([a, b], [a, edited], [a]);
    expect(value).toEqual([a, edited]);
    expect(conflicts).toEqual([{ kind: 'unplaced-edit', id: 'b', field: '*', ours: edited, theirs: undefined }]);
  });

  it('keeps an entity a person deleted deleted, even when the source changes it', () => {
    expect(mergeEntityList([a, b], [a], [a, b]).value).toEqual([a]);
    expect(mergeEntityList([a, b], [a], [a, { id: 'b', text: 'hai mới' }]).value).toEqual([a]);
  });

  it('takes the whole new list when there is no file yet', () => {
    expect(mergeEntityList(undefined, undefined, [a, b]).value).toEqual([a, b]);
  });
});

describe('differingParts', () => {
  it('shows where two long texts differ, with some context', () => {
    const base = 'Ủy ban nhân dân các huyện, thị xã, thành phố triển khai các giải pháp bảo đảm an toàn thông tin mạng.';
    expect(differingParts(base.replace('mạng.', 'mạng (sửa).'), base.replace('an toàn thông tin', 'an toàn, an ninh'))).toEqual([
      '…pháp bảo đảm an toàn thông tin mạng (sửa).',
      '…pháp bảo đảm an toàn, an ninh mạng.',
    ]);
  });

  it('keeps short texts whole', () => {
    expect(differingParts('Sở Y tế', 'Sở Tài chính')).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });
});

describe('sameValue', () => {
  it('ignores key order but not list order', () => {
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(undefined, null)).toBe(false);
  });
});
