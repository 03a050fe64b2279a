import { catalogue } from '../../../src/diagnostics/index.ts';
import { describe, expect, it } from 'vitest';
import { closeLinks } from './closure.ts';
import { extractText } from './test-helpers.ts';
import type { ExtractedCommitment } from './types.ts';

const DECISION = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  '',
  'Số: 170/QĐ-UBND',
  '',
  'Thử Nghiệm, ngày 21 tháng 11 năm 2025',
  '',
  'KẾ HOẠCH',
  'Triển khai chuyển đổi số năm 2026',
  '(Kèm theo Quyết định số 170/QĐ-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh)',
  '',
  'I. NHIỆM VỤ',
  '1. Sở Khoa học và Công nghệ chủ trì triển khai Quyết định số 170/QĐ-UBND ngày 21/11/2025 và Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trong năm 2026.',
].join('\n');

describe('referential closure', () => {
  it("drops a document's citation of itself and keeps its citations of others", async () => {
    const x = await extractText('quyet-dinh.txt', DECISION);
    const known = new Set(x.references.map((reference) => reference.id));
    const cited = x.commitments.flatMap((commitment) => commitment.references);
    expect(cited).toEqual(['57-nq-tw-2024']);
    expect(cited.every((id) => known.has(id))).toBe(true);
    expect(x.diagnostics.filter((d) => d.code === catalogue.LINK_DANGLING.code)).toEqual([]);
  });

  it('drops and reports links to entries the conversion does not hold', () => {
    const commitment: ExtractedCommitment = {
      id: 'd--c-1--1',
      block: 0,
      section: 'c-1',
      text: 'Sở Y tế chủ trì.',
      lead: ['so-y-te', 'khong-co'],
      partners: [],
      deadlines: [],
      themes: ['y-te'],
      targets: ['d--chi-tieu-9'],
      references: ['01-nq-cp-2023'],
      line: 3,
      order: 0,
    };
    const agency = { id: 'so-y-te', name: 'Sở Y tế', aliases: [], kind: 'department' as const, place: null, parent: null, successor: null };
    const { commitments, diagnostics } = closeLinks(
      [commitment],
      { references: [], agencies: [agency], targets: [], ownNumber: null },
      'd.txt',
    );
    expect(commitments[0]).toMatchObject({ lead: ['so-y-te'], targets: [], references: [] });
    expect(diagnostics.map((d) => d.field)).toEqual([
      'commitments[d--c-1--1].references',
      'commitments[d--c-1--1].lead',
      'commitments[d--c-1--1].targets',
    ]);
  });
});
