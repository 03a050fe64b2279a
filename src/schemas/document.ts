import { z } from 'astro/zod';
import { HttpUrl, IsoDate, NfcText, NonEmptyText, type RefFactory } from './fields.ts';

/** Broad kind of a document, which decides how it is parsed and shown. */
export const DOCUMENT_KINDS = ['plan', 'resolution', 'report', 'news'] as const;

/** A footnote of the source text ("(1) …" or "[1] …"). */
export const FootnoteSchema = z.object({
  /** Label as written without brackets, e.g. "1". */
  label: z.string().min(1),
  /** Footnote text, verbatim. */
  text: NonEmptyText,
});

/** Builds the schema of a document's metadata (`content/documents/<id>.yaml`; its text is in `content/texts/`). */
export function makeDocumentSchema(ref: RefFactory) {
  return z.object({
    /** Document number as written, e.g. "01/CTr-UBND"; null for news. */
    number: z.string().nullable(),
    /** Type in Vietnamese, e.g. "Chương trình hành động", "Nghị quyết", "Tin tức". */
    type: NonEmptyText,
    /** Broad kind: plan, resolution, report or news. */
    kind: z.enum(DOCUMENT_KINDS),
    /** Issuing body as printed, e.g. "Ủy ban nhân dân tỉnh Cà Mau". */
    issuer: z.string().nullable(),
    /** Issuing body in the agencies collection. */
    issuer_agency: ref('agencies').nullable().default(null),
    /** Province the document belongs to (null for national texts). */
    place: ref('places').nullable(),
    /** Where a national text was signed, from its place-date line ("Hà Nội, ngày …"); it files the text under no place. */
    issued_in: z.string().nullable().default(null),
    /** Issue date (or event/article date for news). */
    issued: IsoDate.nullable(),
    /** Name of the signer, e.g. "Lâm Văn Bi". */
    signer: z.string().nullable(),
    /** Signer's title, e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
    signer_title: z.string().nullable().default(null),
    /** Title (several upper-case lines joined), verbatim. */
    title: NonEmptyText,
    /** Period the plan covers, e.g. "2020-2025" or "2023". */
    period: z.string().nullable().default(null),
    /** Recipients ("Nơi nhận"), one per line. */
    recipients: z.array(NfcText).default([]),
    /** Footnotes of the source. */
    footnotes: z.array(FootnoteSchema).default([]),
    /** People named in a news text. */
    people: z.array(NfcText).default([]),
    /** Every document this one cites by number (preamble, body, footnotes). */
    references: z.array(ref('references')).default([]),
    /** Where the text comes from. */
    source: z.object({
      /** Path of the source file in the repository, e.g. "content/sources/x.txt". */
      file: NonEmptyText,
      /** Original web address, from the metadata sidecar (http/https only). */
      url: HttpUrl.optional(),
      /** Publication date, from the metadata sidecar. */
      published: IsoDate.optional(),
    }),
  });
}
export type DocumentMeta = z.output<ReturnType<typeof makeDocumentSchema>>;
