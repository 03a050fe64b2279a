/**
 * The one reader of content files. Every tool — the Astro loader, the validator, the
 * converter when it merges staff edits, the unit-test reader — parses `content/` YAML here,
 * so all of them read the same data the same way and report a broken file the same way:
 * once, at its line.
 *
 * Two parsers, one meaning: the data is read with js-yaml's core schema (YAML 1.2 core:
 * dates stay strings), which is an order of magnitude faster than building a syntax tree;
 * the `yaml` package's syntax tree, which knows the line of every node, is built only when a
 * message needs a line, and gives the message of a file that does not parse.
 */
import jsyaml from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { catalogue, report, type Diagnostic } from '../../diagnostics/index.ts';

/** A parsed content file; its syntax tree (for lines) is built on first use. */
export interface ContentFile {
  /** Path shown in messages, e.g. `content/agencies/so-tai-chinh.yaml`. */
  file: string;
  text: string;
  /** The parsed value (a map for `entry` files, a list for `list` files). */
  data: unknown;
}

const trees = new WeakMap<ContentFile, { yaml: Document.Parsed; lineCounter: LineCounter }>();

/** The syntax tree of a file, built once, when a line is asked for. */
function syntaxTree(file: ContentFile): { yaml: Document.Parsed; lineCounter: LineCounter } {
  let tree = trees.get(file);
  if (!tree) {
    const lineCounter = new LineCounter();
    tree = { yaml: parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
    trees.set(file, tree);
  }
  return tree;
}

/**
 * The parser notices an unclosed quote or bracket where the file ends or the next key
 * starts, often lines later. Point at the line that opened it instead: the last line
 * before `noticedLine` with an odd number of that quote, or more openers than closers.
 */
export function openedAt(yamlText: string, noticedLine: number, message: string): number {
  const quote = /closing "quote/.test(message) ? '"' : /closing 'quote/.test(message) ? "'" : null;
  const bracket = /end with a \]/.test(message) ? ['[', ']'] : /end with a \}/.test(message) ? ['{', '}'] : null;
  if (!quote && !bracket) return noticedLine;
  const lines = yamlText.split('\n');
  for (let i = Math.min(noticedLine, lines.length) - 1; i >= 0; i--) {
    const line = lines[i]!;
    const count = (char: string) => line.split(char).length - 1;
    if (quote && count(quote) % 2 === 1) return i + 1;
    if (bracket && count(bracket[0]!) > count(bracket[1]!)) return i + 1;
  }
  return noticedLine;
}

/**
 * Parses one content file. A syntax error gives exactly one diagnostic, at the line where
 * the problem is (a tab used for indentation, an unclosed quote): later errors in the same
 * file are consequences of the first and would only bury it.
 */
export function readContentFile(text: string, file: string): ContentFile | Diagnostic {
  try {
    return { file, text, data: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as unknown };
  } catch {
    // Not valid YAML: the syntax tree says where and why, in the words every tool prints.
  }
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const error = yaml.errors[0];
  if (error) {
    const noticed = lineCounter.linePos(error.pos[0]).line;
    const problem = (error.message.split('\n')[0] ?? error.code).replace(/ at line \d+, column \d+:?$/, '');
    return report(catalogue.YAML_SYNTAX, { file, line: openedAt(text, noticed, problem), field: '(file)' }, { problem });
  }
  // js-yaml refused what the yaml package reads (a rare corner of YAML): take the yaml package's reading.
  const parsed: ContentFile = { file, text, data: yaml.toJS() as unknown };
  trees.set(parsed, { yaml, lineCounter });
  return parsed;
}

/** 1-based line of a character offset in the file. */
export function lineAt(file: ContentFile, offset: number): number {
  return syntaxTree(file).lineCounter.linePos(offset).line;
}

type Ranged = { range?: [number, number, number] | null } | null | undefined;

/**
 * 1-based line of the node at `yamlPath` (keys and list indexes); falls back to the
 * nearest existing ancestor, so a missing field points at its entry.
 */
export function lineOf(file: ContentFile, yamlPath: readonly (string | number)[]): number {
  const { yaml } = syntaxTree(file);
  for (let depth = yamlPath.length; depth > 0; depth--) {
    const parent = yaml.getIn(yamlPath.slice(0, depth - 1), true);
    const key = yamlPath[depth - 1];
    // For a map pair we want the key's line.
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as Ranged)?.range;
      if (range) return lineAt(file, range[0]);
    }
    if (isSeq(parent) && typeof key === 'number') {
      const range = (parent.items[key] as Ranged)?.range;
      if (range) return lineAt(file, range[0]);
    }
  }
  const range = (yaml.contents as Ranged)?.range;
  return range ? lineAt(file, range[0]) : 1;
}
