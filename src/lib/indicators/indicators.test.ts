/**
 * Indicators on the seeds (content/) and on small hand-made corpora: targets paired with
 * results, never mixed; names readable; verdicts in plain words; charts with missing data
 * shown as missing.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../data/corpus.ts';
import { readCorpusDir } from '../data/read-corpus.ts';
import { chartModel } from './chart.ts';
import { classifyActual } from './classify.ts';
import { buildIndicators } from './match.ts';
import { cleanLabel, displayName } from './names.ts';
import { aroundValue, measureOf } from './sentence.ts';
import { judge, meets, periodRange } from './verdict.ts';
import { CHART_LIMIT, INDICATOR_ROWS_PER_PAGE, indicatorIndex, indicatorPage, indicatorPaths } from './views.ts';

const seeds = buildCorpus(readCorpusDir('content'));
const { indicators, others } = buildIndicators(seeds);
const withTarget = (id: string) => indicators.find((i) => i.targets.some((t) => t.id === id))!;
/** The indicator of the seed target whose label is `label` in document `doc`. */
const withLabel = (doc: string, label: string) =>
  indicators.find((i) => i.targets.some((t) => t.document === doc && t.entry.label === label))!;
const HG = 'hau-giang-2020-bao-cao-chinh-tri-xiv';

describe('pairing targets with results on the seeds', () => {
  it("pairs Hậu Giang's 2020–2025 targets with the figures reported for the same indicator and place", () => {
    const insurance = withLabel(HG, 'Tỷ lệ người tham gia bảo hiểm y tế');
    expect(insurance.results.map((r) => r.value)).toEqual([90.21]);
    const schools = withLabel(HG, 'Tỷ lệ trường đạt chuẩn quốc gia');
    expect(schools.results.map((r) => r.value)).toEqual([80]);
    expect(schools.place?.id).toBe('hau-giang');
  });

  it("pairs Cà Mau's 2023 GRDP goal with the 2024 six-month growth through the staff mapping, once", () => {
    const grdp = withTarget('ca-mau-2023-01-ctr-01-ubnd--chi-tieu-2');
    expect(grdp).toMatchObject({ id: 'ca-mau-tang-truong-grdp', mapped: true, name: 'Tốc độ tăng trưởng kinh tế (GRDP)' });
    // The news gives 6,96% twice (lead and body): one result.
    expect(grdp.results.map((r) => [r.value, r.date])).toEqual([[6.96, '2024-06-30']]);
  });

  it('without the mapping, the words alone do not pair the GRDP goal with "tăng trưởng kinh tế"', () => {
    const unmapped: Corpus = { ...seeds, indicators: new Map() };
    const grdp = buildIndicators(unmapped).indicators.find((i) =>
      i.targets.some((t) => t.id === 'ca-mau-2023-01-ctr-01-ubnd--chi-tieu-2'),
    )!;
    expect(grdp.results).toEqual([]);
  });

  it('never files a goal as a result: restated targets, later dates and quoted old goals stay out', () => {
    const results = indicators.flatMap((i) => i.results);
    const targetSentences = new Set([...seeds.targets.values()].map((t) => `${t.document} ${t.sentence}`));
    expect(results.filter((r) => targetSentences.has(`${r.document} ${r.sentence}`))).toEqual([]);
    // The 2020 report's "đến năm 2025" figures are goals, not results.
    expect(results.filter((r) => r.date === '2025-12-31')).toEqual([]);
    // "so với Nghị quyết đề ra là 55 triệu đồng/người" is an old goal.
    expect(results.some((r) => r.id === 'hau-giang-2020-bao-cao-chinh-tri-xiv--so-lieu-4')).toBe(false);
  });

  it('keeps figures relative to a plan and counts of targets met apart from indicator values', () => {
    const kinds = Object.fromEntries(others.map((o) => [o.actual.id, o.kind]));
    expect(kinds['ca-mau-2021-01-hoi-nghi-kt-xh-2020--so-lieu-1']).toBe('score'); // "13/15 chỉ tiêu"
    expect(kinds['ca-mau-2021-01-hoi-nghi-kt-xh-2020--so-lieu-2']).toBe('versus-plan'); // "vượt gần 14% kế hoạch"
    expect(kinds['ca-mau-2021-01-hoi-nghi-kt-xh-2020--so-lieu-5']).toBe('versus-plan'); // "vượt 0,25% kế hoạch"
  });

  it('does not pair a level with a change: "giảm còn 1,57%" is not "giảm tối thiểu 0,8%"', () => {
    const reduction = withTarget('ca-mau-2023-01-ctr-01-ubnd--chi-tieu-4');
    expect(reduction.results).toEqual([]);
  });

  it('names no indicator "5 năm)", "Kéo" or "Thực hiện"', () => {
    const names = indicators.map((i) => i.name);
    expect(names.filter((n) => /^(?:5 năm\)|Kéo|Thực hiện)$/u.test(n) || /^\d+\)/.test(n))).toEqual([]);
    expect(names).toContain('Số vụ tội phạm về trật tự xã hội');
  });

  it('counts on /chi-tieu/ add up to the indicators', () => {
    const index = indicatorIndex(seeds);
    expect(index.places.flatMap((p) => p.rows)).toHaveLength(indicators.length);
    expect(index.counts.paired).toBeGreaterThanOrEqual(3);
  });
});

