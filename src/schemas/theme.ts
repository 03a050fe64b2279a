import { z } from 'astro/zod';
import { NonEmptyText } from './fields.ts';

/** A policy theme (chủ đề). Every commitment gets at least one. */
export const ThemeSchema = z.object({
  /** Vietnamese display name, e.g. "Tài chính công và ngân sách". */
  name: NonEmptyText,
  /** One or two sentences saying what the theme covers. */
  description: NonEmptyText,
  /** Display order on theme lists (ascending). */
  order: z.number().int().default(100),
  /**
   * Keyword rules, matched case- and diacritic-sensitively on whole words of the
   * commitment text (and its section heading), e.g. ["ngân sách", "thu ngân sách", "thuế"].
   */
  keywords: z.array(NonEmptyText).min(1, { error: 'needs at least one keyword rule' }),
  /** Theme used when no keyword matches (exactly one theme should set this). */
  fallback: z.boolean().default(false),
});
export type Theme = z.output<typeof ThemeSchema>;
