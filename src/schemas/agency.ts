import { z } from 'astro/zod';
import { IsoDate, NonEmptyText, type RefFactory } from './fields.ts';

/**
 * Kinds of agency. `group` is a collective actor such as "Các sở, ban, ngành tỉnh"
 * or "Ủy ban nhân dân các huyện, thành phố", which is assigned tasks as one party.
 */
export const AGENCY_KINDS = [
  'government', // Chính phủ, Thủ tướng Chính phủ, Văn phòng Chính phủ
  'ministry', // Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
  'people-committee', // Ủy ban nhân dân (tỉnh, huyện, xã)
  'council', // Hội đồng nhân dân, Quốc hội, Đoàn đại biểu Quốc hội
  'department', // Sở, ban, Thanh tra tỉnh, Văn phòng UBND: provincial departments
  'central-branch', // vertical units of central bodies in a province: Cục Thuế, Kho bạc, NHNN chi nhánh, BHXH, Công an, Bộ Chỉ huy quân sự
  'party', // Tỉnh ủy, Ban Thường vụ, ban của Đảng
  'front', // Mặt trận Tổ quốc and mass organisations (Đoàn, Hội)
  'unit', // public-service units, centres, enterprises, schools, newspapers
  'group', // collective actors: "các sở, ban, ngành", "UBND các huyện"
  'other',
] as const;

/** How an agency changed in the 2025 reorganisation (shared reference data). */
export const SUCCESSION_CHANGES = ['merged-into', 'renamed', 'split', 'functions-moved'] as const;
/** One of {@link SUCCESSION_CHANGES}. */
export const SuccessionChange = z.enum(SUCCESSION_CHANGES);

/** Kind of an agency; see {@link AGENCY_KINDS}. */
export const AgencyKind = z.enum(AGENCY_KINDS);

/** Builds the agency schema; `ref` decides how relations are checked (see fields.ts). */
export function makeAgencySchema(ref: RefFactory) {
  return z.object({
    /** Canonical display name, e.g. "Sở Tài chính", "Ủy ban nhân dân tỉnh Cà Mau". */
    name: NonEmptyText,
    /** Other spellings met in documents, e.g. ["Sở TC", "sở tài chính tỉnh Cà Mau"]. Staff may add more. */
    aliases: z.array(NonEmptyText).default([]),
    /** Short form, e.g. "UBND tỉnh", "Sở KH&ĐT". */
    abbreviation: z.string().optional(),
    /** Kind of body; `group` marks collective actors. */
    kind: AgencyKind,
    /** Province it belongs to (absent for national bodies). */
    place: ref('places').nullable().default(null),
    /** Parent body, e.g. UBND tỉnh for a sở. */
    parent: ref('agencies').nullable().default(null),
    /** What the agency became in the 2025 reorganisation, from shared reference data ("nay là …"). */
    successor: z
      .object({
        /** Successor's name, e.g. "Sở Tài chính". */
        name: NonEmptyText,
        /** `merged-into`, `renamed`, `split` or `functions-moved`. */
        change: SuccessionChange,
        /** Date the change took effect. */
        effective: IsoDate,
        /** Legal basis of the change. */
        legal_basis: z.string().optional(),
      })
      .nullable()
      .default(null),
  });
}
export type Agency = z.output<ReturnType<typeof makeAgencySchema>>;
