import { z } from 'astro/zod';
import { IsoDate, NonEmptyText } from './fields.ts';

/**
 * One unresolved outcome of `npm run ingest`, kept in `content/conflicts.yaml` until a
 * person deals with it and deletes the entry. While any entry remains, `npm run ingest`,
 * `npm run ingest -- --check` and `npm run check` list it (and fail), so a source and the
 * published site cannot drift apart unnoticed.
 */
export const ConflictSchema = z.object({
  /** `merge-conflict`: a person and the converter changed one field differently (the person's value was kept).
   * `unplaced-edit`: an edited entry whose text the source no longer has (the entry was kept as it was). */
  kind: z.enum(['merge-conflict', 'unplaced-edit']),
  /** Content file holding the entry, e.g. `content/commitments/x.yaml`. */
  file: NonEmptyText,
  /** Id of the entry (empty for a single-entry file). */
  id: z.string(),
  /** Field path, e.g. `lead`; `*` for the whole entry. */
  field: z.string(),
  /** The value kept (the person's). */
  kept: z.unknown(),
  /** What the converter proposed instead. */
  proposed: z.unknown(),
  /** Date the conflict was found. */
  since: IsoDate,
});
export type Conflict = z.output<typeof ConflictSchema>;

/** The whole register: a list of conflicts (an empty file or `[]` when all is resolved). */
export const ConflictListSchema = z.array(ConflictSchema);
