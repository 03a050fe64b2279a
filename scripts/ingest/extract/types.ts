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
import type { AgencyKind } from '../../../src/schemas/agency.ts';
import type { z } from 'astro/zod';
import type { Timing } from './timing/index.ts';

export type { Block, Diagnostic, ParsedDocument };

/** Kind of an agency, one of AGENCY_KINDS. */
export type AgencyKindValue = z.output<typeof AgencyKind>;

/** 2025 successor of an agency, as in src/schemas/agency.ts. */
export interface AgencySuccessor {
  name: string;
  change: 'merged-into' | 'renamed' | 'split' | 'functions-moved';
  effective: string;
  legal_basis?: string;
}

/** An agency as extracted; field shapes match src/schemas/agency.ts plus the id. */
export interface ExtractedAgency {
  id: string;
  name: string;
  aliases: string[];
  abbreviation?: string;
  kind: AgencyKindValue;
  place: string | null;
  parent: string | null;
  successor: AgencySuccessor | null;
}

/** A deadline: ISO date plus the phrase as written. */
export interface ExtractedDeadline {
  date: string;
  phrase: string;
}

/** An actionable item of the document. */
export interface ExtractedCommitment {
  id: string;
  /** Index of the block in ParsedDocument.blocks. */
  block: number;
  /** Section anchor, or null for text outside any section. */
  section: string | null;
  /** Verbatim text of the block. */
  text: string;
  /** Lead agency ids ("chủ trì"). */
  lead: string[];
  /** Partner agency ids ("phối hợp"). */
  partners: string[];
  deadlines: ExtractedDeadline[];
  /** Every time statement of the task (limits, periods, starts, recurrences), phrases as written. */
  timing?: Timing[];
  /** Theme ids, at least one. */
  themes: string[];
  /** Target ids of this document mentioned by the item. */
  targets: string[];
  /** Reference ids cited by the item. */
  references: string[];
  /** 1-based source line. */
  line: number;
  /** 0-based position in document order. */
  order: number;
}

/** A numeric target ("chỉ tiêu"), shapes as in src/schemas/target.ts. */
export interface ExtractedTarget {
  id: string;
  label: string;
  low: number | null;
  high: number | null;
  unit: string | null;
  period: string | null;
  comparator: 'min' | 'max' | 'about';
  sentence: string;
  section: string | null;
  block: number;
  order: number;
}

/** A reported figure ("tăng 6,96%"), shapes as in src/schemas/target.ts (actual). */
export interface ExtractedActual {
  id: string;
  label: string;
  value: number;
  unit: string | null;
  as_of: string | null;
  sentence: string;
  block: number;
  order: number;
}

/** A cited document, shapes as in src/schemas/reference.ts plus the id. */
export interface ExtractedReference {
  id: string;
  number: string;
  type: string | null;
  issuer: string | null;
  date: string | null;
  title: string | null;
}

/** A province or city, shapes as in src/schemas/place.ts plus the id. */
export interface ExtractedPlace {
  id: string;
  name: string;
  full_name: string;
  kind: 'tinh' | 'thanh-pho' | 'quoc-gia';
  successor: { name: string; full_name: string; effective: string; legal_basis?: string } | null;
}

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

/** A theme's keyword rule set, loaded from content/themes/*.yaml. */
export interface ThemeRule {
  id: string;
  name: string;
  order: number;
  keywords: string[];
  fallback: boolean;
}

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
