import { describe, expect, it } from 'vitest';
import { assignIds, freshId, matchEntries, normalizedText } from './identity.ts';

const text = { text: (e: Record<string, unknown>) => String(e.text) };
const entry = (id: string, words: string, section = 's') => ({ id, text: words, section });

const base = [
  entry('d--s--1', 'a) Hoàn thành việc đưa hệ thống thông tin giải quyết thủ tục hành chính vào vận hành.'),
  entry('d--s--2', 'b) Tổ chức đào tạo kỹ năng số cho cán bộ, công chức.'),
  entry('d--s--3', 'c) Xây dựng kho dữ liệu dùng chung của tỉnh.'),
];

describe('normalizedText', () => {
  it.each([
    ['a) Xây dựng kho dữ liệu.', 'xây dựng kho dữ liệu'],
    ['- Xây dựng  kho, dữ liệu;', 'xây dựng kho dữ liệu'],
    ['1.2. Xây dựng kho dữ liệu', 'xây dựng kho dữ liệu'],
    ['IV- Xây dựng kho dữ liệu', 'xây dựng kho dữ liệu'],
  ])('reads %j as %j', (input, expected) => expect(normalizedText(input)).toBe(expected));
});

describe('matchEntries', () => {
  it('matches by text whatever the position or list letter', () => {
    const fresh = [
      entry('d--s--1', 'a) Rà soát quy trình nội bộ trước khi số hóa.'),
      entry('d--s--2', 'b) Hoàn thành việc đưa hệ thống thông tin giải quyết thủ tục hành chính vào vận hành.'),
      entry('d--s--3', 'c) Xây dựng kho dữ liệu dùng chung của tỉnh.'),
      entry('d--s--4', 'd) Tổ chức đào tạo kỹ năng số cho cán bộ, công chức.'),
    ];
    expect([...matchEntries(base, fresh, text)].sort()).toEqual([
      [1, 'd--s--1'],
      [2, 'd--s--3'],
      [3, 'd--s--2'],
    ]);
  });

  it('matches a slightly reworded text, but not a different one', () => {
    const fresh = [entry('x', 'c) Xây dựng kho dữ liệu dùng chung của toàn tỉnh.'), entry('y', 'Tổ chức hội nghị sơ kết.')];
    expect([...matchEntries(base, fresh, text)]).toEqual([[0, 'd--s--3']]);
  });

  it('pairs repeated texts in order, preferring the same section', () => {
    const repeated = [entry('a', 'Tổ chức thực hiện.', 's1'), entry('b', 'Tổ chức thực hiện.', 's2')];
    const fresh = [entry('n1', 'Tổ chức thực hiện.', 's2'), entry('n2', 'Tổ chức thực hiện.', 's1')];
    expect([...matchEntries(repeated, fresh, text)]).toEqual([
      [0, 'b'],
      [1, 'a'],
    ]);
  });
});

describe('matchEntries with an exact part', () => {
  // Two figures of one sentence, as an older converter labelled them and as a newer one does.
  const sentence =
    'còn 1 chỉ tiêu gần đạt Nghị quyết (thu nhập bình quân đầu người, đạt 53 triệu đồng/người so với Nghị quyết đề ra là 55 triệu đồng/người).';
  const figure = (id: string, label: string, value: number) => ({ id, label, value, unit: 'triệu đồng/người', sentence });
  const identity = {
    text: (e: Record<string, unknown>) => `${String(e.sentence)} ${String(e.label)}`,
    exact: (e: Record<string, unknown>) => `${String(e.value)} ${String(e.unit)}`,
  };

  it('pairs a relabelled figure with the one of the same value, not with the most similar label', () => {
    const before = [
      figure('f--3', 'kết quả trong nhiệm kỳ (đạt)', 53),
      figure('f--4', 'đạt 53 triệu đồng/người so với Nghị quyết đề ra', 55),
    ];
    const after = [figure('f--1', 'đạt 53 triệu đồng/người so với Nghị quyết', 53)];
    expect([...matchEntries(before, after, identity)]).toEqual([[0, 'f--3']]);
  });

  it('never pairs figures whose values differ, however alike their words', () => {
    expect([...matchEntries([figure('f--3', 'thu nhập', 53)], [figure('f--1', 'thu nhập', 54)], identity)]).toEqual([]);
  });
});

describe('assignIds', () => {
  it('keeps matched ids and gives a new entry an id that no entry ever had', () => {
    const fresh = [entry('d--s--1', 'a) Rà soát quy trình nội bộ trước khi số hóa.'), { ...base[2]!, id: 'd--s--2' }];
    const renames = assignIds(base, fresh, text, new Set(base.map((e) => e.id)));
    expect(renames).toEqual(
      new Map([
        ['d--s--1', 'd--s--4'],
        ['d--s--2', 'd--s--3'],
      ]),
    );
  });
});

describe('freshId', () => {
  it('keeps a free id and numbers on after the highest taken one', () => {
    expect(freshId('d--c-1--2', new Set(['d--c-1--1']))).toBe('d--c-1--2');
    expect(freshId('d--c-1--2', new Set(['d--c-1--1', 'd--c-1--2', 'd--c-1--7']))).toBe('d--c-1--8');
    expect(freshId('d--chi-tieu-3', new Set(['d--chi-tieu-3']))).toBe('d--chi-tieu-4');
  });
});