describe('names and sentences', () => {
  it.each([
    ['6) Tỷ lệ trường đạt chuẩn quốc gia', 'Tỷ lệ trường đạt chuẩn quốc gia'],
    ['tỷ lệ hộ nghèo (vượt)', 'tỷ lệ hộ nghèo'],
    ['Năm 2020 tỷ lệ hộ nghèo toàn tỉnh', 'tỷ lệ hộ nghèo toàn tỉnh'],
    ['tăng trưởng kinh tế của tỉnh Cà Mau', 'tăng trưởng kinh tế'],
    ['dự án… nên giải ngân đầu tư công 6 tháng đầu năm tại Cà Mau', 'giải ngân đầu tư công 6 tháng đầu năm'],
    ['biên chế công chức và 10% biên chế viên chức hưởng lương từ ngân sách nhà', 'biên chế công chức'],
  ])('cleans "%s" to "%s"', (label, clean) => {
    expect(cleanLabel(label)).toBe(clean);
  });

  it('names a rank by what is ranked and among whom, so two ranks of one sentence are told apart', () => {
    const sentence =
      'Trong 6 tháng đầu năm 2024, tăng trưởng kinh tế của tỉnh Cà Mau tăng 6,96%, đứng thứ 3 khu vực Đồng bằng sông Cửu Long và thứ 22 cả nước.';
    const label = 'tăng trưởng kinh tế của tỉnh Cà Mau tăng (thứ hạng)';
    expect(displayName({ label, sentence, value: 3, unit: 'hạng' })).toBe('Xếp hạng tăng trưởng kinh tế khu vực Đồng bằng sông Cửu Long');
    expect(displayName({ label, sentence, value: 22, unit: 'hạng' })).toBe('Xếp hạng tăng trưởng kinh tế cả nước');
  });

  it('names a figure whose label is only a verb by the words after its number', () => {
    expect(
      displayName({ label: 'Kéo', sentence: 'Kéo giảm 6,1% số vụ tội phạm về trật tự xã hội so với đầu nhiệm kỳ.', value: 6.1, unit: '%' }),
    ).toBe('Số vụ tội phạm về trật tự xã hội');
  });

  it('finds a Vietnamese number in its sentence and reads level or change from the verb before it', () => {
    const around = aroundValue('Tổng kim ngạch đạt 1.044 triệu USD.', 1044)!;
    expect(around.after).toBe(' triệu USD.');
    expect(measureOf('tỷ lệ hộ nghèo giảm còn ', '')).toBe('level');
    expect(measureOf('GRDP năm 2023 tăng từ ', '')).toBe('change');
    expect(measureOf('mức tỷ lệ hộ nghèo giảm tối thiểu ', '')).toBe('change');
  });

  it('classifies a figure dated after its report as a goal', () => {
    // A figure of the July 2024 news dated at the end of 2025 is a goal, whatever its verb.
    const reported = [...seeds.actuals.values()].find((a) => a.document === 'ca-mau-2024-07-sau-thang-dau-nam')!;
    expect(classifyActual(seeds, reported)).not.toBe('goal');
    expect(classifyActual(seeds, { ...reported, as_of: '2025-12-31' })).toBe('goal');
  });
});

describe('verdicts', () => {
  const target = (low: number, high: number, comparator: 'min' | 'max' | 'about', period = '2023') =>
    ({ id: 't', document: 'plan', low, high, unit: '%', period, comparator, sentence: '', setOn: '2023-01-19', entry: {} }) as never;
  const result = (value: number, date: string, document = 'report') =>
    ({ id: `r${value}`, document, value, unit: '%', date, sentence: '', entry: {} }) as never;

  it('reads periods and comparators', () => {
    expect(periodRange('2020-2025')).toEqual({ start: '2020-01-01', end: '2025-12-31' });
    expect(periodRange('2021 - 2025')).toEqual({ start: '2021-01-01', end: '2025-12-31' });
    expect(meets(7.2, 7, 7, 'min')).toBe(true);
    expect(meets(11.5, 11, 11, 'max')).toBe(false);
    expect(meets(6.5, 6.3, 6.7, 'about')).toBe(true);
    expect(meets(6.9, 6.3, 6.7, 'about')).toBe(false);
  });

  it('says "Đạt" or "Chưa đạt" on the latest result inside the period, "Chưa có số liệu" without one', () => {
    expect(judge(target(7, 7, 'min'), [result(6.5, '2023-06-30'), result(7.4, '2023-12-31')])).toMatchObject({
      verdict: 'dat',
      midTerm: false,
    });
    expect(judge(target(7, 7, 'min'), [result(6.5, '2023-06-30')])).toMatchObject({ verdict: 'chua-dat', midTerm: true });
    // A result of 2024 says nothing about the 2023 target, and one in the target's own document is its starting point.
    expect(judge(target(7, 7, 'min'), [result(8, '2024-06-30'), result(9, '2023-01-19', 'plan')])).toMatchObject({
      verdict: 'chua-co-so-lieu',
      outside: true,
    });
    expect(judge(target(7, 7, 'min'), [result(9, '2023-01-19', 'plan')]).outside).toBe(false);
  });
});

