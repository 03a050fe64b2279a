/**
 * `npm run bench -- [--scale K | --commitments N] [--no-browser] [--no-reference] [--no-rebuild]`
 *
 * Builds a scratch copy of the site with the seeds plus K renumbered copies of
 * ../shared/corpus/ (scratch.ts), then times each stage as its own process under GNU time
 * (stage.ts): ingest, `astro build`, the search index, an unchanged rebuild and a one-document
 * update; measures the built site (site-stats.ts) and the first queries in headless Chromium
 * (first-query.ts); and, in the same run, builds a minimal reference site over the same
 * content (reference-site/: one page per commitment, agency, theme and document, indexed by the
 * Pagefind CLI), so ratios are measured side by side rather than against a number from another
 * day. Prints a table with the budgets of issue 13 and writes the figures as JSON to
 * .cache/bench/ (not committed). Nothing here asserts: numbers are reported, never tested.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { convertFile } from '../ingest/pipeline.ts';
import { conversionPass } from './convert-speed.ts';
import { firstQueries, formatCosts, type QueryCost } from './first-query.ts';
import { makeScratchContent } from './scratch.ts';
import { siteStats, type SiteStats } from './site-stats.ts';
import { runStage, type StageResult } from './stage.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const NODE = process.execPath;
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    commitments: { type: 'string' },
    browser: { type: 'boolean', default: true },
    reference: { type: 'boolean', default: true },
    rebuild: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

/** Pure conversion (no writes) of every source of `content`, in this process. */
async function conversionSpeed(content: string): Promise<{ documents: number; commitments: number; seconds: number }> {
  const sources = readdirSync(path.join(content, 'sources')).filter((n) => /\.(txt|md)$/.test(n));
  let commitments = 0;
  const start = performance.now();
  for (const name of sources) {
    const result = await convertFile(path.join(content, 'sources', name), content, `content/sources/${name}`);
    if ('converted' in result) commitments += result.converted.commitments.length;
  }
  return { documents: sources.length, commitments, seconds: (performance.now() - start) / 1000 };
}

/** Copies needed for about `target` commitments, from one copy's count. */
async function copiesFor(target: number, work: string): Promise<number> {
  makeScratchContent(path.join(work, 'probe'), ROOT, CORPUS, 1);
  const { commitments } = await conversionSpeed(path.join(work, 'probe/content'));
  makeScratchContent(path.join(work, 'probe'), ROOT, CORPUS, 0);
  const seeds = (await conversionSpeed(path.join(work, 'probe/content'))).commitments;
  return Math.max(1, Math.round((target - seeds) / Math.max(1, commitments - seeds)));
}

const fmt = {
  s: (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : '—'),
  mb: (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : '—'),
  kb: (x: number | null) => (x === null || !Number.isFinite(x) ? '—' : `${(x / 1024).toFixed(1)} KB`),
  ratio: (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '—'),
};

