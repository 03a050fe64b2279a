/**
 * What changed, from the content's history: documents added, and commitments whose recorded
 * status or due date changed, each with the day it was published. Pure: it takes the
 * commits and a reader of file versions (history.ts). Entries keep their ids across
 * re-conversions (identity by text), so comparing a commitment id's fields between two
 * versions of its file is comparing the same task.
 */
import path from 'node:path';
import { COLLECTIONS, type CommitmentStatus } from '../../schemas/index.ts';
import { readContentFile } from '../content/content-file.ts';
import { dueDate } from '../status/timing.ts';
import type { ContentCommit } from './history.ts';

/** One change, as the page lists it. */
export type Change =
  | { kind: 'document-added'; date: string; document: string; title: string }
  | {
      kind: 'status';
      date: string;
      commitment: string;
      document: string;
      from: CommitmentStatus;
      to: CommitmentStatus;
      note: string | null;
    }
  | { kind: 'due'; date: string; commitment: string; document: string; from: string | null; to: string | null };

interface TaskState {
  status: CommitmentStatus;
  due: string | null;
}

type Raw = Record<string, unknown>;

/** A past version of a file, read by the one content reader; a version that did not parse reads as nothing. */
const dataOf = (text: string | null, file: string): unknown => {
  if (!text) return null;
  const parsed = readContentFile(text, file);
  return 'code' in parsed ? null : parsed.data;
};

const asList = (data: unknown): Raw[] => (Array.isArray(data) ? (data.filter((e) => e && typeof e === 'object') as Raw[]) : []);

function stateOf(entry: Raw): TaskState {
  const deadlines = Array.isArray(entry.deadlines) ? (entry.deadlines as { date: string; phrase: string }[]) : [];
  const timing = Array.isArray(entry.timing) ? (entry.timing as never[]) : [];
  return {
    status: (typeof entry.status === 'string' ? entry.status : 'chua-cap-nhat') as CommitmentStatus,
    due: dueDate({ deadlines: deadlines.map((d) => ({ date: String(d.date), phrase: String(d.phrase) })), timing }),
  };
}

/** The newest note of a status history, for the line that reports a status change. */
function lastNote(entry: Raw): string | null {
  const history = Array.isArray(entry.status_history) ? (entry.status_history as { note?: unknown }[]) : [];
  const note = history.at(-1)?.note;
  return typeof note === 'string' && note.trim() ? note : null;
}

/** Every change in `commits` (oldest first), in the order it happened. */
export function changesOf(commits: readonly ContentCommit[], read: (hash: string, file: string) => string | null): Change[] {
  const seenDocuments = new Set<string>();
  const tasks = new Map<string, Map<string, TaskState>>(); // file → id → state
  const changes: Change[] = [];
  for (const commit of commits) {
    for (const file of commit.files) {
      const dir = path.posix.basename(path.posix.dirname(file.path));
      const id = path.posix.basename(file.path).replace(/\.[^.]+$/, '');
      if (dir === COLLECTIONS.documents.dir) {
        // A document is added once, whatever its file's extension was then (the content moved from .mdx to .yaml).
        if (file.status === 'D' || seenDocuments.has(id)) continue;
        seenDocuments.add(id);
        const data = file.path.endsWith('.yaml') ? (dataOf(read(commit.hash, file.path), file.path) as Raw | null) : null;
        const title = String(data?.title ?? id);
        changes.push({ kind: 'document-added', date: commit.date, document: id, title });
      } else if (dir === COLLECTIONS.commitments.dir && file.path.endsWith('.yaml')) {
        const before = tasks.get(file.path);
        const after = new Map<string, TaskState>();
        for (const entry of file.status === 'D' ? [] : asList(dataOf(read(commit.hash, file.path), file.path))) {
          if (typeof entry.id !== 'string') continue;
          const state = stateOf(entry);
          after.set(entry.id, state);
          const previous = before?.get(entry.id);
          if (!previous) continue;
          const document = typeof entry.document === 'string' ? entry.document : id;
          if (previous.status !== state.status) {
            changes.push({
              kind: 'status',
              date: commit.date,
              commitment: entry.id,
              document,
              from: previous.status,
              to: state.status,
              note: lastNote(entry),
            });
          }
          if (previous.due !== state.due) {
            changes.push({ kind: 'due', date: commit.date, commitment: entry.id, document, from: previous.due, to: state.due });
          }
        }
        tasks.set(file.path, after);
      }
    }
  }
  return changes;
}

/** The changes of one day, with the counts its summary line says ("3 nhiệm vụ hoàn thành, 1 thời hạn lùi"). */
export interface ChangeDay {
  date: string;
  changes: Change[];
  counts: { documents: number; completed: number; otherStatus: number; later: number; earlier: number; dueOther: number };
}

/** True when a due-date change moves the deadline later ("lùi"). */
export const isLater = (c: Extract<Change, { kind: 'due' }>): boolean => c.from !== null && c.to !== null && c.to > c.from;
/** True when it moves the deadline earlier. */
export const isEarlier = (c: Extract<Change, { kind: 'due' }>): boolean => c.from !== null && c.to !== null && c.to < c.from;

/** Changes grouped by day, newest day first. */
export function changesByDay(changes: readonly Change[]): ChangeDay[] {
  const days = new Map<string, Change[]>();
  for (const change of changes) days.set(change.date, [...(days.get(change.date) ?? []), change]);
  return [...days]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([date, list]) => {
      const due = list.filter((c): c is Extract<Change, { kind: 'due' }> => c.kind === 'due');
      const status = list.filter((c) => c.kind === 'status');
      const completed = status.filter((c) => c.kind === 'status' && c.to === 'hoan-thanh').length;
      const later = due.filter(isLater).length;
      const earlier = due.filter(isEarlier).length;
      return {
        date,
        changes: list,
        counts: {
          documents: list.filter((c) => c.kind === 'document-added').length,
          completed,
          otherStatus: status.length - completed,
          later,
          earlier,
          dueOther: due.length - later - earlier,
        },
      };
    });
}
