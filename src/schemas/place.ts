import { z } from 'astro/zod';
import { IsoDate, NonEmptyText } from './fields.ts';

/** A province or centrally governed city, e.g. `ca-mau` (tỉnh Cà Mau). */
export const PlaceSchema = z.object({
  /** Bare name as written in documents, e.g. "Cà Mau". */
  name: NonEmptyText,
  /** Name with its administrative prefix, e.g. "tỉnh Cà Mau", "thành phố Cần Thơ". */
  full_name: NonEmptyText,
  /** Administrative level: a province (`tinh`), a centrally governed city (`thanh-pho`) or the whole country. */
  kind: z.enum(['tinh', 'thanh-pho', 'quoc-gia']),
  /** What the place became in the 2025 merger (from shared reference data), when it changed. */
  successor: z
    .object({
      /** Id-like bare name of the new unit, e.g. "Cần Thơ". */
      name: NonEmptyText,
      /** Full name of the new unit, e.g. "thành phố Cần Thơ". */
      full_name: NonEmptyText,
      /** Date the new unit started operating, e.g. "2025-07-01". */
      effective: IsoDate,
      /** Legal basis, e.g. "Nghị quyết 202/2025/QH15". */
      legal_basis: z.string().optional(),
    })
    .nullable()
    .default(null),
});
export type Place = z.output<typeof PlaceSchema>;
