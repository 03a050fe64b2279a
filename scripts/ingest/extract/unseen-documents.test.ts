/**
 * Extraction over three fixtures in the style of documents the seed corpus lacks: a Prime
 * Minister's directive with one numbered task per agency, a provincial decision with its
 * attached plan, and a provincial Party committee resolution with numbered targets.
 */
import { describe, expect, it } from 'vitest';
import { cutAfterKnownName } from './agency-name.ts';
import { extractFile, nameOf } from './test-helpers.ts';

const FIXTURES = 'scripts/ingest/__fixtures__/documents';

describe('a Prime Minister directive (fixture)', async () => {
  const x = await extractFile(`${FIXTURES}/chi-thi-thu-tuong-tang-truong.fixture.txt`);
  const task = (text: string) => x.commitments.find((c) => c.text.includes(text));
  const leadNames = (text: string) => (task(text)?.lead ?? []).map((id) => nameOf(x, id));

  it('is national: placed where it was issued, its bodies in no province', () => {
    expect(x.place?.id).toBe('ha-noi');
    expect(x.agencies.filter((agency) => agency.kind === 'ministry').every((agency) => agency.place === null)).toBe(true);
  });

  it('ends the lead at the known agency name when the task starts with an unlisted verb', () => {
    expect(leadNames('chính sách tiền tệ')).toEqual(['Ngân hàng Nhà nước Việt Nam']);
    expect(task('chính sách tiền tệ')?.deadlines.map((d) => d.date)).toEqual(['2025-06-30']);
    expect(x.agencies.some((agency) => /tiền tệ/u.test(agency.name))).toBe(false);
  });

  it('gives the items under an agency line to that agency', () => {
    expect(leadNames('thị trường xăng dầu')).toEqual(['Bộ Công Thương']);
    expect(leadNames('Cắt giảm ít nhất 30%')).toEqual(['Các bộ, ngành']);
    expect(task('vốn đầu tư công')?.deadlines.map((d) => d.date)).toEqual(['2026-01-31']);
  });

  it('labels the growth target of the preamble by what is measured, not by "để đạt mục tiêu"', () => {
    expect(x.targets.map((t) => [t.label, t.low, t.unit])).toEqual([['tăng trưởng', 8, '%']]);
  });

  it('reads partners after the lead and the cited resolution', () => {
    expect(leadNames('tháo gỡ khó khăn')).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']);
    expect(task('tháo gỡ khó khăn')?.partners.map((id) => nameOf(x, id))).toEqual(['Bộ Tài chính']);
    expect(x.references.map((r) => r.number)).toEqual(['01/NQ-CP']);
  });
});

describe('cutting a subject after a known agency name', () => {
  it('cuts a lower-case continuation that belongs to no known name', () => {
    expect(cutAfterKnownName('Ngân hàng Nhà nước Việt Nam điều tiết lãi suất')).toBe('Ngân hàng Nhà nước Việt Nam');
    expect(cutAfterKnownName('Bộ Tài chính xem lại các khoản thu')).toBe('Bộ Tài chính');
  });

  it('keeps qualifiers and longer known names', () => {
    expect(cutAfterKnownName('Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh')).toBe('Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh');
    expect(cutAfterKnownName('Ủy ban nhân dân tỉnh Cà Mau')).toBe('Ủy ban nhân dân tỉnh Cà Mau');
    expect(cutAfterKnownName('Sở Y tế tỉnh')).toBe('Sở Y tế tỉnh');
  });
});

describe('a provincial Party committee resolution (fixture)', async () => {
  const x = await extractFile(`${FIXTURES}/nghi-quyet-tinh-uy.fixture.txt`);
  const task = (text: string) => x.commitments.find((c) => c.text.includes(text));

  it('reads the numbered targets with the period of their heading', () => {
    expect(x.targets.find((t) => t.label === 'Tỷ trọng du lịch trong GRDP')).toMatchObject({ low: 7, unit: '%', period: '2030' });
    expect(x.targets.find((t) => t.label === 'Tỷ lệ lao động du lịch qua đào tạo')).toMatchObject({ low: 70, comparator: 'min' });
  });

  it('labels targets without their list marker', () => {
    expect(x.targets.length).toBeGreaterThan(0);
    for (const target of x.targets) expect(target.label).not.toMatch(/^(?:\(\d+\)|[a-zđ]\)|\d+\.|[-+•])\s/u);
  });

  it('reads "Giao Ban cán sự đảng …" and Party bodies as leads', () => {
    expect((task('xây dựng kế hoạch thực hiện')?.lead ?? []).map((id) => nameOf(x, id))).toEqual(['Ban cán sự đảng Ủy ban nhân dân tỉnh']);
    expect(task('xây dựng kế hoạch thực hiện')?.deadlines.map((d) => d.date)).toEqual(['2025-09-30']);
    expect((task('quán triệt')?.partners ?? []).map((id) => nameOf(x, id))).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('a provincial decision with its attached plan and task table (fixture)', async () => {
  const x = await extractFile(`${FIXTURES}/quyet-dinh-ke-hoach-kem-theo.fixture.txt`);
  const task = (text: string) => x.commitments.find((c) => c.text.includes(text));
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => nameOf(x, id));

  it('reads the place and the plan targets', () => {
    expect(x.place?.id).toBe('nghe-an');
    expect(x.targets.map((t) => [t.label, t.low])).toEqual([
      ['Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến', 80],
      ['Tỷ trọng kinh tế số', 12],
    ]);
  });

  it('starts a task at each numbered table row, whatever verb opens it', () => {
    expect(names(task('Trung tâm điều hành thông minh')?.lead)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(task('Trung tâm điều hành thông minh')?.deadlines.map((d) => d.date)).toEqual(['2025-09-30']);
    const coverage = task('Phủ sóng 5G');
    // The lead cell names a body without a head word: it fills the lead column, so the next cell stays a partner.
    expect(names(coverage?.lead)).toEqual([]);
    expect(names(coverage?.partners)).toEqual(['Ban Quản lý Khu kinh tế Đông Nam']);
    expect(coverage?.deadlines.map((d) => d.date)).toEqual(['2025-12-31']);
  });
});
