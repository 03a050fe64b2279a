/**
 * Progress that says something: a task is shown as done ("Hoàn thành đúng hạn" …) only on a
 * source. Every `hoan-thanh` entry of a status history must name one (a report or an
 * https:// address), and a current status `hoan-thanh` needs such an entry, which also
 * gives the completion date the derived state compares with the deadline.
 */
import { catalogue, report, type Diagnostic } from '../../src/diagnostics/index.ts';
import { lineOf } from '../../src/lib/content/content-file.ts';
import type { LoadedEntry } from '../../src/lib/content/load-collections.ts';
import { fieldPath } from './check-schema.ts';

interface HistoryEntry {
  date?: unknown;
  status?: unknown;
  source?: unknown;
}

const hasText = (value: unknown) => typeof value === 'string' && value.trim().length > 0;

/** Completions without a source, and a `hoan-thanh` status without a recorded completion. */
export function checkProgress(entries: readonly LoadedEntry[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'commitments') continue;
    const history = (Array.isArray(entry.data.status_history) ? entry.data.status_history : []) as HistoryEntry[];
    history.forEach((item, i) => {
      if (item?.status !== 'hoan-thanh' || hasText(item.source)) return;
      const path = ['status_history', i, 'source'];
      diagnostics.push(
        report(
          catalogue.STATUS_DONE_UNSOURCED,
          { file: entry.source.file, line: lineOf(entry.source, [...entry.at, 'status_history', i]), field: fieldPath(entry, path) },
          { date: String(item.date ?? '?') },
        ),
      );
    });
    if (entry.data.status === 'hoan-thanh' && !history.some((item) => item?.status === 'hoan-thanh')) {
      diagnostics.push(
        report(catalogue.STATUS_DONE_UNRECORDED, {
          file: entry.source.file,
          line: lineOf(entry.source, [...entry.at, 'status']),
          field: fieldPath(entry, ['status']),
        }),
      );
    }
  }
  return diagnostics;
}
