/**
 * The field table of an open-data file, generated from the zod schema of its collection
 * (types and required fields through zod's JSON Schema export, descriptions from the
 * schema's comments), plus the columns the site adds (names next to ids, derived state).
 */
import { z } from 'astro/zod';
import { t, type UiKey } from '../../i18n/vi.ts';
import { COLLECTIONS, IndicatorFigureSchema, SLUG_PATTERN, slugRef, type CollectionName } from '../../schemas/index.ts';
import { fieldDocsFor } from './field-docs.ts';
import { ADDED_COLUMNS } from './records.ts';

/** One row of a field table. */
export interface FieldRow {
  /** Field path as in the JSON file ("source.url", "blocks[].text"); CSV columns use the same names. */
  name: string;
  /** The type in words, Vietnamese. */
  type: string;
  required: boolean;
  /** From the schema's comment (English, as in the code); for added columns, from vi.ts. */
  description: string;
  /** True for a column the site adds to the collection's fields. */
  added: boolean;
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  default?: unknown;
};

const DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;

/** A JSON Schema type in Vietnamese words: "mã (id)", "ngày YYYY-MM-DD", "danh sách mã", "một trong: …". */
function typeWords(schema: JsonSchema): string {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const kinds = variants.filter((v) => v.type !== 'null');
    const nullable = kinds.length < variants.length;
    const words = [...new Set(kinds.map(typeWords))].join(t('data.type.or'));
    return nullable ? `${words}${t('data.type.nullable')}` : words;
  }
  if (schema.enum) return `${t('data.type.enum')} ${schema.enum.join(', ')}`;
  if (schema.const !== undefined) return String(schema.const);
  if (schema.type === 'array') return `${t('data.type.list')} ${schema.items ? typeWords(schema.items) : ''}`.trim();
  if (schema.type === 'object') return t('data.type.object');
  if (schema.type === 'string' && schema.pattern === SLUG_PATTERN.source) return t('data.type.id');
  if (schema.type === 'string' && schema.pattern === DATE_PATTERN) return t('data.type.date');
  const key = `data.type.${String(schema.type)}` as UiKey;
  return key in { 'data.type.string': 1, 'data.type.number': 1, 'data.type.integer': 1, 'data.type.boolean': 1 }
    ? t(key)
    : String(schema.type ?? '');
}

/** The object schema items of a (possibly union) array item, merged: every block kind's fields. */
function objectParts(schema: JsonSchema): JsonSchema[] {
  if (schema.type === 'object') return [schema];
  return (schema.anyOf ?? schema.oneOf ?? []).flatMap(objectParts);
}

function walk(schema: JsonSchema, prefix: string, describe: (path: string) => string, out: FieldRow[]): void {
  const parts = objectParts(schema);
  const required = new Set(parts.length === 1 ? (parts[0]!.required ?? []) : []);
  const seen = new Set<string>();
  for (const part of parts) {
    for (const [key, field] of Object.entries(part.properties ?? {})) {
      const name = `${prefix}${key}`;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({
        name,
        type: typeWords(field),
        required: required.has(key) && field.default === undefined,
        description: describe(name),
        added: false,
      });
      const inner = field.anyOf?.find((v) => v.type !== 'null') ?? field;
      if (inner.type === 'object') walk(inner, `${name}.`, describe, out);
      if (inner.type === 'array' && inner.items && objectParts(inner.items).length > 0) walk(inner.items, `${name}[].`, describe, out);
    }
  }
}

/** The field table of a file: `id` and the schema's fields, then the columns the site adds. */
export function fieldTable(collection: CollectionName | 'indicator-figures'): FieldRow[] {
  const schema = collection === 'indicator-figures' ? IndicatorFigureSchema : COLLECTIONS[collection].schema(slugRef);
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  const describe = fieldDocsFor(Object.keys(schema.shape));
  const rows: FieldRow[] =
    collection === 'indicator-figures'
      ? []
      : [{ name: 'id', type: t('data.type.id'), required: true, description: t('data.field.id'), added: false }];
  walk(json, '', describe, rows);
  for (const [name, key] of Object.entries(collection === 'indicator-figures' ? {} : (ADDED_COLUMNS[collection] ?? {}))) {
    rows.push({ name, type: t('data.type.string'), required: false, description: t(key), added: true });
  }
  return rows;
}
