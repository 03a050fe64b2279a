/**
 * `npm run accuracy`: measures the converter against the hand-checked gold documents in
 * ../shared/eval (its own scorer, `score.mjs --json`) and writes the result that
 * /gioi-thieu/ shows, src/lib/about/converter-accuracy.json. The gold set lives outside the
 * repository (CI and the deploy do not have it), so the measurement is committed, with the
 * date and the commit it was made on; run it again after a converter change.
 *
 *   npm run accuracy [-- --eval ../shared/eval]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AccuracySchema } from '../../src/lib/about/accuracy.ts';

const { values } = parseArgs({ options: { eval: { type: 'string', default: '../shared/eval' } } });
const scorer = path.resolve(values.eval ?? '../shared/eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`No scorer at ${scorer}. Pass the folder of the gold set with --eval DIR.`);
  process.exit(1);
}
const run = spawnSync(process.execPath, [scorer, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(run.status ?? 1);
}
const scored = JSON.parse(run.stdout) as {
  mean: number;
  worst: number;
  overall: Record<string, { p: number; r: number; f: number; tp: number; got: number; gold: number }>;
  documents: unknown[];
};
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
const result = AccuracySchema.parse({
  measured: new Date().toISOString().slice(0, 10),
  commit,
  documents: scored.documents.length,
  mean: scored.mean,
  worst: scored.worst,
  fields: scored.overall,
});
const out = path.resolve('src/lib/about/converter-accuracy.json');
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), out)}: ${result.documents} documents, mean F1 ${result.mean.toFixed(3)}.`);
