/**
 * Contract of the extraction stage (parse → **extract** → assemble).
 *
 * One import for the pipeline:
 *
 *   import { loadExtractContext, extractEntities } from './extract/index.ts';
 *   const ctx = await loadExtractContext('content', documentId);   // the only I/O
 *   const extraction = extractEntities(parsed, ctx);               // pure
 *
 * Ids (all slugs from src/lib/slug.ts):
 * - agency: slugify(canonical name), plus `-<place id>` for provincial bodies when the
 *   document's province is known ("Sở Tài chính" in Cà Mau → `so-tai-chinh-ca-mau`). The
 *   display name stays without the province ("Sở Tài chính") and `place` says which one, so
 *   Cà Mau's and Hậu Giang's Sở Tài chính are two agencies with the same name. National
 *   bodies (Chính phủ, Bộ …, Quốc hội) never get a suffix.
 * - reference: slugify(number) plus `-<year>` when the year is known (`01-nq-cp-2023`).
 * - commitment: `<documentId>--<section anchor or 'van-ban'>--<n>`, n 1-based within the section.
 * - target: `<documentId>--chi-tieu-<n>`; actual: `<documentId>--so-lieu-<n>` (n 1-based).
 */
import type { Lexicon } from '../lexicon/load.ts';
import type { Block, Diagnostic, ParsedDocument } from '../types.ts';
import type { z } from 'astro/zod';
import type {
  AgencyKind,
  DeadlineSchema,
  makeActualSchema,
  makeAgencySchema,
  makeCommitmentSchema,
  makeReferenceSchema,
  makeTargetSchema,
  PlaceSchema,
  ThemeSchema,
} from '../../../src/schemas/index.ts';

export type { Block, Diagnostic, ParsedDocument };

/*
 * What the converter emits is the input of the collection schemas (src/schemas/), so the
 * shapes below are derived from them: a field added to a schema appears here by itself.
 * Fields the schema defaults but the converter always fills are made required, relations the
 * assemble stage adds (the document) are left out, and what only extraction knows is added.
 */

/** `z.input` of a schema with the fields `K` (which the converter always writes) required. */
type Emitted<S extends z.ZodType, K extends keyof z.input<S>> = Omit<z.input<S>, K> & Required<Pick<z.input<S>, K>>;

/** Where an extracted entry sits in the parsed document. */
interface Position {
  /** Index of the block in ParsedDocument.blocks. */
  block: number;
  /** 0-based position in document order. */
  order: number;
}

/** Kind of an agency, one of AGENCY_KINDS. */
export type AgencyKindValue = z.output<typeof AgencyKind>;

/** An agency as extracted: src/schemas/agency.ts plus the id. */
export type ExtractedAgency = { id: string } & Emitted<ReturnType<typeof makeAgencySchema>, 'aliases' | 'place' | 'parent' | 'successor'>;

/** 2025 successor of an agency, as in src/schemas/agency.ts. */
export type AgencySuccessor = NonNullable<ExtractedAgency['successor']>;

/** A deadline: ISO date plus the phrase as written. */
export type ExtractedDeadline = z.input<typeof DeadlineSchema>;

/** Schemas of the collections the converter writes, relations as ids. */
type CommitmentSchema = ReturnType<typeof makeCommitmentSchema>;
type TargetSchema = ReturnType<typeof makeTargetSchema>;
type ActualSchema = ReturnType<typeof makeActualSchema>;
type ReferenceSchema = ReturnType<typeof makeReferenceSchema>;

/**
 * An actionable item of the document: src/schemas/commitment.ts without the document (added
 * when assembled) and the status fields (staff only), plus the id and its block. `section` is
 * null for text outside any section; `lead`/`partners` are agency ids ("chủ trì"/"phối hợp");
 * `timing` is every time statement of the task, phrases as written.
 */
export type ExtractedCommitment = { id: string } & Position &
  Omit<
    Emitted<CommitmentSchema, 'section' | 'lead' | 'partners' | 'deadlines' | 'targets' | 'references'>,
    'document' | 'status' | 'status_history' | 'block' | 'order'
  >;

/** A numeric target ("chỉ tiêu"): src/schemas/target.ts without the document, plus the id and its block. */
export type ExtractedTarget = { id: string } & Position & Omit<Emitted<TargetSchema, 'comparator' | 'section'>, 'document' | 'order'>;

/** A reported figure ("tăng 6,96%"): src/schemas/target.ts (actual) without the document and the matched target. */
export type ExtractedActual = { id: string } & Position & Omit<z.input<ActualSchema>, 'document' | 'target' | 'order'>;

/** A cited document: src/schemas/reference.ts plus the id; the corpus document it is is found when assembled. */
export type ExtractedReference = { id: string } & Omit<Emitted<ReferenceSchema, 'type' | 'issuer' | 'date' | 'title'>, 'document'>;

/** A province or city: src/schemas/place.ts plus the id. */
export type ExtractedPlace = { id: string } & Emitted<typeof PlaceSchema, 'successor'>;

/** Output of extractEntities. */
export interface Extraction {
  commitments: ExtractedCommitment[];
  /** Every agency used in this document (new ones included, never dropped), sorted by id. */
  agencies: ExtractedAgency[];
  targets: ExtractedTarget[];
  actuals: ExtractedActual[];
  references: ExtractedReference[];
  /** Where the document was issued: its province, or for a national text the place-date line's place. */
  place: ExtractedPlace | null;
  /** The province the document belongs to; null for a national text (issued in Hà Nội, filed under no province). */
  province: ExtractedPlace | null;
  /** Agency id of the issuer, when recognised. */
  issuerAgency: string | null;
  /** People named (news texts). */
  people: string[];
  diagnostics: Diagnostic[];
}

/** A theme's keyword rule set, loaded from content/themes/*.yaml (src/schemas/theme.ts without the description). */
export type ThemeRule = { id: string } & Omit<z.output<typeof ThemeSchema>, 'description'>;

/** Lookup of agencies by any known spelling; see registry.ts. */
export interface AgencyRegistry {
  /** Agencies stored in content/agencies (staff-editable), by id. */
  entries: Map<string, ExtractedAgency>;
  /** `<place id or ''>|<name key>` → agency id, from every stored name and alias. */
  index: Map<string, string>;
}

/** Everything extraction needs besides the parsed document. */
export interface ExtractContext {
  /** Document id, e.g. "ca-mau-2023-01-ctr-01-ubnd". */
  documentId: string;
  registry: AgencyRegistry;
  themes: ThemeRule[];
  /** The compiled vocabulary (lexicon/*.yaml); read-only, shared by every document of a run. */
  lexicon: Lexicon;
}