async function main(): Promise<void> {
  const work = path.join(ROOT, 'node_modules/.cache/khm-bench');
  mkdirSync(work, { recursive: true });
  const copies =
    values.scale !== undefined
      ? Number(values.scale)
      : values.commitments !== undefined
        ? await copiesFor(Number(values.commitments), work)
        : 1;
  if (!Number.isInteger(copies) || copies < 0) throw new Error(`--scale takes a whole number of corpus copies (got ${values.scale}).`);
  const dir = path.join(work, `k${copies}`);
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  const sources = makeScratchContent(dir, ROOT, CORPUS, copies);
  console.log(
    `Scratch site: the seeds plus ${copies} cop${copies === 1 ? 'y' : 'ies'} of ../shared/corpus = ${sources} sources, in ${path.relative(ROOT, dir)}`,
  );

  const env = { KHM_CONTENT_DIR: content, KHM_CACHE_DIR: path.join(dir, 'astro-cache') };
  const speed = await conversionSpeed(content);
  console.log(`Pure conversion: ${speed.commitments} commitments from ${speed.documents} documents in ${fmt.s(speed.seconds)}`);
  // The same in one thread per core (convert-speed.ts; CPU counts every thread).
  const parallel = await conversionPass(content, availableParallelism());
  console.log(
    `Pure conversion, ${parallel.threads} threads: ${fmt.s(parallel.wallSeconds)} wall, ${fmt.s(parallel.cpuSeconds)} CPU (${parallel.perWallSecond.toFixed(0)} commitments/s)`,
  );
  const stages: StageResult[] = [];
  const stage = (result: StageResult) => {
    stages.push(result);
    console.log(
      `  ${result.name.padEnd(26)} ${result.ok ? 'ok    ' : 'FAILED'} ${fmt.s(result.wallSeconds).padStart(9)} wall ${fmt.s(result.cpuSeconds).padStart(9)} cpu ${fmt.mb(result.peakMb).padStart(8)} peak`,
    );
    if (!result.ok) console.log(result.tail);
    return result;
  };
  const ingest = stage(runStage('ingest', NODE, ['scripts/ingest/cli.ts'], ROOT, env));
  const build = stage(runStage('astro build', NODE, [ASTRO, 'build', '--outDir', dist], ROOT, env));
  const index = stage(runStage('search index', NODE, ['scripts/search/build-index.ts'], ROOT, { ...env, KHM_DIST: dist }));
  // The Pagefind CLI over the same HTML, into a folder of its own: the index step's yardstick.
  const cli = build.ok
    ? stage(
        runStage(
          'pagefind CLI, same HTML',
          path.join(ROOT, 'node_modules/.bin/pagefind'),
          ['--site', dist, '--output-path', path.join(dir, 'pagefind-cli')],
          ROOT,
        ),
      )
    : null;
  // Measured now: a rebuild below empties dist/.
  const stats: SiteStats | null = build.ok ? siteStats(dist) : null;
  let queries: QueryCost[] = [];
  if (values.browser && index.ok) queries = await firstQueries(dist);
  let rebuild: StageResult | null = null;
  let unchanged: StageResult | null = null;
  let update: { ingest: StageResult; build: StageResult } | null = null;
  if (values.rebuild && build.ok) {
    rebuild = stage(runStage('astro build, unchanged', NODE, [ASTRO, 'build', '--outDir', dist], ROOT, env));
    // Staff ran the converter again with nothing changed, so the update below starts from a steady
    // state. From an empty registry that takes three runs: the aliases the first run wrote merge
    // agencies in the second, which writes the registry again; the third writes nothing but converts
    // everything (its registry is not the second's); the fourth, "unchanged", reuses every conversion.
    for (const name of ['ingest, registry settles', 'ingest, registry settled'])
      stage(runStage(name, NODE, ['scripts/ingest/cli.ts'], ROOT, env));
    unchanged = stage(runStage('ingest, unchanged', NODE, ['scripts/ingest/cli.ts'], ROOT, env));
    // One document updated: a sentence added to a seed, as a staff correction would.
    appendFileSync(
      path.join(content, 'sources/ca-mau-2023-01-ctr-01-ubnd.txt'),
      '\nSở Tài chính chủ trì rà soát, báo cáo kết quả thực hiện trước ngày 31/12/2023.\n',
    );
    update = {
      ingest: stage(runStage('ingest, one document changed', NODE, ['scripts/ingest/cli.ts'], ROOT, env)),
      build: stage(runStage('astro build, one document changed', NODE, [ASTRO, 'build', '--outDir', dist], ROOT, env)),
    };
  }

  let reference: { build: StageResult; index: StageResult; stats: SiteStats } | null = null;
  if (values.reference) {
    const site = path.join(dir, 'reference');
    cpSync(path.join(import.meta.dirname, 'reference-site'), site, { recursive: true });
    const referenceDist = path.join(dir, 'reference-dist');
    const referenceEnv = { REFERENCE_CONTENT: content, REFERENCE_DIST: referenceDist };
    const refBuild = stage(runStage('reference: astro build', NODE, [ASTRO, 'build', '--root', site], ROOT, referenceEnv));
    const refIndex = stage(
      runStage('reference: pagefind CLI', path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', referenceDist], ROOT),
    );
    reference = { build: refBuild, index: refIndex, stats: siteStats(referenceDist) };
  }

  // ---- report ----
  const commitments = readdirSync(path.join(content, 'commitments')).reduce(
    (n, f) => n + (readFileSync(path.join(content, 'commitments', f), 'utf8').match(/^- id:/gm)?.length ?? 0),
    0,
  );
  const total = ingest.wallSeconds + build.wallSeconds + index.wallSeconds;
  const refTotal = reference ? reference.build.wallSeconds + reference.index.wallSeconds : Number.NaN;
  const peak = Math.max(...stages.filter((s) => !s.name.startsWith('reference')).map((s) => s.peakMb));
  const twoSyllable = queries.filter((q) => q.syllables === 2);
  const lines = [
    '',
    `| at ${commitments} commitments, ${stats?.pages ?? '—'} pages | project | reference | ratio |`,
    '|---|---|---|---|',
    `| ingest | ${fmt.s(ingest.wallSeconds)} | — | |`,
    `| astro build | ${fmt.s(build.wallSeconds)}, ${fmt.mb(build.peakMb)} | ${fmt.s(reference?.build.wallSeconds ?? Number.NaN)}, ${fmt.mb(reference?.build.peakMb ?? Number.NaN)} | ${fmt.ratio(build.wallSeconds, reference?.build.wallSeconds ?? Number.NaN)} |`,
    `| search index | ${fmt.s(index.wallSeconds)}, ${fmt.mb(index.peakMb)} | ${fmt.s(reference?.index.wallSeconds ?? Number.NaN)} (Pagefind CLI) | ${fmt.ratio(index.wallSeconds, reference?.index.wallSeconds ?? Number.NaN)} |`,
    `| search index vs Pagefind CLI on the same HTML (wall; CPU) | ${fmt.s(index.wallSeconds)}; ${fmt.s(index.cpuSeconds)} | ${fmt.s(cli?.wallSeconds ?? Number.NaN)}; ${fmt.s(cli?.cpuSeconds ?? Number.NaN)} | ${fmt.ratio(index.wallSeconds, cli?.wallSeconds ?? Number.NaN)}; ${fmt.ratio(index.cpuSeconds, cli?.cpuSeconds ?? Number.NaN)} |`,
    `| CPU: ingest + build + index | ${fmt.s(ingest.cpuSeconds + build.cpuSeconds + index.cpuSeconds)} | ${fmt.s(reference ? reference.build.cpuSeconds + reference.index.cpuSeconds : Number.NaN)} | ${fmt.ratio(ingest.cpuSeconds + build.cpuSeconds + index.cpuSeconds, reference ? reference.build.cpuSeconds + reference.index.cpuSeconds : Number.NaN)} |`,
    `| total | ${fmt.s(total)} | ${fmt.s(refTotal)} | ${fmt.ratio(total, refTotal)} |`,
    `| pages per second (build) | ${stats ? (stats.pages / build.wallSeconds).toFixed(0) : '—'} | ${reference ? (reference.stats.pages / reference.build.wallSeconds).toFixed(0) : '—'} | |`,
    `| HTML per page | ${stats ? fmt.kb(stats.htmlBytes / stats.pages) : '—'} | ${reference ? fmt.kb(reference.stats.htmlBytes / reference.stats.pages) : '—'} | |`,
    '',
    'Budgets (issue 13):',
    `- pure conversion ≥ 5,000 commitments/s: ${(speed.commitments / speed.seconds).toFixed(0)} commitments/s in one thread, ${parallel.perWallSecond.toFixed(0)} in ${parallel.threads} threads`,
    `- ingest + build + index within 1.5× the reference: ${fmt.ratio(total, refTotal)}; peak RSS ≤ 2 GB: ${fmt.mb(peak)}`,
    `- unchanged rebuild ≤ 0.5× a full build: ${rebuild ? fmt.ratio(rebuild.wallSeconds, build.wallSeconds) : '—'} (CPU ${rebuild ? fmt.ratio(rebuild.cpuSeconds, build.cpuSeconds) : '—'}); one-document update ≤ 0.5×: ${update ? fmt.ratio(update.ingest.wallSeconds + update.build.wallSeconds, ingest.wallSeconds + build.wallSeconds) : '—'} (CPU ${update ? fmt.ratio(update.ingest.cpuSeconds + update.build.cpuSeconds, ingest.cpuSeconds + build.cpuSeconds) : '—'})`,
    `- ingest, unchanged ÷ a full ingest: ${unchanged ? `${fmt.ratio(unchanged.wallSeconds, ingest.wallSeconds)} (CPU ${fmt.ratio(unchanged.cpuSeconds, ingest.cpuSeconds)})` : '—'}; ingest, one document changed ÷ a full ingest: ${update ? `${fmt.ratio(update.ingest.wallSeconds, ingest.wallSeconds)} (CPU ${fmt.ratio(update.ingest.cpuSeconds, ingest.cpuSeconds)})` : '—'}`,
    `- largest page ≤ 200 KB: ${stats ? `${fmt.kb(stats.largestPage.bytes)} (${stats.largestPage.path}), ${stats.pagesOverBudget} page(s) over` : '—'}; files in dist/ < 100,000: ${stats?.files ?? '—'}`,
    ...(stats ? [`  largest pages: ${stats.largestPages.map((p) => `${fmt.kb(p.bytes)} ${p.path}`).join(', ')}`] : []),
    `- commitment page ≤ 30 KB gzipped with its CSS (median): ${fmt.kb(stats?.commitmentPageGzip ?? null)}`,
    `- first query, 2 syllables ≤ 300 KB and ≤ 6 requests (everything the visit downloaded; the query's part under /pagefind/): ${twoSyllable.map((q) => `"${q.query}" ${fmt.kb(q.bytes)} in ${q.requests} requests; query ${fmt.kb(q.query_bytes)} in ${q.query_requests}, ${q.milliseconds} ms`).join('; ') || '—'}`,
    `- search index on disk: ${fmt.kb(stats?.indexBytes ?? null)}; output ${fmt.kb(stats?.totalBytes ?? null)}`,
  ];
  if (queries.length > 0) {
    lines.push('', ...formatCosts(queries));
  }
  console.log(lines.join('\n'));
  const out = path.join(ROOT, '.cache/bench');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}-k${copies}.json`);
  writeFileSync(
    file,
    JSON.stringify({ copies, commitments, conversion: speed, parallelConversion: parallel, stages, stats, reference, queries }, null, 2),
  );
  console.log(`\nFigures written to ${path.relative(ROOT, file)}`);
  if (!stages.every((s) => s.ok)) process.exitCode = 1;
  if (!existsSync(CORPUS)) console.log('(../shared/corpus is absent: only the seeds were measured)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
