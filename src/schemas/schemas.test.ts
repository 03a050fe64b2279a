import { describe, expect, it } from 'vitest';
import { isRealIsoDate, schemas } from './index.ts';

/** Formats zod issues as "path: message" lines, the way the validator prints them. */
function issuesOf(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const validCommitment = {
  document: 'ca-mau-2023-01-ctr-01-ubnd',
  section: 'ca-mau-2023-01-ctr-01-ubnd--b-i-1-1',
  text: 'Phấn đấu thu ngân sách nhà nước năm 2023 đạt và vượt dự toán được giao.',
  lead: ['so-tai-chinh', 'cuc-thue-tinh-ca-mau'],
  partners: ['cac-so-ban-nganh-tinh'],
  deadlines: [{ date: '2023-01-31', phrase: 'trước ngày 31/01/2023' }],
  themes: ['tai-chinh-ngan-sach'],
  order: 3,
  line: 42,
};

describe('commitment schema', () => {
  it('accepts a valid commitment and fills defaults', () => {
    const parsed = schemas.commitments.parse(validCommitment);
    expect(parsed.status).toBe('chua-cap-nhat');
    expect(parsed.status_history).toEqual([]);
    expect(parsed.references).toEqual([]);
  });

  it('rejects a commitment without themes, naming the field', () => {
    expect(issuesOf(schemas.commitments, { ...validCommitment, themes: [] })).toEqual(['themes: needs at least one theme']);
  });

  it('rejects an agency id that is not an ASCII slug', () => {
    expect(issuesOf(schemas.commitments, { ...validCommitment, lead: ['Sở Tài chính'] })).toEqual([
      'lead.0: must be an ASCII slug (lower-case a-z, 0-9 and hyphens, e.g. "so-tai-chinh")',
    ]);
  });

  it('rejects a deadline that does not exist in the calendar', () => {
    const value = { ...validCommitment, deadlines: [{ date: '2023-02-30', phrase: 'ngày 30/02/2023' }] };
    expect(issuesOf(schemas.commitments, value)).toEqual(['deadlines.0.date: is not a date that exists in the calendar']);
  });

  it('rejects text that is not NFC', () => {
    const value = { ...validCommitment, text: 'Sở Tài chính'.normalize('NFD') };
    expect(issuesOf(schemas.commitments, value)[0]).toMatch(/^text: must be Unicode NFC/);
  });

  it('accepts a status history entry and rejects an unknown status', () => {
    const history = [{ date: '2024-07-05', status: 'dang-thuc-hien', note: 'Đã triển khai' }];
    expect(schemas.commitments.parse({ ...validCommitment, status_history: history }).status_history).toHaveLength(1);
    const bad = issuesOf(schemas.commitments, { ...validCommitment, status: 'done' });
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^status: /);
  });
});

describe('date fields', () => {
  it('accepts a JS Date (as js-yaml produces) and outputs the ISO string', () => {
    const parsed = schemas.references.parse({ number: '01/NQ-CP', date: new Date('2023-01-06T00:00:00Z') });
    expect(parsed.date).toBe('2023-01-06');
  });

  it.each([
    ['2023-01-31', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['31/01/2023', false],
  ])('isRealIsoDate(%s) is %s', (text, expected) => {
    expect(isRealIsoDate(text)).toBe(expected);
  });
});

describe('agency schema', () => {
  it('accepts a group agency with aliases', () => {
    const parsed = schemas.agencies.parse({ name: 'Các sở, ban, ngành tỉnh', kind: 'group', aliases: ['các sở, ngành'] });
    expect(parsed.place).toBeNull();
  });

  it('rejects an unknown kind, listing the allowed ones', () => {
    const issues = issuesOf(schemas.agencies, { name: 'Sở Tài chính', kind: 'sở' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^kind: .*"department"/);
  });

  it('rejects an empty name', () => {
    expect(issuesOf(schemas.agencies, { name: '  ', kind: 'department' })).toEqual(['name: must not be empty']);
  });
});

describe('document schema', () => {
  const validDocument = {
    number: '01/CTr-UBND',
    type: 'Chương trình hành động',
    kind: 'plan',
    issuer: 'Ủy ban nhân dân tỉnh Cà Mau',
    place: 'ca-mau',
    issued: '2023-01-19',
    signer: 'Lâm Văn Bi',
    title: 'Chương trình hành động thực hiện Nghị quyết …',
    source: { file: 'content/sources/ca-mau-2023-01-ctr-01-ubnd.txt' },
  };

  it('accepts a valid document', () => {
    expect(schemas.documents.parse(validDocument).footnotes).toEqual([]);
  });

  it('rejects an unknown kind and a missing title', () => {
    const issues = issuesOf(schemas.documents, { ...validDocument, kind: 'memo', title: undefined });
    expect(issues.map((i) => i.split(':')[0]).sort()).toEqual(['kind', 'title']);
  });
});

describe('target and actual schemas', () => {
  it('accepts a range target', () => {
    const target = schemas.targets.parse({
      document: 'hau-giang-2020-bao-cao-chinh-tri-xiv',
      label: 'Tốc độ tăng trưởng kinh tế bình quân',
      low: 6.3,
      high: 6.7,
      unit: '%/năm',
      period: '2020-2025',
      sentence: '(1) Tốc độ tăng trưởng kinh tế bình quân từ 6,3 - 6,7%/năm.',
      order: 0,
    });
    expect(target.comparator).toBe('about');
  });

  it('rejects an actual without a numeric value', () => {
    const issues = issuesOf(schemas.actuals, {
      document: 'x',
      label: 'GRDP',
      value: '6,96',
      unit: '%',
      as_of: null,
      sentence: 'GRDP tăng 6,96%.',
      order: 0,
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^value: /);
  });
});
