/**
 * Schema check: every entry against the shared zod schema of its collection (src/schemas,
 * the same one Astro and the converter use). Relations are parsed into markers so that the
 * reference check finds every id used, at its exact path, without a hand-kept list of
 * relation fields.
 */
import type { z } from 'astro/zod';
import { catalogue, report, type Diagnostic } from '../../src/diagnostics/index.ts';
import { lineOf } from '../../src/lib/content/content-file.ts';
import type { LoadedEntry } from '../../src/lib/content/load-collections.ts';
import { buildSchemas, COLLECTIONS, Slug, type Registry } from '../../src/schemas/index.ts';
import { closest } from './suggest.ts';

/** An id used in a relation field, found while parsing. */
export class RefMark {
  collection: string;
  id: string;
  constructor(collection: string, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

/** Schemas of a registry whose relations turn into RefMarks. */
export function markingSchemas(registry: Registry = COLLECTIONS) {
  return buildSchemas(
    (collection) => Slug.transform((id) => new RefMark(collection, id)) as unknown as z.ZodType<string, string>,
    registry,
  );
}

/** A relation found in an entry: which id of which collection, at which YAML path. */
export interface UsedRef {
  entry: LoadedEntry;
  path: (string | number)[];
  target: RefMark;
}

/** Dotted field path for messages: `commitments[3].lead[0]`, `source.url`. */
export function fieldPath(entry: LoadedEntry, path: readonly (string | number)[]): string {
  let text = entry.at.length > 0 ? `${entry.collection}[${entry.at[0]}]` : '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text || '(file)';
}

function collectRefs(value: unknown, path: (string | number)[], entry: LoadedEntry, out: UsedRef[]): void {
  if (value instanceof RefMark) out.push({ entry, path, target: value });
  else if (Array.isArray(value)) value.forEach((item, i) => collectRefs(item, [...path, i], entry, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) collectRefs(item, [...path, key], entry, out);
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
export function explainIssue(issue: z.core.$ZodIssue): { problem: string; fix: string } {
  const last = issue.path[issue.path.length - 1];
  const name = typeof last === 'string' ? last : 'this entry';
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) {
        const what = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'its indented fields' : `a ${issue.expected}`;
        return { problem: `The required field "${name}" is missing`, fix: `Add "${name}:" with ${what}, as in the other entries` };
      }
      return {
        problem: `Expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} but found ${describeInput(input)}`,
        fix:
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
        problem: `${JSON.stringify(input)} is not an allowed value`,
        fix: `${guess ? `Did you mean "${guess}"? ` : ''}Use one of: ${allowed.join(', ')}`,
      };
    }
    case 'invalid_union': {
      // Both forms of a "web address or citation" field failed: say what the field takes.
      return {
        problem: `${JSON.stringify(input)} ${issue.message}`,
        fix: 'Write a full address starting with https://, or the document in words',
      };
    }
    case 'too_small':
      return {
        problem: issue.message.startsWith('Too small')
          ? `Needs at least ${issue.minimum} ${issue.origin === 'array' ? 'item(s)' : ''}`.trim()
          : issue.message,
        fix: issue.origin === 'array' ? `Add at least ${issue.minimum} item(s) to the list` : `Use a value of at least ${issue.minimum}`,
      };
    default: {
      // Custom and format messages come from src/schemas and already say what is wrong.
      const problem = `${JSON.stringify(input)} ${issue.message}`;
      if (/date/.test(issue.message)) return { problem, fix: 'Write a real calendar date as YYYY-MM-DD, e.g. 2023-01-31' };
      if (/slug/.test(issue.message)) return { problem, fix: 'Use the id of the entity: its file name without .yaml, e.g. "so-tai-chinh"' };
      if (/web address/.test(issue.message)) return { problem, fix: 'Copy the full address from the browser, including https://' };
      return { problem, fix: 'See the description of this field in src/schemas/' };
    }
  }
}

/** Validates each entry's data; returns diagnostics and every relation used. */
export function checkSchemas(
  entries: readonly LoadedEntry[],
  registry: Registry = COLLECTIONS,
): { diagnostics: Diagnostic[]; refs: UsedRef[] } {
  const schemas = markingSchemas(registry);
  const diagnostics: Diagnostic[] = [];
  const refs: UsedRef[] = [];
  for (const entry of entries) {
    const schema = schemas[entry.collection]!;
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (result.success) {
      collectRefs(result.data, [], entry, refs);
    } else {
      for (const issue of result.error.issues) {
        // NFC problems are reported once per line by the text check.
        if (issue.code === 'custom' && issue.message.includes('Unicode NFC')) continue;
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        diagnostics.push(
          report(
            catalogue.SCHEMA_INVALID,
            { file: entry.source.file, line: lineOf(entry.source, [...entry.at, ...path]), field: fieldPath(entry, path) },
            explainIssue(issue),
          ),
        );
      }
      // Still collect the relations of the valid fields, so one bad field neither hides
      // other errors nor makes the agencies it names look unused.
      const broken = new Set(result.error.issues.map((issue) => issue.path[0]));
      const valid = Object.fromEntries(Object.entries(entry.data).filter(([key]) => !broken.has(key)));
      const partial = schema.partial().safeParse(valid);
      if (partial.success) collectRefs(partial.data, [], entry, refs);
    }
    const known = new Set(Object.keys(schema.shape));
    for (const key of Object.keys(entry.data)) {
      if (known.has(key)) continue;
      const guess = closest(key, [...known]);
      diagnostics.push(
        report(
          catalogue.FIELD_UNKNOWN,
          { file: entry.source.file, line: lineOf(entry.source, [...entry.at, key]), field: fieldPath(entry, [key]) },
          {
            key,
            collection: entry.collection,
            fix: guess ? `Did you mean "${guess}"? Rename it` : `Remove it, or use one of: ${[...known].join(', ')}`,
          },
        ),
      );
    }
  }
  return { diagnostics, refs };
}
