/**
 * Assemble stage: parsed document + extraction → schema-valid entities with ids and the
 * MDX body. Pure: every entity is validated with the shared schemas (src/schemas) here,
 * so a bad conversion fails before anything is written.
 */
import { schemas } from '../../src/schemas/index.ts';
import type { Extraction } from './extract/types.ts';
import { renderMdx } from './mdx.ts';
import type { Diagnostic, ParsedDocument } from './types.ts';

/** An entity ready to write: its id plus the schema's fields. */
export type Entry = { id: string } & Record<string, unknown>;

/** One converted document: everything `write` needs, all validated. */
export interface ConvertedDocument {
  id: string;
  source: string;
  /** Frontmatter of content/documents/<id>.mdx. */
  document: Record<string, unknown>;
  /** MDX body (verbatim text, headings with anchors, commitments marked up). */
  body: string;
  sections: Entry[];
  commitments: Entry[];
  targets: Entry[];
  actuals: Entry[];
  /** Per-entity registries shared by all documents. */
  agencies: Entry[];
  references: Entry[];
  places: Entry[];
  diagnostics: Diagnostic[];
}

type SchemaName = keyof typeof schemas;

/** Validates `data` with the collection schema; returns the parsed data or pushes diagnostics. */
function validate(collection: SchemaName, id: string, data: Record<string, unknown>, file: string, out: Diagnostic[]): Entry {
  const result = schemas[collection].safeParse(data);
  if (result.success) return { id, ...(result.data as Record<string, unknown>) };
  for (const issue of result.error.issues) {
    out.push({
      code: 'SCHEMA_INVALID',
      severity: 'error',
      file,
      field: `${collection}[${id}].${issue.path.join('.')}`,
      message: `The converted ${collection} entry does not match the content model: ${issue.message}`,
      hint: 'This is a converter bug or a sidecar override with a wrong value; fix the sidecar or report the source line',
    });
  }
  return { id, ...data };
}

/** Section id of an anchor. */
export function sectionId(documentId: string, anchor: string | null): string | null {
  return anchor === null ? null : `${documentId}--${anchor}`;
}

/** Builds and validates every entity of one document. */
export function assemble(
  documentId: string,
  source: string,
  parsed: ParsedDocument,
  extraction: Extraction,
  sidecar: { url?: string; published?: string; document?: Record<string, unknown> } = {},
): ConvertedDocument {
  const diagnostics: Diagnostic[] = [...extraction.diagnostics];
  const { header } = parsed;
  const document = validate(
    'documents',
    documentId,
    {
      number: header.number,
      type: header.type,
      kind: header.kind,
      issuer: header.issuer,
      issuer_agency: extraction.issuerAgency,
      place: extraction.place?.id ?? null,
      issued: header.issued,
      signer: header.signer,
      signer_title: header.signerTitle,
      title: header.title,
      period: header.period,
      recipients: header.recipients,
      footnotes: parsed.footnotes.map((f) => ({ label: f.label, text: f.text })),
      people: extraction.people,
      source: {
        file: source,
        ...(sidecar.url ? { url: sidecar.url } : {}),
        ...(sidecar.published ? { published: sidecar.published } : {}),
      },
      ...(sidecar.document ?? {}),
    },
    source,
    diagnostics,
  );
  const { id: _documentId, ...documentData } = document;
  if (parsed.blocks.length === 0 && parsed.frontMatterLines.length === 0) {
    diagnostics.push({
      code: 'INPUT_NO_TEXT',
      severity: 'error',
      file: source,
      message: 'The file holds no document text, only web boilerplate such as "Đang tải nội dung…" or blank lines',
      hint: 'Copy the document text itself into the file, then run the converter again',
    });
  }
  // Facts the text did not give: say so, and how a person can supply them.
  const missing = (field: string, what: string) =>
    diagnostics.push({
      code: 'HEADER_INCOMPLETE',
      severity: 'warning',
      file: source,
      line: parsed.frontMatterLines[0]?.sourceLine ?? 1,
      field: `document.${field}`,
      message: `No ${what} was found in the text`,
      hint: `If the document has one, write it in the sidecar ${source.replace(/\.(txt|md)$/i, '.meta.yaml')} under "document: { ${field}: … }"`,
    });
  if (documentData.issued === null) missing('issued', 'issue date');
  if (documentData.number === null && documentData.kind !== 'news' && documentData.kind !== 'report') missing('number', 'document number');
  const sections = parsed.sections.map((s) =>
    validate(
      'sections',
      `${documentId}--${s.anchor}`,
      {
        document: documentId,
        anchor: s.anchor,
        label: s.label,
        heading: s.heading,
        level: s.level,
        parent: sectionId(documentId, s.parent),
        order: s.order,
        line: s.line,
      },
      source,
      diagnostics,
    ),
  );
  const commitments = extraction.commitments.map((c) =>
    validate(
      'commitments',
      c.id,
      {
        document: documentId,
        section: sectionId(documentId, c.section),
        text: c.text,
        lead: c.lead,
        partners: c.partners,
        deadlines: c.deadlines,
        timing: c.timing,
        themes: c.themes,
        targets: c.targets,
        references: c.references,
        order: c.order,
        line: c.line,
      },
      source,
      diagnostics,
    ),
  );
  const targets = extraction.targets.map((t) =>
    validate(
      'targets',
      t.id,
      {
        document: documentId,
        label: t.label,
        low: t.low,
        high: t.high,
        unit: t.unit,
        period: t.period,
        comparator: t.comparator,
        sentence: t.sentence,
        section: sectionId(documentId, t.section),
        order: t.order,
      },
      source,
      diagnostics,
    ),
  );
  const actuals = extraction.actuals.map((a) =>
    validate(
      'actuals',
      a.id,
      {
        document: documentId,
        label: a.label,
        value: a.value,
        unit: a.unit,
        as_of: a.as_of,
        sentence: a.sentence,
        order: a.order,
      },
      source,
      diagnostics,
    ),
  );
  const agencies = extraction.agencies.map(({ id, ...a }) => validate('agencies', id, { ...a }, source, diagnostics));
  const references = extraction.references.map(({ id, ...r }) => validate('references', id, { ...r }, source, diagnostics));
  const places = extraction.place ? [validate('places', extraction.place.id, { ...withoutId(extraction.place) }, source, diagnostics)] : [];
  for (const [collection, entries] of Object.entries({ sections, commitments, targets, actuals })) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.id)) {
        diagnostics.push({
          code: 'DUPLICATE_ID',
          severity: 'error',
          file: source,
          field: `${collection}[${entry.id}]`,
          message: `Two ${collection} entries have the id "${entry.id}", so the site could show only one of them`,
          hint: 'This is a converter bug; report the source file',
        });
      }
      seen.add(entry.id);
    }
  }
  const body = renderMdx(
    parsed,
    extraction.commitments.map((c) => ({ id: c.id, block: c.block })),
  );
  return {
    id: documentId,
    source,
    document: documentData,
    body,
    sections,
    commitments,
    targets,
    actuals,
    agencies,
    references,
    places,
    diagnostics,
  };
}

function withoutId<T extends { id: string }>(value: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = value;
  return rest;
}
