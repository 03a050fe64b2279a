/**
 * The state a page shows for a commitment, derived at build time from what staff recorded
 * (status and dated history) and from the task's timing, in the words of the Government
 * Office's task-tracking system ("Hoàn thành đúng hạn", "Đang thực hiện trong hạn", "Quá
 * hạn" …). Nothing here is written into the data: a rebuild on a later day moves a task
 * from "trong hạn" to "quá hạn" by itself.
 */
import type { CommitmentEntry } from '../data/corpus.ts';
import { dueDate } from './timing.ts';

/** Every derived state, in the order scorecards list them. */
export const DERIVED_STATES = [
  'hoan-thanh-dung-han',
  'hoan-thanh-qua-han',
  'hoan-thanh',
  'dang-thuc-hien-trong-han',
  'dang-thuc-hien',
  'qua-han',
  'qua-han-chua-cap-nhat',
  'chua-cap-nhat',
  'da-dieu-chinh',
  'khong-tiep-tuc',
] as const;
/** One of {@link DERIVED_STATES}. */
export type DerivedState = (typeof DERIVED_STATES)[number];

/** States of tasks that are late and not done. */
export const OVERDUE_STATES: readonly DerivedState[] = ['qua-han', 'qua-han-chua-cap-nhat'];
/** States staff set to take a task out of the count (modified, dropped). */
export const WITHDRAWN_STATES: readonly DerivedState[] = ['da-dieu-chinh', 'khong-tiep-tuc'];

/** A derived state with the dates it was derived from. */
export interface StatusView {
  state: DerivedState;
  /** When the task is due (ISO), null when its timing sets no date. */
  due: string | null;
  /** When it was completed (date of the last "hoan-thanh" entry), null when not completed. */
  completed: string | null;
  /** Date of the newest history entry, null when nobody recorded anything. */
  lastUpdate: string | null;
}

type Recorded = Pick<CommitmentEntry, 'status' | 'status_history' | 'deadlines'> & { timing?: CommitmentEntry['timing'] };

/**
 * Derives the state of a task on `today` (ISO date, the build date):
 * - staff decide "Đã điều chỉnh" and "Không tiếp tục" (the older `khong-thuc-hien` reads as the latter);
 * - a completion is on time when its dated entry is on or before the due date;
 * - an unfinished task past its due date is "Quá hạn" when someone reported on it after the
 *   due date, and "Quá hạn, chưa có cập nhật" when nobody did;
 * - before the due date (or without one) it is "Đang thực hiện" once someone reported on it,
 *   "Chưa có cập nhật" otherwise: a task nobody reported on is never called "in progress".
 */
export function deriveStatus(commitment: Recorded, today: string): StatusView {
  const history = [...commitment.status_history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const due = dueDate(commitment);
  const lastUpdate = history.at(-1)?.date ?? null;
  const completed = history.filter((h) => h.status === 'hoan-thanh').at(-1)?.date ?? null;
  const view = (state: DerivedState): StatusView => ({
    state,
    due,
    completed: state.startsWith('hoan-thanh') ? completed : null,
    lastUpdate,
  });
  const status = commitment.status;
  if (status === 'khong-tiep-tuc' || status === 'khong-thuc-hien') return view('khong-tiep-tuc');
  if (status === 'da-dieu-chinh') return view('da-dieu-chinh');
  if (status === 'hoan-thanh') {
    if (!due || !completed) return view('hoan-thanh');
    return view(completed <= due ? 'hoan-thanh-dung-han' : 'hoan-thanh-qua-han');
  }
  const reported = status !== 'chua-cap-nhat' || history.length > 0;
  if (due && due < today) return view(lastUpdate && lastUpdate > due ? 'qua-han' : 'qua-han-chua-cap-nhat');
  if (!reported) return view('chua-cap-nhat');
  return view(due ? 'dang-thuc-hien-trong-han' : 'dang-thuc-hien');
}
