/**
 * Extraction over the embedded seeds (content/sources), parsed by the real normalise and
 * parse stages: the facts issue 3 asks for.
 */
import { describe, expect, it } from 'vitest';
import { extractFile, nameOf } from './test-helpers.ts';

describe('the 2023 Cà Mau action programme', async () => {
  const x = await extractFile('content/sources/ca-mau-2023-01-ctr-01-ubnd.txt');

  it('yields at least 150 commitments, almost all with a lead agency', () => {
    expect(x.commitments.length).toBeGreaterThanOrEqual(150);
    expect(x.commitments.filter((c) => c.lead.length > 0).length / x.commitments.length).toBeGreaterThan(0.85);
  });

  it('leads the budget-revenue tasks under 1.1 by both Sở Tài chính and Cục Thuế tỉnh', () => {
    const revenue = x.commitments.find((c) => c.text.includes('Tăng cường quản lý thu ngân sách nhà nước'));
    expect(revenue?.lead.map((id) => nameOf(x, id)).sort()).toEqual(['Cục Thuế tỉnh', 'Sở Tài chính']);
  });

  it('keeps one agency per real agency (no case or spelling duplicates)', () => {
    const names = x.agencies.map((agency) => agency.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const agriculture = x.agencies.filter((agency) => /nông nghiệp và phát triển nông thôn/iu.test(agency.name));
    expect(agriculture).toHaveLength(1);
  });

  it('gives Cà Mau agencies a place and a province-specific id', () => {
    const finance = x.agencies.find((agency) => agency.name === 'Sở Tài chính');
    expect(finance).toMatchObject({
      id: 'so-tai-chinh-ca-mau',
      place: 'ca-mau',
      kind: 'department',
      parent: 'uy-ban-nhan-dan-tinh-ca-mau',
    });
    expect(x.agencies.some((agency) => agency.id === 'uy-ban-nhan-dan-tinh-ca-mau')).toBe(true);
  });

  it('marks collective actors as groups', () => {
    const groups = x.agencies.filter((agency) => agency.kind === 'group').map((agency) => agency.name);
    expect(groups).toEqual(expect.arrayContaining(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố']));
  });

  it('finds the deadlines 2023-01-31 and 2023-12-20 with their phrases', () => {
    const deadlines = x.commitments.flatMap((c) => c.deadlines);
    expect(deadlines.map((d) => d.date)).toEqual(expect.arrayContaining(['2023-01-31', '2023-12-20']));
    expect(deadlines.find((d) => d.date === '2023-01-31')?.phrase).toMatch(/31\/01\/2023/u);
  });

  it('finds the documents it cites, with issuers inferred from their numbers', () => {
    const government = x.references.find((reference) => reference.number === '01/NQ-CP');
    expect(government).toMatchObject({ type: 'Nghị quyết', issuer: 'Chính phủ' });
    expect(x.references.length).toBeGreaterThanOrEqual(10);
    expect(x.commitments.some((c) => c.references.length > 0)).toBe(true);
  });

  it('gives every commitment at least one theme and never a descriptive "Mục đích, yêu cầu" item', () => {
    expect(x.commitments.every((c) => c.themes.length > 0)).toBe(true);
    expect(x.commitments.some((c) => c.text.startsWith('1. Quán triệt và chỉ đạo'))).toBe(false);
  });

  it('lets the items under "1. Căn cứ …, yêu cầu Thủ trưởng các sở, ban, ngành tỉnh … :" inherit those agencies', () => {
    const item = x.commitments.find((c) => c.text.startsWith('1.1. Xây dựng, ban hành các văn bản cụ thể'));
    expect(item?.lead.map((id) => nameOf(x, id))).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố']);
    expect(item?.deadlines.map((d) => d.date)).toContain('2023-01-31');
  });

  it('treats "Nơi nhận" recipients as non-commitments', () => {
    expect(x.commitments.some((c) => /Nơi nhận|^- Lưu/u.test(c.text))).toBe(false);
  });
});

describe('the Hậu Giang political report', async () => {
  const x = await extractFile('content/sources/hau-giang-2020-bao-cao-chinh-tri-xiv.txt');
  const numbered = x.targets.filter((target) => /^\(\d+\)/u.test(target.sentence));

  it('yields its 11 numbered targets', () => {
    const items = new Set(numbered.map((target) => /^\((\d+)\)/u.exec(target.sentence)?.[1]));
    expect([...items].sort((a, b) => Number(a) - Number(b))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it.each([
    ['Tốc độ tăng trưởng kinh tế', 6.3, 6.7, '%/năm'],
    ['Thu nhập bình quân đầu người', 80, 87, 'triệu đồng/người'],
    ['Số doanh nghiệp được thành lập mới', 1000, 1000, 'doanh nghiệp'],
    ['Tỷ lệ người tham gia bảo hiểm y tế', 95, 95, '%'],
  ])('reads "%s" as %s–%s %s for 2020-2025', (label, low, high, unit) => {
    expect(numbered.find((target) => target.label.startsWith(label))).toMatchObject({ low, high, unit, period: '2020-2025' });
  });

  it('does not take the results of the past term for targets', () => {
    expect(x.targets.some((target) => /đạt và vượt 17/u.test(target.sentence))).toBe(false);
  });

  it('places the document in Hậu Giang with its 2025 successor', () => {
    expect(x.place).toMatchObject({ id: 'hau-giang', name: 'Hậu Giang', successor: { name: 'Cần Thơ' } });
  });
});

describe('the news reports', async () => {
  const results2020 = await extractFile('content/sources/ca-mau-2021-01-hoi-nghi-kt-xh-2020.txt');
  const halfYear2024 = await extractFile('content/sources/ca-mau-2024-07-sau-thang-dau-nam.txt');

  it('reports 13/15 indicators met and the poverty rate of 1,57% in 2020', () => {
    expect(results2020.actuals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 13, unit: '/15 chỉ tiêu', as_of: '2020-12-31' }),
        expect.objectContaining({ value: 1.57, unit: '%' }),
      ]),
    );
  });

  it('reports GRDP growth of 6,96% for the first half of 2024', () => {
    expect(halfYear2024.actuals).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 6.96, unit: '%', as_of: '2024-06-30' })]),
    );
  });

  it('takes the directions for the rest of the year, not the report of the event', () => {
    expect(halfYear2024.commitments.some((c) => c.text.startsWith('Ưu tiên hàng đầu'))).toBe(true);
    expect(halfYear2024.commitments.some((c) => /^Chiều 5\/7|phát biểu chỉ đạo tại hội nghị/u.test(c.text))).toBe(false);
    expect(results2020.commitments.some((c) => c.lead.length > 0 && /đề nghị/u.test(c.text))).toBe(true);
  });

  it('names the people of the news text', () => {
    expect(results2020.people).toContain('Nguyễn Tiến Hải');
  });
});
