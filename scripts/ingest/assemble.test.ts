import { catalogue } from '../../src/diagnostics/index.ts';
import { describe, expect, it } from 'vitest';
import { assemble } from './assemble.ts';
import type { Extraction } from './extract/types.ts';
import { normalize } from './normalize.ts';
import { parse } from './parse/index.ts';

const parsed = parse(
  normalize(
    'x.txt',
    'ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nSố: 1/KH-UBND\nCà Mau, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH THỬ\n\nI. NHIỆM VỤ\n\n1. Sở Tài chính chủ trì thu ngân sách.\n',
  ),
);
const empty: Extraction = {
  commitments: [],
  agencies: [],
  targets: [],
  actuals: [],
  references: [],
  place: null,
  province: null,
  issuerAgency: null,
  people: [],
  diagnostics: [],
};
const commitment = (id: string, themes: string[]) => ({
  id,
  block: 1,
  section: 'i',
  text: '1. Sở Tài chính chủ trì thu ngân sách.',
  lead: [],
  partners: [],
  deadlines: [],
  themes,
  targets: [],
  references: [],
  line: 7,
  order: 0,
});

describe('assemble', () => {
  it('builds the document, its sections with ids, and applies the sidecar', () => {
    const doc = assemble('ke-hoach-thu', 'content/sources/ke-hoach-thu.txt', parsed, empty, {
      url: 'https://example.org/kh',
      document: { period: '2023-2025' },
    });
    expect(doc.document).toMatchObject({
      number: '1/KH-UBND',
      issued: '2023-03-02',
      period: '2023-2025',
      source: { file: 'content/sources/ke-hoach-thu.txt', url: 'https://example.org/kh' },
    });
    expect(doc.sections.map((s) => [s.id, s.parent])).toEqual([['ke-hoach-thu--i', null]]);
    expect(doc.diagnostics).toEqual([]);
  });

  it('reports a schema violation with the collection, id and field before anything is written', () => {
    const doc = assemble('ke-hoach-thu', 'content/sources/ke-hoach-thu.txt', parsed, {
      ...empty,
      commitments: [commitment('ke-hoach-thu--i--1', [])],
    });
    expect(doc.diagnostics.map((d) => [d.code, d.field])).toEqual([
      [catalogue.CONVERTED_INVALID.code, 'commitments[ke-hoach-thu--i--1].themes'],
    ]);
  });

  it('reports two entities with the same id', () => {
    const twice = [commitment('ke-hoach-thu--i--1', ['tai-chinh']), commitment('ke-hoach-thu--i--1', ['tai-chinh'])];
    const doc = assemble('ke-hoach-thu', 'content/sources/ke-hoach-thu.txt', parsed, { ...empty, commitments: twice });
    expect(doc.diagnostics.map((d) => [d.code, d.field])).toEqual([[catalogue.ID_DUPLICATE.code, 'commitments[1].id']]);
  });

  it('refuses a file that holds only web boilerplate, saying so', () => {
    const onlyChrome = parse(normalize('x.txt', 'Đang tải nội dung, vui lòng chờ giây lát...\n0:00 / 0:00\n'));
    const doc = assemble('x', 'content/sources/x.txt', onlyChrome, empty);
    expect(doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([catalogue.INPUT_NO_TEXT.code]);
  });
});
