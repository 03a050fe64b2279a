import { describe, expect, it } from 'vitest';
import { agencySuccession, attributions, basisFor, placeChange, predecessorsOf, provincesNamed } from './succession-view.ts';
import { fixtureCorpus } from './test-corpus.ts';
import { timingOf } from './timing-view.ts';

const PLAN = 'ca-mau-2023-01-ctr-01-ubnd';
const KHDT_BASIS =
  'Nghị định 45/2025/NĐ-CP (28/02/2025); nghị quyết HĐND từng tỉnh (vd. kỳ họp thứ 25 HĐND tỉnh Hậu Giang khóa X, 19/02/2025)';

// The fixture plus: the seed's legal basis on Sở KH&ĐT, a Hậu Giang department and Cần Thơ (which Hậu Giang became),
// Cần Thơ's own Sở Tài chính, and three commitments led by Sở KH&ĐT: due before the merger, due after it, and undated.
const corpus = fixtureCorpus({
  agencies: [
    {
      id: 'so-ke-hoach-va-dau-tu',
      data: {
        name: 'Sở Kế hoạch và Đầu tư',
        kind: 'department',
        place: 'ca-mau',
        successor: { name: 'Sở Tài chính', change: 'merged-into', effective: '2025-03-01', legal_basis: KHDT_BASIS },
      },
    },
    {
      id: 'so-ke-hoach-va-dau-tu-hau-giang',
      data: {
        name: 'Sở Kế hoạch và Đầu tư',
        kind: 'department',
        place: 'hau-giang',
        successor: { name: 'Sở Tài chính', change: 'merged-into', effective: '2025-03-01', legal_basis: KHDT_BASIS },
      },
    },
    { id: 'so-tai-chinh-can-tho', data: { name: 'Sở Tài chính', kind: 'department', place: 'can-tho' } },
    {
      id: 'so-noi-vu',
      data: {
        name: 'Sở Nội vụ',
        kind: 'department',
        place: 'ca-mau',
        successor: { name: 'Sở Dân tộc và Tôn giáo', change: 'functions-moved', effective: '2025-03-01' },
      },
    },
  ],
  places: [{ id: 'can-tho', data: { name: 'Cần Thơ', full_name: 'thành phố Cần Thơ', kind: 'thanh-pho' } }],
  commitments: [
    ['before', [{ date: '2023-12-31', phrase: 'trong năm 2023' }]],
    ['after', [{ date: '2025-12-31', phrase: 'trước ngày 31/12/2025' }]],
    ['open', []],
  ].map(([name, deadlines], i) => ({
    id: `${PLAN}--khdt-${name as string}`,
    data: {
      document: PLAN,
      text: `Việc ${name as string} của Sở Kế hoạch và Đầu tư.`,
      lead: ['so-ke-hoach-va-dau-tu'],
      deadlines,
      themes: ['chi-dao-dieu-hanh'],
      order: 100 + i,
      line: 500 + i,
    },
  })),
});
const agency = (id: string) => corpus.agencies.get(id)!;
const place = (id: string) => corpus.places.get(id)!;

describe('basisFor', () => {
  it('drops another province’s example and names the province’s own council', () => {
    expect(basisFor(KHDT_BASIS, place('ca-mau'))).toBe('Nghị định 45/2025/NĐ-CP (28/02/2025); nghị quyết HĐND tỉnh Cà Mau');
  });

  it('keeps the example where it is the province’s own', () => {
    expect(basisFor(KHDT_BASIS, place('hau-giang'))).toBe(
      'Nghị định 45/2025/NĐ-CP (28/02/2025); nghị quyết HĐND tỉnh Hậu Giang (vd. kỳ họp thứ 25 HĐND tỉnh Hậu Giang khóa X, 19/02/2025)',
    );
  });

  it('drops a whole part about another province, keeps the one about what the province became', () => {
    const basis = 'Nghị quyết 202/2025/QH15; Nghị quyết 1668/NQ-UBTVQH15 (16/6/2025) sắp xếp đơn vị hành chính cấp xã của TP Cần Thơ (mới)';
    expect(basisFor(basis, place('ca-mau'))).toBe('Nghị quyết 202/2025/QH15');
    expect(basisFor(basis, place('hau-giang'), ['Cần Thơ'])).toBe(basis);
  });

  it('returns null when nothing concerns the province, and the text itself for national bodies', () => {
    expect(basisFor('Nghị quyết HĐND tỉnh Hậu Giang (kỳ họp thứ 25)', place('ca-mau'))).toBeNull();
    expect(basisFor(KHDT_BASIS, null)).toBe(KHDT_BASIS);
    expect(basisFor(undefined, place('ca-mau'))).toBeNull();
  });

  it('finds province names after tỉnh, thành phố and TP', () => {
    expect(provincesNamed('Sở Tài chính tỉnh Bạc Liêu; Sở Y tế thành phố Cần Thơ; TP Hồ Chí Minh; các tỉnh, thành phố')).toEqual([
      'Bạc Liêu',
      'Cần Thơ',
      'Hồ Chí Minh',
    ]);
  });
});

