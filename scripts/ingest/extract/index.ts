/**
 * Entity extraction: parsed document → commitments, agencies, targets, actuals,
 * references, place, people. The contract is documented in ./types.ts.
 *
 * `loadExtractContext` is the only function here that touches the file system;
 * `extractEntities` is pure and deterministic.
 */
import type { ExtractContext, Extraction, ParsedDocument } from './types.ts';
import { createAgencyResolver } from './agencies.ts';
import { expandAbbreviations } from './agency-name.ts';
import { closeLinks } from './closure.ts';
import { extractCommitments } from './commitments.ts';
import { commitmentDiagnostics, newAgencyDiagnostics } from './diagnostics.ts';
import { loadAgencyRegistry } from './load-registry.ts';
import { loadThemeRules } from './load-themes.ts';
import { loadLexicon } from '../lexicon/load.ts';
import { extractPeople, sentenceCase } from './people.ts';
import { extractDocumentPlace, extractPlace } from './place.ts';
import { extractReferences } from './document-references.ts';
import { extractFigures, withoutFiguresInTasks } from './figures/index.ts';
import { compileThemes } from './themes.ts';

export type * from './types.ts';

/** Reads the agency registry and theme rules under `contentDir` (the only I/O of extraction). */
export async function loadExtractContext(contentDir: string, documentId: string): Promise<ExtractContext> {
  const [registry, themes] = await Promise.all([loadAgencyRegistry(contentDir), loadThemeRules(contentDir)]);
  return { documentId, registry, themes, lexicon: loadLexicon() };
}

/**
 * Extracts every entity of a parsed document; pure. The steps run in order because
 * later ones use earlier results: commitments link to targets, and every agency a
 * commitment names is collected by the one resolver.
 */
export function extractEntities(parsed: ParsedDocument, ctx: ExtractContext): Extraction {
  const province = extractPlace(parsed); // the province whose bodies the text names, null for a national text
  const place = extractDocumentPlace(parsed, province); // where it was issued ("Hà Nội" for a ministry)
  const resolver = createAgencyResolver(ctx.registry, province);
  const figures = extractFigures(parsed, { documentId: ctx.documentId, lexicon: ctx.lexicon.facts });
  const targets = figures.targets;
  const references = extractReferences(parsed, ctx.lexicon.facts.references);
  const extracted = extractCommitments(parsed, {
    documentId: ctx.documentId,
    resolver,
    themes: compileThemes(ctx.themes),
    targets,
    lexicon: ctx.lexicon,
  });
  // A figure inside a task is part of the direction, not a reported result.
  const actuals = withoutFiguresInTasks(parsed, figures, new Set(extracted.map((commitment) => commitment.block)), ctx.documentId);
  const issuerAgency = parsed.header.issuer ? resolver.resolve(sentenceCase(expandAbbreviations(parsed.header.issuer))) : null;
  const agencies = resolver.agencies();
  // Last, once every entity is known: links to anything outside this conversion are dropped.
  const closure = closeLinks(extracted, { references, agencies, targets, ownNumber: parsed.header.number }, parsed.file);
  const commitments = closure.commitments;
  return {
    commitments,
    agencies,
    targets,
    actuals,
    references,
    place,
    province,
    issuerAgency,
    people: extractPeople(parsed),
    diagnostics: [...newAgencyDiagnostics(parsed, agencies, ctx), ...commitmentDiagnostics(parsed, commitments), ...closure.diagnostics],
  };
}
