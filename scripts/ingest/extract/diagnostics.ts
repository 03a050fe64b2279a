/** Warnings extraction reports so staff can review what it guessed. */
import { catalogue, report } from '../../../src/diagnostics/index.ts';
import { lexiconAgency } from './agency-name.ts';
import type { Diagnostic, ExtractContext, ExtractedAgency, ExtractedCommitment, ParsedDocument } from './types.ts';

/** One warning per agency neither the lexicon nor content/agencies knew. */
export function newAgencyDiagnostics(parsed: ParsedDocument, agencies: ExtractedAgency[], ctx: ExtractContext): Diagnostic[] {
  return agencies
    .filter((agency) => !ctx.registry.entries.has(agency.id) && !lexiconAgency(agency.name))
    .map((agency) =>
      report(catalogue.AGENCY_NEW, { file: parsed.file, field: `agencies.${agency.id}` }, { name: agency.name, kind: agency.kind }),
    );
}

/** A warning when a plan yields no commitment at all, which usually means an unknown layout. */
export function commitmentDiagnostics(parsed: ParsedDocument, commitments: ExtractedCommitment[]): Diagnostic[] {
  if (commitments.length > 0 || parsed.header.kind === 'news' || parsed.blocks.length === 0) return [];
  return [report(catalogue.COMMITMENTS_NONE, { file: parsed.file })];
}
