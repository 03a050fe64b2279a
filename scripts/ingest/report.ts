/**
 * Views of a conversion for people and tools: the `--json` contract object and the
 * per-document counts of the corpus report.
 */
import { slugify } from '../../src/lib/slug.ts';
import type { ConvertedDocument, Entry } from './assemble.ts';
import type { ParsedDocument } from './types.ts';

/** Section tree node of the JSON contract. */
export interface JsonSection {
  id: string;
  label: string;
  heading: string;
  children: JsonSection[];
}

/** Builds the JSON contract object of `npm run ingest -- --json FILE`. */
export function toJson(converted: ConvertedDocument): Record<string, unknown> {
  const d = converted.document;
  const names = new Map(converted.agencies.map((a) => [a.id, String(a.name)]));
  const refNumbers = new Map(converted.references.map((r) => [r.id, String(r.number)]));
  const nodes = new Map<string, JsonSection>();
  const roots: JsonSection[] = [];
  for (const s of converted.sections) {
    const node: JsonSection = { id: s.id, label: String(s.label), heading: String(s.heading), children: [] };
    nodes.set(s.id, node);
    const parent = typeof s.parent === 'string' ? nodes.get(s.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const agencyNames = (ids: unknown) => (ids as string[]).map((id) => names.get(id) ?? id);
  return {
    document: {
      id: converted.id,
      number: d.number,
      type: d.type,
      issuer: d.issuer,
      // Where it was issued (the contract's meaning): its province, or for a national text the city it was
      // signed in; `province` is the province it is filed under (null for a national text).
      place: d.place ?? (typeof d.issued_in === 'string' ? slugify(d.issued_in) : null),
      province: d.place,
      issued_in: d.issued_in,
      issued: d.issued,
      signer: d.signer,
      signer_title: d.signer_title,
      title: d.title,
      kind: d.kind,
      period: d.period,
      recipients: d.recipients,
      people: d.people,
    },
    sections: roots,
    commitments: converted.commitments.map((c: Entry) => ({
      id: c.id,
      section: c.section,
      text: c.text,
      lead: agencyNames(c.lead),
      partners: agencyNames(c.partners),
      deadlines: (c.deadlines as { date: string }[]).map((x) => x.date),
      timing: c.timing ?? [],
      themes: c.themes,
      references: (c.references as string[]).map((id) => refNumbers.get(id) ?? id),
      line: c.line,
    })),
    agencies: converted.agencies.map((a) => ({ id: a.id, name: a.name, aliases: a.aliases, kind: a.kind })),
    targets: converted.targets.map((t) => ({
      id: t.id,
      label: t.label,
      low: t.low,
      high: t.high,
      unit: t.unit,
      period: t.period,
      text: t.sentence,
    })),
    actuals: converted.actuals.map((a) => ({ id: a.id, label: a.label, value: a.value, unit: a.unit, as_of: a.as_of, text: a.sentence })),
    references: converted.references.map((r) => ({ id: r.id, number: r.number, type: r.type, date: r.date, issuer: r.issuer })),
    footnotes: d.footnotes,
  };
}

/** Counts of one document in the corpus report. */
export interface ReportRow {
  file: string;
  number: string;
  blocks: number;
  sections: number;
  commitments: number;
  led: number;
  deadlines: number;
  targets: number;
  references: number;
}

/** Counts what was found in one converted document. */
export function reportRow(file: string, converted: ConvertedDocument, parsed: ParsedDocument): ReportRow {
  return {
    file,
    number: String(converted.document.number ?? '—'),
    blocks: parsed.blocks.length,
    sections: converted.sections.length,
    commitments: converted.commitments.length,
    led: converted.commitments.filter((c) => (c.lead as string[]).length > 0).length,
    deadlines: converted.commitments.reduce((n, c) => n + (c.deadlines as unknown[]).length, 0),
    targets: converted.targets.length,
    references: converted.references.length,
  };
}

/** Formats report rows as an aligned table, weakest documents (fewest led commitments per block) first. */
export function formatReport(rows: ReportRow[]): string {
  const columns: (keyof ReportRow)[] = ['file', 'number', 'blocks', 'sections', 'commitments', 'led', 'deadlines', 'targets', 'references'];
  const sorted = [...rows].sort((a, b) => a.led / Math.max(1, a.blocks) - b.led / Math.max(1, b.blocks) || (a.file < b.file ? -1 : 1));
  const table = [columns.map(String), ...sorted.map((r) => columns.map((c) => String(r[c])))];
  const widths = columns.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const lines = table.map((row) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const total = (k: keyof ReportRow) => rows.reduce((n, r) => n + Number(r[k]), 0);
  lines.push(
    `${rows.length} documents: ${total('sections')} sections, ${total('commitments')} commitments (${total('led')} with a lead), ${total('deadlines')} deadlines, ${total('targets')} targets, ${total('references')} references`,
  );
  return `${lines.join('\n')}\n`;
}
