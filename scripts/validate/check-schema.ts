/**
 * Schema check: every entity against the shared zod schema of its collection
 * (src/schemas, the same one Astro and the converter use). Relations are parsed
 * into `RefMark`s so that the reference check can find every id used, at its exact
 * path, without a hand-kept list of relation fields.
 */
import { z } from 'astro/zod';
import { buildSchemas, Slug, type CollectionName } from '../../src/schemas/index.ts';
import type { Diagnostic } from '../ingest/types.ts';
import { lineOf, type LoadedEntity } from './load.ts';
import { closest } from './suggest.ts';

/** An id used in a relation field, found while parsing. */
export class RefMark {
  collection: CollectionName;
  id: string;
  constructor(collection: CollectionName, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

/** Schemas whose relations turn into RefMarks. */
export const markingSchemas = buildSchemas((collection) => Slug.transform((id) => new RefMark(collection, id)));

/** A relation found in an entity: which id of which collection, at which YAML path. */
export interface UsedRef {
  entity: LoadedEntity;
  path: (string | number)[];
  target: RefMark;
}

/** Dotted field path for messages: `commitments[3].lead[0]`, `source.url`. */
export function fieldPath(entity: LoadedEntity, path: readonly (string | number)[]): string {
  let text = entity.at.length > 0 ? `${entity.collection}[${entity.at[0]}]` : '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text || '(file)';
}

function collectRefs(value: unknown, path: (string | number)[], entity: LoadedEntity, out: UsedRef[]): void {
  if (value instanceof RefMark) out.push({ entity, path, target: value });
  else if (Array.isArray(value)) value.forEach((item, i) => collectRefs(item, [...path, i], entity, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectRefs(item, [...path, key], entity, out);
  }
}

const describeInput = (input: unknown): string =>
  input === null
    ? 'an empty value'
    : Array.isArray(input)
      ? 'a list'
      : typeof input === 'object'
        ? 'a group of fields'
        : `${typeof input} ${JSON.stringify(input)}`;

/** Turns a zod issue into the "what happened" and "what to do" of a message. */
export function explainIssue(issue: z.core.$ZodIssue): { message: string; hint: string } {
  const last = issue.path[issue.path.length - 1];
  const name = typeof last === 'string' ? last : 'this entry';
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        const what = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'its indented fields' : `a ${issue.expected}`;
        return { message: `The required field "${name}" is missing`, hint: `Add "${name}:" with ${what}, as in the other entries` };
      }
      return {
        message: `Expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} but found ${describeInput(input)}`,
        hint:
          issue.expected === 'string'
            ? 'Write the value as text; put it in double quotes if it looks like a number or a date'
            : issue.expected === 'array'
              ? 'Write a list, e.g. "[a, b]" or one "- item" per line'
              : `Write a ${issue.expected} here`,
      };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof input === 'string' ? closest(input, allowed) : null;
      return {
        message: `${JSON.stringify(input)} is not an allowed value`,
        hint: `${guess ? `Did you mean "${guess}"? ` : ''}Use one of: ${allowed.join(', ')}`,
      };
    }
    case 'too_small':
      return {
        message: issue.message.startsWith('Too small')
          ? `Needs at least ${issue.minimum} ${issue.origin === 'array' ? 'item(s)' : ''}`.trim()
          : issue.message,
        hint: issue.origin === 'array' ? `Add at least ${issue.minimum} item(s) to the list` : `Use a value of at least ${issue.minimum}`,
      };
    default: {
      // Custom and format messages come from src/schemas and already say what is wrong.
      const message = `${JSON.stringify(input)} ${issue.message}`;
      if (/date/.test(issue.message)) return { message, hint: 'Write a real calendar date as YYYY-MM-DD, e.g. 2023-01-31' };
      if (/slug/.test(issue.message))
        return { message, hint: 'Use the id of the entity: its file name without .yaml, e.g. "so-tai-chinh"' };
      return { message, hint: 'See the description of this field in src/schemas/' };
    }
  }
}

/** Validates each entity's data; returns diagnostics and every relation used. */
export function checkSchemas(entities: readonly LoadedEntity[]): { diagnostics: Diagnostic[]; refs: UsedRef[] } {
  const diagnostics: Diagnostic[] = [];
  const refs: UsedRef[] = [];
  for (const entity of entities) {
    const schema = markingSchemas[entity.collection];
    const result = schema.safeParse(entity.data, { reportInput: true });
    if (result.success) {
      collectRefs(result.data, [], entity, refs);
    } else {
      for (const issue of result.error.issues) {
        // NFC problems are reported once per line by the text check.
        if (issue.code === 'custom' && issue.message.includes('Unicode NFC')) continue;
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const { message, hint } = explainIssue(issue);
        diagnostics.push({
          code: 'SCHEMA',
          severity: 'error',
          file: entity.source.file,
          line: lineOf(entity.source, [...entity.at, ...path]),
          field: fieldPath(entity, path),
          message,
          hint,
        });
      }
      // Still collect the relations of the valid fields, so one bad field neither hides
      // other errors nor makes the agencies it names look unused.
      const broken = new Set(result.error.issues.map((issue) => issue.path[0]));
      const valid = Object.fromEntries(Object.entries(entity.data).filter(([key]) => !broken.has(key)));
      const partial = schema.partial().safeParse(valid);
      if (partial.success) collectRefs(partial.data, [], entity, refs);
    }
    const known = new Set(Object.keys(schema.shape));
    for (const key of Object.keys(entity.data)) {
      if (known.has(key)) continue;
      const guess = closest(key, [...known]);
      diagnostics.push({
        code: 'UNKNOWN_FIELD',
        severity: 'warning',
        file: entity.source.file,
        line: lineOf(entity.source, [...entity.at, key]),
        field: fieldPath(entity, [key]),
        message: `"${key}" is not a field of ${entity.collection}, so the site ignores it`,
        hint: guess ? `Did you mean "${guess}"? Rename it` : `Remove it, or use one of: ${[...known].join(', ')}`,
      });
    }
  }
  return { diagnostics, refs };
}
