/**
 * Referential closure over ../shared/corpus: every reference, agency, target and section a
 * commitment (or target) names exists in the same conversion's output, both by internal id
 * (library API, what the site's collections link by) and by number/name in the `--json`
 * contract. Skips with a message when the corpus is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from './pipeline.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const present = existsSync(CORPUS);
if (!present) console.warn(`Closure tests skipped: ${CORPUS} is absent (it is always present in CI).`);

const corpusFiles = async (): Promise<string[]> => (await readdir(CORPUS)).filter((n) => n.endsWith('.md') && n !== 'README.md').sort();

/** Names in `wanted` that `known` lacks, as "file: what id". */
function dangling(file: string, what: string, wanted: Array<string | null>, known: Set<string>): string[] {
  return wanted.filter((id): id is string => id !== null && !known.has(id)).map((id) => `${file}: ${what} ${id}`);
}

describe.skipIf(!present)('referential closure on the shared corpus', () => {
  it('links every commitment and target only to ids of the same conversion (library API)', async () => {
    const problems: string[] = [];
    for (const name of await corpusFiles()) {
      const result = await convertFile(path.join(CORPUS, name), path.join(ROOT, 'content'), name);
      if ('diagnostics' in result) continue; // unreadable files are the corpus test's concern
      const c = result.converted;
      const ids = (entries: Array<{ id: string }>) => new Set(entries.map((entry) => entry.id));
      const [references, agencies, targets, sections] = [ids(c.references), ids(c.agencies), ids(c.targets), ids(c.sections)];
      for (const commitment of c.commitments) {
        const data = commitment as unknown as {
          references: string[];
          lead: string[];
          partners: string[];
          targets: string[];
          section: string | null;
        };
        problems.push(
          ...dangling(name, 'reference', data.references, references),
          ...dangling(name, 'agency', [...data.lead, ...data.partners], agencies),
          ...dangling(name, 'target', data.targets, targets),
          ...dangling(name, 'section', [data.section], sections),
        );
      }
      for (const target of c.targets)
        problems.push(...dangling(name, 'target section', [(target as unknown as { section: string | null }).section], sections));
      problems.push(
        ...dangling(name, 'issuer agency', [(c.document as { issuer_agency?: string | null }).issuer_agency ?? null], agencies),
      );
    }
    expect(problems).toEqual([]);
  });

  it('cites in the --json contract only references and agencies it lists', async () => {
    const problems: string[] = [];
    for (const name of await corpusFiles()) {
      const out = execFileSync('npm', ['run', '--silent', 'ingest', '--', '--json', path.join(CORPUS, name)], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const json = JSON.parse(out) as {
        commitments: Array<{ references: string[]; lead: string[]; partners: string[]; section: string | null }>;
        references: Array<{ number: string }>;
        agencies: Array<{ name: string }>;
        sections: Array<{ id: string; children: unknown[] }>;
      };
      const numbers = new Set(json.references.map((reference) => reference.number));
      const names = new Set(json.agencies.map((agency) => agency.name));
      for (const commitment of json.commitments) {
        problems.push(
          ...dangling(name, 'reference', commitment.references, numbers),
          ...dangling(name, 'agency', [...commitment.lead, ...commitment.partners], names),
        );
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
