/** Warnings extraction reports so staff can review what it guessed. */
import { lexiconAgency } from './agency-name.ts';
import type { Diagnostic, ExtractContext, ExtractedAgency, ExtractedCommitment, ParsedDocument } from './types.ts';

/** One warning per agency neither the lexicon nor content/agencies knew. */
export function newAgencyDiagnostics(parsed: ParsedDocument, agencies: ExtractedAgency[], ctx: ExtractContext): Diagnostic[] {
  return agencies
    .filter((agency) => !ctx.registry.entries.has(agency.id) && !lexiconAgency(agency.name))
    .map((agency) => ({
      code: 'AGENCY_NEW',
      severity: 'warning' as const,
      file: parsed.file,
      field: `agencies.${agency.id}`,
      message: `New agency "${agency.name}" (kind ${agency.kind}) was added to the registry.`,
      hint: `If it is another spelling of a known agency, add it to that agency's aliases in content/agencies/.`,
    }));
}

/** A warning when a plan yields no commitment at all, which usually means an unknown layout. */
export function commitmentDiagnostics(parsed: ParsedDocument, commitments: ExtractedCommitment[]): Diagnostic[] {
  if (commitments.length > 0 || parsed.header.kind === 'news' || parsed.blocks.length === 0) return [];
  return [
    {
      code: 'COMMITMENTS_NONE',
      severity: 'warning',
      file: parsed.file,
      message: 'No commitment was found in this document.',
      hint: 'Check that its task sections were recognised, or mark tasks by hand in content/commitments/.',
    },
  ];
}
