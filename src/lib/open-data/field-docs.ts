/**
 * Field descriptions for the open-data field tables, read from the JSDoc comments of the
 * zod schemas in src/schemas/ with the TypeScript parser. The schemas are the single source
 * of truth; reading their comments (instead of keeping a second list of descriptions) is
 * what keeps the tables from drifting: a field added to a schema appears in the table, and
 * a test fails when it has no comment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Descriptions of one schema declaration, by field path ("source.url", "blocks[].text"). */
export type FieldDocs = Map<string, string>;

const isZodCall = (node: ts.Node, method: string): node is ts.CallExpression =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  node.expression.name.text === method &&
  ts.isIdentifier(node.expression.expression) &&
  node.expression.expression.text === 'z';

/** The first `z.object({...})` literal inside `node` (depth first), and whether it sits in a `z.array(…)`. */
function firstObject(node: ts.Node, inArray = false): { literal: ts.ObjectLiteralExpression; inArray: boolean } | null {
  if (isZodCall(node, 'object') && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
    return { literal: node.arguments[0], inArray };
  }
  let found: ReturnType<typeof firstObject> = null;
  node.forEachChild((child) => {
    found ??= firstObject(child, inArray || isZodCall(node, 'array'));
  });
  return found;
}

function jsDocOf(node: ts.Node): string {
  const docs = (node as { jsDoc?: ts.JSDoc[] }).jsDoc ?? [];
  return docs
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join(' ')
    .replace(/\{@link ([^}]+)\}/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function collect(literal: ts.ObjectLiteralExpression, prefix: string, out: FieldDocs): void {
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
    const name = `${prefix}${property.name.text}`;
    // Every field is recorded, documented or not, so a declaration is found by its full shape.
    out.set(name, jsDocOf(property));
    const nested = firstObject(property.initializer);
    if (nested) collect(nested.literal, `${name}${nested.inArray ? '[]' : ''}.`, out);
  }
}

/** Every schema declaration of a file (function or const) with the field docs of its first `z.object`. */
export function docsOfSource(text: string, fileName = 'schema.ts'): Map<string, FieldDocs> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const declarations = new Map<string, FieldDocs>();
  for (const statement of source.statements) {
    const named = ts.isFunctionDeclaration(statement)
      ? [{ name: statement.name?.text ?? '', node: statement as ts.Node }]
      : ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.map((d) => ({ name: ts.isIdentifier(d.name) ? d.name.text : '', node: d as ts.Node }))
        : [];
    for (const { name, node } of named) {
      const object = firstObject(node);
      if (!object) continue;
      const docs: FieldDocs = new Map();
      collect(object.literal, '', docs);
      declarations.set(name, docs);
    }
  }
  return declarations;
}

let cache: Map<string, FieldDocs>[] | null = null;

/** Docs of every declaration in src/schemas/ (read once). */
function allDeclarations(root = process.cwd()): Map<string, FieldDocs>[] {
  if (cache) return cache;
  const dir = path.join(root, 'src/schemas');
  cache = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => docsOfSource(readFileSync(path.join(dir, name), 'utf8'), name));
  return cache;
}

/**
 * The docs of the schema whose top-level fields are exactly `fields` (the declaration is
 * found by its shape, so no list maps collections to files). Nested fields that live in a
 * separate declaration (a text block's `kind`) fall back to the same field name anywhere.
 */
export function fieldDocsFor(fields: readonly string[]): (fieldPath: string) => string {
  const declarations = allDeclarations();
  const wanted = [...fields].sort().join(',');
  const own = declarations
    .flatMap((file) => [...file.values()])
    .find((docs) => [...new Set([...docs.keys()].filter((k) => !k.includes('.')))].sort().join(',') === wanted);
  const everywhere = new Map<string, string>();
  for (const file of declarations)
    for (const docs of file.values())
      for (const [key, doc] of docs) {
        const last = key.split('.').at(-1)!;
        if (doc && !everywhere.has(last)) everywhere.set(last, doc);
      }
  return (fieldPath) => own?.get(fieldPath) || everywhere.get(fieldPath.split('.').at(-1)!) || '';
}
