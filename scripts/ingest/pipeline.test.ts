/**
 * Whole-pipeline tests on the seed documents and on two fixtures written in the style of
 * real documents (a national resolution with Bộ/Chính phủ, a provincial plan in scraped
 * markdown with Phần/Chương/1)/+ numbering). Entity facts come from the extraction stage.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextBlock } from '../../src/schemas/index.ts';
import type { ConvertedDocument } from './assemble.ts';
import { convertFile } from './pipeline.ts';
import { missingSentences } from './testing/nothing-lost.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = path.join(ROOT, 'content/sources');
const FIXTURES = path.join(import.meta.dirname, '__fixtures__/documents');

async function convert(file: string): Promise<ConvertedDocument> {
  const result = await convertFile(file, path.join(ROOT, 'content'), path.relative(ROOT, file));
  if ('diagnostics' in result) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.converted;
}

const docs = new Map<string, ConvertedDocument>();
const sourceFiles: string[] = [];

beforeAll(async () => {
  for (const dir of [SOURCES, FIXTURES]) {
    for (const name of (await readdir(dir)).filter((n) => /\.(txt|md)$/.test(n)).sort()) {
      const file = path.join(dir, name);
      sourceFiles.push(file);
      docs.set(name.replace(/\.(txt|md)$/, ''), await convert(file));
    }
  }
});

const doc = (name: string) => docs.get(name)!;
const leadsOf = (d: ConvertedDocument, id: string) => {
  const names = new Map(d.agencies.map((a) => [a.id, a.name]));
  return (d.commitments.find((c) => c.id === id)?.lead as string[]).map((l) => names.get(l));
};

/** The text blocks of a converted document (content/texts/<id>.yaml). */
const blocksOf = (d: ConvertedDocument) => d.text.blocks as (TextBlock & { anchor?: string; level?: number })[];

describe('the 2023 Cà Mau action programme', () => {
  it('yields its number, date, issuer and signer', () => {
    expect(doc('ca-mau-2023-01-ctr-01-ubnd').document).toMatchObject({
      number: '01/CTr-UBND',
      issued: '2023-01-19',
      issuer: 'Ủy ban nhân dân tỉnh Cà Mau',
      signer: 'Huỳnh Quốc Việt',
      kind: 'plan',
      type: 'Chương trình hành động',
    });
  });

  it('yields at least 150 commitments, the budget tasks under C.1.1 led by Sở Tài chính and Cục Thuế', () => {
    const d = doc('ca-mau-2023-01-ctr-01-ubnd');
    expect(d.commitments.length).toBeGreaterThanOrEqual(150);
    const first = d.commitments.find((c) => c.section === 'ca-mau-2023-01-ctr-01-ubnd--c-1-1')!;
    expect(leadsOf(d, first.id)).toEqual(['Sở Tài chính', 'Cục Thuế tỉnh']);
  });

  it('yields the deadlines 2023-01-31 and 2023-12-20 and 5 footnotes', () => {
    const d = doc('ca-mau-2023-01-ctr-01-ubnd');
    const dates = new Set(d.commitments.flatMap((c) => (c.deadlines as { date: string }[]).map((x) => x.date)));
    expect(dates).toContain('2023-01-31');
    expect(dates).toContain('2023-12-20');
    expect((d.document.footnotes as unknown[]).length).toBe(5);
    expect(blocksOf(d).some((b) => b.text.includes('Hội đồng nhân dân tỉnh (1)'))).toBe(true);
  });

  it('never turns a "Nơi nhận" recipient into a commitment', () => {
    const d = doc('ca-mau-2023-01-ctr-01-ubnd');
    expect(d.document.recipients).toContain('Văn phòng Chính phủ (b/c);');
    expect(d.commitments.some((c) => String(c.text).includes('(b/c)'))).toBe(false);
  });

  it('gives sections anchors from the numbering path and headings one level below the page title', () => {
    const d = doc('ca-mau-2023-01-ctr-01-ubnd');
    expect(d.sections.map((s) => s.anchor)).toEqual(expect.arrayContaining(['a', 'c', 'c-1', 'c-1-1', 'c-3-1-a', 'c-5-4-dd']));
    expect(blocksOf(d)).toContainEqual(
      expect.objectContaining({ kind: 'heading', anchor: 'c', level: 2, text: 'C. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU' }),
    );
    expect(blocksOf(d).find((b) => b.kind === 'heading' && b.anchor === 'c-1-1')).toMatchObject({
      level: 4,
      text: expect.stringMatching(/^1\.1\. Sở Tài chính/),
    });
  });
});