describe('charts', () => {
  it('draws a range as a band over its period and a single value as a line, results as dots', () => {
    const growth = withLabel(HG, 'Tốc độ tăng trưởng kinh tế bình quân'); // 6,3–6,7 %/năm, 2020–2025
    const chart = chartModel(growth)!;
    expect(chart.bands).toHaveLength(1);
    expect(chart.bands[0]!.width).toBeGreaterThan(200);
    expect(chart.thresholds).toEqual([]);
    const grdp = chartModel(withTarget('ca-mau-2023-01-ctr-01-ubnd--chi-tieu-2'))!;
    expect(grdp.thresholds.map((t) => t.label)).toEqual(['≥ 7']);
    expect(grdp.points.map((p) => p.label)).toEqual(['6,96']);
  });

  it('shows a missing result as missing, never as a dot at zero', () => {
    const water = withLabel(HG, 'tỷ lệ dân số nông thôn sử dụng nước sạch');
    const chart = chartModel(water)!;
    expect(chart.noResults).toBe(true);
    expect(chart.points).toEqual([]);
    expect(indicatorPage(seeds, water.id).description).toContain('Chưa có số liệu');
  });

  it('marks a figure from the target-setting document as a starting point', () => {
    const schools = chartModel(withLabel(HG, 'Tỷ lệ trường đạt chuẩn quốc gia'))!;
    expect(schools.points.map((p) => p.baseline)).toEqual([true]);
  });
});

describe('an indicator that every report names, as the archive grows', () => {
  // The Cà Mau GRDP figure reported again and again (as each year's reports would), each with its own date and value.
  const reported = [...seeds.actuals.values()].find((a) => a.document === 'ca-mau-2024-07-sau-thang-dau-nam' && a.value === 6.96)!;
  const copies = INDICATOR_ROWS_PER_PAGE * 2 + 7;
  const actuals = new Map(seeds.actuals);
  for (let i = 0; i < copies; i++) {
    const day = new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    actuals.set(`${reported.id}-copy-${i}`, {
      ...reported,
      id: `${reported.id}-copy-${i}`,
      value: 5 + i / 100,
      as_of: day,
      order: reported.order + 1000 + i,
    });
  }
  const grown: Corpus = { ...seeds, actuals };
  const id = 'ca-mau-tang-truong-grdp';
  const pages = indicatorPaths(grown).filter((p) => p.id === id);

  it('cuts its tables into pages of a fixed size, every figure on exactly one page', () => {
    const all = buildIndicators(grown).indicators.find((i) => i.id === id)!;
    expect(all.results.length).toBeGreaterThanOrEqual(copies);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    const shown = pages.flatMap((p) => indicatorPage(grown, id, p.page).results.map((r) => r.result.id));
    expect(shown).toEqual(all.results.map((r) => r.id));
    for (const { page } of pages) expect(indicatorPage(grown, id, page).results.length).toBeLessThanOrEqual(INDICATOR_ROWS_PER_PAGE);
    expect(indicatorPage(grown, id, 3).pager).toMatchObject({
      page: 3,
      pages: 3,
      from: 2 * INDICATOR_ROWS_PER_PAGE + 1,
      total: all.results.length,
    });
    expect(() => indicatorPage(grown, id, 4)).toThrow(/does not exist/);
  });

  it('draws the latest figures on page 1 only, at most CHART_LIMIT of them, and describes what it draws', () => {
    const first = indicatorPage(grown, id, 1);
    expect(first.chart!.points).toHaveLength(CHART_LIMIT);
    expect(indicatorPage(grown, id, 2).chart).toBeNull();
    // The latest copy is drawn, the earliest is not.
    expect(first.description).toContain(`${String(5 + (copies - 1) / 100).replace('.', ',')}`);
    expect(first.description).not.toMatch(/\b5 %/);
  });

  it('keeps a small indicator on one page, with its whole chart', () => {
    expect(indicatorPaths(seeds).filter((p) => p.id === id)).toEqual([{ id, page: 1 }]);
    expect(indicatorPage(seeds, id).chart!.points).toHaveLength(1);
  });
});
