/**
 * The 2025 reorganisation as data: provinces and their successors (places.yaml) and agency
 * succession rules (agency-successions.yaml), both copied from the shared reference data.
 * Read and validated once when the converter starts; a broken file stops it with the line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { DiagnosticError, catalogue, report } from '../../../src/diagnostics/index.ts';
import { lineOf, readContentFile } from '../../../src/lib/content/content-file.ts';
import { IsoDate, NonEmptyText, SuccessionChange } from '../../../src/schemas/index.ts';

const Successor = z.object({ name: NonEmptyText, full_name: NonEmptyText, effective: IsoDate, legal_basis: z.string().optional() });

/** A provincial-level unit (63 before 2025; the 34 after are among them by name). */
export const PlaceDataSchema = z.object({
  /** Bare name, e.g. "Cà Mau". */
  name: NonEmptyText,
  /** With its prefix, e.g. "tỉnh Cà Mau". */
  full_name: NonEmptyText,
  kind: z.enum(['tinh', 'thanh-pho']),
  successor: Successor.nullable(),
});

/** One 2025 succession rule for an agency name. */
export const AgencySuccessionSchema = z.object({
  /** Name as written before the change, e.g. "Sở Kế hoạch và Đầu tư". */
  from: NonEmptyText,
  /** Successor name, e.g. "Sở Tài chính". */
  to: NonEmptyText,
  level: z.enum(['national', 'province']),
  change: SuccessionChange,
  effective: IsoDate,
  functions: z.string().optional(),
  /** Provinces the rule is limited to (bare names); absent = everywhere. */
  applies_to: z.array(NonEmptyText).optional(),
  legal_basis: z.string().optional(),
});

/** Reads one of the lexicon's YAML lists and validates every entry. */
export function readLexiconList<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
  const absolute = path.join(import.meta.dirname, file);
  const shown = path.relative(process.cwd(), absolute);
  const parsed = readContentFile(readFileSync(absolute, 'utf8'), shown);
  if ('code' in parsed) throw new DiagnosticError([parsed]);
  const result = z.array(schema).safeParse(parsed.data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  throw new DiagnosticError([
    report(
      catalogue.SCHEMA_INVALID,
      { file: shown, line: lineOf(parsed, at), field: at.join('.') },
      { problem: issue.message, fix: 'Correct the entry; the file is data copied from ../shared/reference' },
    ),
  ]);
}
