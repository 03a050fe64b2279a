/**
 * Referential closure: a commitment may only link to references, agencies and targets of the
 * same conversion, because the site resolves every link and a dangling one breaks the build.
 * Self-citations ("Kèm theo Quyết định số 170/QĐ-… " inside decision 170 itself) are dropped
 * quietly: a document is not a reference of its own. Anything else left dangling is a converter
 * bug, so it is dropped and reported rather than written.
 */
import { catalogue, report } from '../../../src/diagnostics/index.ts';
import { slugify } from '../../../src/lib/slug.ts';
import type { Diagnostic, ExtractedAgency, ExtractedCommitment, ExtractedReference, ExtractedTarget } from './types.ts';

/** What the commitments may link to. */
export interface LinkTargets {
  references: ExtractedReference[];
  agencies: ExtractedAgency[];
  targets: ExtractedTarget[];
  /** The document's own number ("170/QĐ-BCĐNNDL"), or null. */
  ownNumber: string | null;
}

/** Returns the commitments with links only to known ids, and a warning for every other link dropped. */
export function closeLinks(
  commitments: ExtractedCommitment[],
  to: LinkTargets,
  file: string,
): { commitments: ExtractedCommitment[]; diagnostics: Diagnostic[] } {
  const references = new Set(to.references.map((reference) => reference.id));
  const agencies = new Set(to.agencies.map((agency) => agency.id));
  const targets = new Set(to.targets.map((target) => target.id));
  const own = to.ownNumber ? slugify(to.ownNumber) : null;
  const isSelf = (id: string): boolean =>
    own !== null && (id === own || (id.startsWith(`${own}-`) && /^\d{4}$/u.test(id.slice(own.length + 1))));
  const diagnostics: Diagnostic[] = [];
  const keep = (commitment: ExtractedCommitment, field: string, ids: string[], known: Set<string>): string[] =>
    ids.filter((id) => {
      if (known.has(id)) return true;
      if (field === 'references' && isSelf(id)) return false;
      diagnostics.push(
        report(catalogue.LINK_DANGLING, { file, line: commitment.line, field: `commitments[${commitment.id}].${field}` }, { id }),
      );
      return false;
    });
  const closed = commitments.map((commitment) => ({
    ...commitment,
    references: keep(commitment, 'references', commitment.references, references),
    lead: keep(commitment, 'lead', commitment.lead, agencies),
    partners: keep(commitment, 'partners', commitment.partners, agencies),
    targets: keep(commitment, 'targets', commitment.targets, targets),
  }));
  return { commitments: closed, diagnostics };
}
