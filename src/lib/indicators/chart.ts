/**
 * The geometry of an indicator chart, computed at build time with d3-scale and d3-shape and
 * drawn as static SVG by IndicatorChart.astro (no client script). Time runs along x; the
 * target is a band over its period (a range, "6,3–6,7 %") or a line over it (one value,
 * with "≥"/"≤" for a threshold); each result is a dot at its date, joined in date order.
 * A result that is missing is not drawn (never as zero), and the chart says so.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { formatDate, formatNumber } from '../data/format.ts';
import { t, tf } from '../../i18n/vi.ts';
import type { Indicator } from './types.ts';
import { periodRange } from './verdict.ts';

/** The drawing, in SVG user units of a `width` × `height` viewBox. */
export interface ChartModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** Target ranges: a band over the period between low and high. */
  bands: { x: number; y: number; width: number; height: number; label: string }[];
  /** Single-value targets: a line over the period, labelled "≥ 7 %". */
  thresholds: { x1: number; x2: number; y: number; label: string }[];
  /** Results; `baseline` when reported in a document that sets a target of the indicator (a starting point). */
  points: { x: number; y: number; label: string; baseline: boolean }[];
  /** The results joined in date order, when there are at least two. */
  path: string | null;
  /** True when the indicator has no dated result to draw. */
  noResults: boolean;
}

const WIDTH = 360;
const HEIGHT = 220;
const PLOT = { left: 50, right: WIDTH - 16, top: 24, bottom: HEIGHT - 30 };
const DAY = 86_400_000;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** SVG coordinates to a tenth of a unit: enough at any screen size, and short to read. */
const r1 = (n: number) => Math.round(n * 10) / 10;

/** How a target reads on the chart: "≥ 7", "≤ 11", "6,3–6,7" or "85". */
export function targetLabel(low: number | null, high: number | null, comparator: 'min' | 'max' | 'about'): string {
  const lo = low ?? high;
  const hi = high ?? low;
  if (lo === null || hi === null) return '';
  // A range says both bounds itself ("6,3–6,7"); "≥"/"≤" only qualify a single value.
  if (lo !== hi) return `${formatNumber(lo)}–${formatNumber(hi)}`;
  const value = formatNumber(lo);
  return comparator === 'min' ? `≥ ${value}` : comparator === 'max' ? `≤ ${value}` : value;
}

/** Lays out the chart of `indicator`; null when it has nothing with a date or a number to draw. */
export function chartModel(indicator: Indicator): ChartModel | null {
  const results = indicator.results.filter((r) => r.date !== null);
  const targets = indicator.targets
    .map((t) => ({ t, range: periodRange(t.period) }))
    .filter(
      (x): x is { t: (typeof indicator.targets)[number]; range: { start: string; end: string } } =>
        x.range !== null && (x.t.low !== null || x.t.high !== null),
    );
  if (results.length === 0 && targets.length === 0) return null;

  const dates = [...results.map((r) => time(r.date!)), ...targets.flatMap(({ range }) => [time(range.start), time(range.end)])];
  let [x0, x1] = [Math.min(...dates), Math.max(...dates)];
  if (x1 - x0 < 180 * DAY) [x0, x1] = [x0 - 183 * DAY, x1 + 183 * DAY];
  const x = scaleUtc()
    .domain([new Date(x0), new Date(x1)])
    .range([PLOT.left, PLOT.right]);

  const values = [...results.map((r) => r.value), ...targets.flatMap(({ t }) => [t.low, t.high].filter((v): v is number => v !== null))];
  const top = Math.max(...values);
  const bottom = Math.min(0, ...values);
  const y = scaleLinear()
    .domain([bottom, top === bottom ? bottom + 1 : top * 1.15])
    .nice(4)
    .range([PLOT.bottom, PLOT.top]);

  const span = (x1 - x0) / (365 * DAY);
  const xTicks = x.ticks(Math.min(6, Math.max(2, Math.round(span)))).map((d) => ({
    x: r1(x(d)),
    label: span >= 2 ? String(d.getUTCFullYear()) : `${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`,
  }));
  const yTicks = y.ticks(4).map((v) => ({ y: r1(y(v)), label: formatNumber(v) }));

  const bands: ChartModel['bands'] = [];
  const thresholds: ChartModel['thresholds'] = [];
  for (const { t, range } of targets) {
    const [xa, xb] = [r1(x(new Date(time(range.start)))), r1(x(new Date(time(range.end))))];
    const lo = t.low ?? t.high!;
    const hi = t.high ?? t.low!;
    const label = targetLabel(t.low, t.high, t.comparator);
    if (lo !== hi) bands.push({ x: xa, y: r1(y(hi)), width: r1(xb - xa), height: r1(y(lo) - y(hi)), label });
    else thresholds.push({ x1: xa, x2: xb, y: r1(y(lo)), label });
  }

  const targetDocuments = new Set(indicator.targets.map((t) => t.document));
  const points = results.map((r) => ({
    x: r1(x(new Date(time(r.date!)))),
    y: r1(y(r.value)),
    label: formatNumber(r.value),
    baseline: targetDocuments.has(r.document),
  }));
  const path =
    points.length >= 2
      ? line<{ x: number; y: number }>()
          .digits(1)
          .x((p) => p.x)
          .y((p) => p.y)(points)
      : null;
  return { width: WIDTH, height: HEIGHT, plot: PLOT, xTicks, yTicks, bands, thresholds, points, path, noResults: results.length === 0 };
}

/** The chart in one or two sentences, for its `<desc>` (the table beside it has every number). */
export function chartDescription(indicator: Indicator, unit: string): string {
  const targets = indicator.targets
    .map((target) =>
      `${targetLabel(target.low, target.high, target.comparator)} ${unit}${target.period ? ` (${target.period})` : ''}`.trim(),
    )
    .join('; ');
  const results = indicator.results
    .filter((r) => r.date !== null)
    .map((r) => `${formatNumber(r.value)} ${unit} (${formatDate(r.date!)})`)
    .join('; ');
  return `${targets ? tf('chart.targets', { list: targets }) : t('chart.noTarget')} ${results ? tf('chart.results', { list: results }) : t('chart.noResults')}`;
}
