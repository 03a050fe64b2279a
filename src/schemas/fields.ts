/**
 * Field types shared by every entity schema: ids, dates and the relation factory.
 *
 * The schemas in this folder are the single source of truth for the content model.
 * They are used by three callers, which differ only in how a relation is checked:
 * - the converter (`scripts/ingest`) and the validator (`scripts/validate`) pass
 *   {@link slugRef}, which checks that a relation is a well-formed id;
 * - `src/content.config.ts` passes Astro's `reference()`, which resolves it.
 */
import { z } from 'astro/zod';

/**
 * Builds the schema of a relation to another collection (an id in the data). The name is a
 * plain string so that the schemas do not depend on the registry that lists them; a test
 * checks that every relation names a collection of the registry. Typed as taking and giving a
 * string id (what the converter writes and the validator and the data module see, so `z.input`
 * of a schema types converter output); Astro's `reference()` gives `{ collection, id }`, which
 * the data module turns into the id.
 */
export type RefFactory = (collection: string) => z.ZodType<string, string>;

/** Stable, human-readable ASCII id: lower case letters, digits and single hyphens, e.g. `so-tai-chinh`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

/** An id of an entity: ASCII slug of its Vietnamese name (đ → d), e.g. `so-tai-chinh`. */
export const Slug = z.string().regex(SLUG_PATTERN, {
  error: 'must be an ASCII slug (lower-case a-z, 0-9 and hyphens, e.g. "so-tai-chinh")',
});

/** Relation factory for the converter and the validator: a relation is a well-formed id. */
export const slugRef: RefFactory = () => Slug;

/** True when `text` is a real calendar date in ISO form YYYY-MM-DD (rejects 2023-02-30). */
export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date as an ISO string `YYYY-MM-DD`, e.g. `2023-01-31`.
 * Accepts a JS Date too, because Astro reads YAML with js-yaml, which turns an
 * unquoted `2023-01-31` into a Date; the output is always the string.
 */
export const IsoDate = z.preprocess<unknown, z.ZodString, string>(
  // Typed as taking a string (what people and the converter write), so `z.input` of a schema
  // says `string` rather than `unknown`; the Date is only js-yaml's reading of one.
  (value: unknown) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, e.g. "2023-01-31"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, e.g. "2023-01-31"' })
    .refine(isRealIsoDate, { error: 'is not a date that exists in the calendar' }),
);

/** Text that must be in Unicode NFC (all Vietnamese text in the content is NFC). */
export const NfcText = z.string().refine((text) => text === text.normalize('NFC'), {
  error: 'must be Unicode NFC (composed Vietnamese letters); run the text through String.prototype.normalize("NFC")',
});

/** Non-empty NFC text. */
export const NonEmptyText = NfcText.refine((text) => text.trim().length > 0, { error: 'must not be empty' });

/** True for an absolute http(s) address with a host, e.g. "https://camau.gov.vn/van-ban/01". */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * A web address that may reach an `href`: http or https only, and parseable. Anything else
 * ("javascript:…", "camau.gov.vn/…" without a scheme) is rejected here, so neither the
 * validator nor the build lets it through.
 */
export const HttpUrl = z.string().refine(isHttpUrl, {
  error: 'must be a full web address starting with https:// (or http://), e.g. "https://camau.gov.vn/van-ban/01"',
});

/** True when text looks like an address (a scheme, "//" or "www."), so it must pass as {@link HttpUrl}. */
export function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:|^\/\/|^www\./i.test(text.trim());
}

/**
 * Where a fact comes from: a web address (shown as a link) or a citation in words, e.g.
 * "Báo cáo số 120/BC-UBND ngày 05/7/2024" (shown as text). Text that looks like an address
 * must be a valid http(s) one, so no other scheme can become a link.
 */
export const SourceRef = z.union([HttpUrl, NonEmptyText.refine((text) => !looksLikeUrl(text), { error: 'looks like a web address' })], {
  error: 'must be a full web address starting with https:// or a citation in words such as "Báo cáo số 120/BC-UBND"',
});

/** An HTML id inside a page (a section anchor): ASCII slug, used after "#" in links. */
export const Anchor = Slug;
