/**
 * Assemble stage: parsed document + extraction → schema-valid entries of every collection,
 * with ids. Pure: every entry is validated with the shared schemas (src/schemas) here, so a
 * bad conversion fails before anything is written.
 */
import { catalogue, report, type Diagnostic } from '../../src/diagnostics/index.ts';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';
import type { Extraction } from './extract/types.ts';
import { documentBlocks } from './text-blocks.ts';
import type { ParsedDocument } from './types.ts';

/** An entity ready to write: its id plus the schema's fields. */
export type Entry = { id: string } & Record<string, unknown>;

/** One converted document: everything `write` needs, all validated. */
export interface ConvertedDocument {
  id: string;
  source: string;
  /** Metadata: content/documents/<id>.yaml. */
  document: Record<string, unknown>;
  /** Verbatim text as blocks: content/texts/<id>.yaml. */
  text: Record<string, unknown>;
  sections: Entry[];
  commitments: Entry[];
  targets: Entry[];
  actuals: Entry[];
  /** Registries shared by all documents. */
  agencies: Entry[];
  references: Entry[];
  places: Entry[];
  diagnostics: Diagnostic[];
}

/** The entries a converted document gives a collection (what the writer writes). */
export function entriesOf(doc: ConvertedDocument, collection: CollectionName): Entry[] {
  switch (collection) {
    case 'documents':
      return [{ id: doc.id, ...doc.document }];
    case 'texts':
      return [{ id: doc.id, ...doc.text }];
    case 'sections':
    case 'commitments':
    case 'targets':
    case 'actuals':
    case 'agencies':
    case 'references':
    case 'places':
      return doc[collection];
    // Collections people write (themes, the indicator mapping): the converter gives them nothing.
    case 'themes':
    case 'indicators':
      return [];
  }
}

/** Validates `data` with the collection schema; returns the parsed data or pushes diagnostics. */
function validate(collection: CollectionName, id: string, data: Record<string, unknown>, file: string, out: Diagnostic[]): Entry {
  const result = schemas[collection].safeParse(data);
  if (result.success) return { id, ...(result.data as Record<string, unknown>) };
  for (const issue of result.error.issues) {
    const field = `${collection}[${id}].${issue.path.map(String).join('.')}`;
    out.push(report(catalogue.CONVERTED_INVALID, { file, field }, { collection, problem: issue.message }));
  }
  return { id, ...data };
}

/** Section id of an anchor. */
export function sectionId(documentId: string, anchor: string | null): string | null {
  return anchor === null ? null : `${documentId}--${anchor}`;
}

function withoutId<T extends { id: string }>(value: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = value;
  return rest;
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
  const { id: _documentId, ...document } = validate(
    'documents',
    documentId,
    {
      number: header.number,
      type: header.type,
      kind: header.kind,
      issuer: header.issuer,
      issuer_agency: extraction.issuerAgency,
      // Filed under its province; a national text belongs to none, whatever city it was signed in.
      place: extraction.province?.id ?? null,
      issued_in: extraction.province ? null : (extraction.place?.name ?? null),
      issued: header.issued,
      signer: header.signer,
      signer_title: header.signerTitle,
      title: header.title,
      period: header.period,
      recipients: header.recipients,
      footnotes: parsed.footnotes.map((f) => ({ label: f.label, text: f.text })),
      people: extraction.people,
      references: extraction.references.map((r) => r.id),
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
  if (parsed.blocks.length === 0 && parsed.frontMatterLines.length === 0)
    diagnostics.push(report(catalogue.INPUT_NO_TEXT, { file: source }));
  // Facts the text did not give: say so, and how a person can supply them.
  const missing = (field: string, what: string) =>
    diagnostics.push(
      report(
        catalogue.HEADER_INCOMPLETE,
        { file: source, line: parsed.frontMatterLines[0]?.sourceLine ?? 1, field: `document.${field}` },
        { what, field, sidecar: source.replace(/\.(txt|md)$/i, '.meta.yaml') },
      ),
    );
  if (document.issued === null) missing('issued', 'issue date');
  if (document.number === null && document.kind !== 'news' && document.kind !== 'report') missing('number', 'document number');

  const { blocks, textIndex } = documentBlocks(parsed);
  const { id: _textId, ...text } = validate('texts', documentId, { document: documentId, blocks }, source, diagnostics);
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
        ...(c as unknown as Record<string, unknown>),
        id: undefined,
        block: textIndex[c.block] ?? null,
        document: documentId,
        section: sectionId(documentId, c.section),
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
        ...(t as unknown as Record<string, unknown>),
        id: undefined,
        block: undefined,
        document: documentId,
        section: sectionId(documentId, t.section),
      },
      source,
      diagnostics,
    ),
  );
  const actuals = extraction.actuals.map((a) =>
    validate(
      'actuals',
      a.id,
      { ...(a as unknown as Record<string, unknown>), id: undefined, block: undefined, document: documentId },
      source,
      diagnostics,
    ),
  );
  const agencies = extraction.agencies.map(({ id, ...a }) => validate('agencies', id, { ...a }, source, diagnostics));
  const references = extraction.references.map(({ id, ...r }) => validate('references', id, { ...r }, source, diagnostics));
  const places = extraction.province
    ? [validate('places', extraction.province.id, { ...withoutId(extraction.province) }, source, diagnostics)]
    : [];
  for (const [collection, entries] of Object.entries({ sections, commitments, targets, actuals })) {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first !== undefined) {
        diagnostics.push(
          report(
            catalogue.ID_DUPLICATE,
            { file: source, field: `${collection}[${index}].id` },
            { id: entry.id, collection, where: `${collection}[${first}] of the same conversion (a converter bug; report the source file)` },
          ),
        );
      } else seen.set(entry.id, index);
    });
  }
  return { id: documentId, source, document, text, sections, commitments, targets, actuals, agencies, references, places, diagnostics };
}