describe('placeChange', () => {
  it('gives a province that kept its name a change too (it was reorganised), without a successor page', () => {
    expect(placeChange(corpus, place('ca-mau'))).toMatchObject({ merged: false, fullName: 'tỉnh Cà Mau', successor: null, together: [] });
  });

  it('links a merged province to the unit it became when the site has it', () => {
    const change = placeChange(corpus, place('hau-giang'));
    expect(change).toMatchObject({ merged: true, fullName: 'thành phố Cần Thơ', effective: '2025-07-01' });
    expect(change?.successor?.id).toBe('can-tho');
  });

  it('says nothing for a province that was not reorganised', () => {
    expect(placeChange(corpus, place('can-tho'))).toBeNull();
  });
});

describe('agencySuccession', () => {
  it('links a merged department to its successor of the same province, with the province’s basis', () => {
    const [step, ...rest] = agencySuccession(corpus, agency('so-ke-hoach-va-dau-tu'));
    expect(rest).toEqual([]);
    expect(step).toMatchObject({ change: 'merged-into', effective: '2025-03-01', label: 'Sở Tài chính (Cà Mau)', byPlace: false });
    expect(step?.agency?.id).toBe('so-tai-chinh');
    expect(step?.legalBasis).not.toContain('Hậu Giang');
  });

  it('follows a department of a merged province into the new province', () => {
    const steps = agencySuccession(corpus, agency('so-ke-hoach-va-dau-tu-hau-giang'));
    expect(steps.map((s) => [s.effective, s.label, s.agency?.id ?? null, s.byPlace])).toEqual([
      ['2025-03-01', 'Sở Tài chính (Hậu Giang)', null, false],
      ['2025-07-01', 'Sở Tài chính (Cần Thơ)', 'so-tai-chinh-can-tho', true],
    ]);
  });

  it('lists the bodies whose tasks an agency took over, and none for a body that only received functions', () => {
    expect(predecessorsOf(corpus, agency('so-tai-chinh')).map((p) => p.agency.id)).toEqual(['so-ke-hoach-va-dau-tu']);
    expect(predecessorsOf(corpus, agency('so-tai-chinh-can-tho')).map((p) => p.agency.id)).toEqual(['so-ke-hoach-va-dau-tu-hau-giang']);
    expect(predecessorsOf(corpus, agency('so-tu-phap'))).toEqual([]);
  });
});

describe('attributions', () => {
  const of = (name: string) => {
    const c = corpus.commitments.get(`${PLAN}--khdt-${name}`)!;
    return attributions(corpus, c, timingOf(c));
  };

  it('leaves a task due before the merger with the old body', () => {
    expect(of('before')).toMatchObject([{ due: 'before', lastDue: '2023-12-31', now: 'Sở Tài chính (Cà Mau)' }]);
  });

  it('passes a task due after the merger, or never due, to the successor', () => {
    expect(of('after')).toMatchObject([{ due: 'after', now: 'Sở Tài chính (Cà Mau)' }]);
    expect(of('open')).toMatchObject([{ due: 'after', lastDue: null }]);
  });

  it('says nothing for lead agencies that were not reorganised', () => {
    const c = corpus.commitments.get(`${PLAN}--c-3-1-b--1`)!;
    expect(attributions(corpus, c, timingOf(c))).toEqual([]);
  });

  it('keeps a body that only lost some functions answerable', () => {
    const c = { ...corpus.commitments.get(`${PLAN}--c-3-1-b--1`)!, lead: ['so-noi-vu'] };
    expect(attributions(corpus, c, [])).toMatchObject([{ due: 'functions', now: 'Sở Dân tộc và Tôn giáo (Cà Mau)' }]);
  });
});
