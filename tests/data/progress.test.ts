/**
 * Derived status and scorecards on the built pages: every commitment page shows the state
 * derived from its recorded status and timing, and the agency table shows the counts the
 * scorecards give for the same content on the build date.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/data/corpus.ts';
import { readCorpusDir } from '../../src/lib/data/read-corpus.ts';
import { deriveStatus } from '../../src/lib/status/derive.ts';
import { formatRate } from '../../src/lib/status/scorecard.ts';
import { scorecardRows } from '../../src/lib/status/scorecard-view.ts';
import { DIST } from '../support/static-server.ts';

const corpus = buildCorpus(readCorpusDir(process.env.KHM_CONTENT_DIR ?? 'content'));
const html = (urlPath: string) => readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8');
// The day the site was built: states depend on it.
const built = statSync(path.join(DIST, 'index.html')).mtime.toISOString().slice(0, 10);

describe('derived status on the pages', () => {
  it('shows on every commitment page the state derived from its record and timing', () => {
    for (const c of corpus.commitments.values()) {
      expect(html(`/cam-ket/${c.id}/`), c.id).toContain(`data-state="${deriveStatus(c, built).state}"`);
    }
  });

  it('shows in /co-quan/theo-tien-do/ the scorecard of every agency with tasks', () => {
    const page = html('/co-quan/theo-tien-do/ten/');
    const body = page.slice(page.indexOf('<tbody'), page.indexOf('</tbody>'));
    const cells = body
      .split('</tr>')
      .filter((tr) => tr.includes('scope="row"'))
      .map((tr) => [/href="\/co-quan\/([^/]+)\/"/.exec(tr)![1]!, [...tr.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1])] as const);
    const rows = scorecardRows(corpus, built);
    expect(cells.map(([id]) => id)).toEqual(rows.map((r) => r.agency.id));
    for (const [id, values] of cells) {
      const row = rows.find((r) => r.agency.id === id)!;
      const { lead, partner } = row;
      expect(values, id).toEqual(
        [
          lead.total,
          lead.onTime,
          lead.overdue,
          formatRate(lead.onTimeRate),
          partner.total,
          partner.overdue,
          formatRate(partner.onTimeRate),
        ].map(String),
      );
    }
  });
});