describe('the other seeds', () => {
  it('Hậu Giang: Phần / I. / 1. / 1.1. sections and the numbered targets with values and units', () => {
    const d = doc('hau-giang-2020-bao-cao-chinh-tri-xiv');
    expect(d.sections.map((s) => s.anchor)).toEqual(expect.arrayContaining(['phan-thu-nhat', 'phan-thu-hai-i-4', 'phan-thu-hai-ii-1-1']));
    const growth = d.targets.find((t) => String(t.sentence).startsWith('(1) Tốc độ tăng trưởng'));
    expect(growth).toMatchObject({ low: 6.3, high: 6.7, unit: '%/năm' });
    const numbered = d.targets.filter((t) => /^\((\d+)\)/.test(String(t.sentence)));
    expect(new Set(numbered.map((t) => /^\((\d+)\)/.exec(String(t.sentence))![1])).size).toBe(11);
  });

  it('the 2020 Cà Mau line: inline headings become sections with commitments under them', () => {
    const d = doc('ca-mau-2020-dai-hoi-xvi-muc-tieu');
    expect(d.sections.map((s) => s.heading)).toEqual(['Những nhiệm vụ trọng tâm', 'Các đột phá chiến lược']);
    expect(d.commitments.filter((c) => c.section !== null).length).toBeGreaterThanOrEqual(8);
  });

  it('the news texts: their dates and reported figures', () => {
    const a = doc('ca-mau-2021-01-hoi-nghi-kt-xh-2020');
    const b = doc('ca-mau-2024-07-sau-thang-dau-nam');
    expect([a.document.kind, a.document.issued, b.document.kind, b.document.issued]).toEqual(['news', '2021-01-04', 'news', '2024-07-05']);
    expect(a.actuals.map((x) => x.value)).toEqual(expect.arrayContaining([13, 1.57]));
    expect(b.actuals.map((x) => x.value)).toContain(6.96);
    expect(blocksOf(a)).toContainEqual(
      expect.objectContaining({ kind: 'caption', text: 'Ảnh: Quang cảnh Hội nghị tại điểm cầu trung tâm Ủy ban nhân dân tỉnh.' }),
    );
  });
});

describe('fixtures in the style of real documents', () => {
  it('a national resolution: Chính phủ header, articles, the attached programme, Bộ leads, [1] note', () => {
    const d = doc('national-nghi-quyet.fixture');
    expect(d.document).toMatchObject({
      number: '45/NQ-CP',
      issuer: 'Chính phủ',
      issued: '2025-03-12',
      kind: 'resolution',
      signer: 'Trần Văn Minh',
      // A national text is filed under no province (no place page lists it); where it was signed is kept.
      place: null,
      issued_in: 'Hà Nội',
    });
    expect(d.places).toEqual([]);
    expect(d.sections.map((s) => s.anchor)).toEqual([
      'dieu-1',
      'dieu-2',
      'dieu-3',
      'chuong-trinh-hanh-dong',
      'chuong-trinh-hanh-dong-i',
      'chuong-trinh-hanh-dong-ii',
      'chuong-trinh-hanh-dong-ii-1',
      'chuong-trinh-hanh-dong-ii-2',
      'chuong-trinh-hanh-dong-iii',
    ]);
    const task = d.commitments.find((c) => String(c.text).startsWith('a) Bộ Tư pháp'))!;
    expect(leadsOf(d, task.id)).toEqual(['Bộ Tư pháp']);
    expect(task.deadlines).toEqual([{ date: '2025-06-30', phrase: expect.stringContaining('30/6/2025') }]);
    expect(d.document.footnotes).toEqual([{ label: '1', text: expect.stringContaining('94/2025/NĐ-CP') }]);
  });

  it('a national directive typed without blank lines: hard wraps rejoined, header cells apart', () => {
    const d = doc('chi-thi-dong-lien.fixture');
    expect(d.document).toMatchObject({
      number: '12/CT-TTg',
      issuer: 'Thủ tướng Chính phủ',
      issued: '2025-05-05',
      type: 'Chỉ thị',
      title: 'CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG PHÒNG, CHỐNG THIÊN TAI NĂM 2025',
      signer: 'Lê Văn Thành',
      signer_title: 'KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG',
    });
    expect(d.sections.map((s) => s.anchor)).toEqual(['1', '2']);
    const texts = d.commitments.map((c) => String(c.text));
    expect(texts).toContain('b) Hoàn thành rà soát phương án ứng phó với bão mạnh trước ngày 30 tháng 6 năm 2025.');
    expect(texts.some((t) => t.includes('Lưu: VT'))).toBe(false);
  });

  it('a provincial plan in scraped markdown: wrapped header, PHẦN / Chương / 1) / + items, signature', () => {
    const d = doc('provincial-ke-hoach.fixture');
    expect(d.document).toMatchObject({
      number: '215/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh An Giang',
      issued: '2025-04-08',
      signer: 'Nguyễn Thị Lan',
      title: 'KẾ HOẠCH TRIỂN KHAI CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2025',
      kind: 'plan',
    });
    expect(d.sections.map((s) => s.anchor)).toEqual([
      'phan-i',
      'phan-ii',
      'phan-ii-chuong-1',
      'phan-ii-chuong-2',
      'phan-ii-chuong-2-1',
      'phan-iii',
    ]);
    const plus = d.commitments.filter((c) => String(c.text).startsWith('+'));
    expect(plus).toHaveLength(2);
    expect(leadsOf(d, plus[0]!.id as string)).toEqual(['Sở Nông nghiệp và Môi trường']);
  });
});

describe('nothing lost', () => {
  it('every non-boilerplate sentence of every source appears verbatim in the output', async () => {
    for (const file of sourceFiles) {
      const d = docs.get(path.basename(file).replace(/\.(txt|md)$/, ''))!;
      const missing = missingSentences(file, await readFile(file, 'utf8'), d);
      expect({ file: path.basename(file), missing }).toEqual({ file: path.basename(file), missing: [] });
    }
  });
});
