/**
 * Loads the vocabulary of the converter from the YAML files beside this module and compiles
 * it once into recognisers. The result is passed down in the stages' contexts; nothing here
 * keeps state between calls.
 *
 * Code holds grammar (how words combine); these files hold the words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ColumnRole } from '../types.ts';
import { phraseSet, type PhraseSet } from './compile.ts';

/** Folder of the lexicon's YAML files. */
export const LEXICON_DIR = path.dirname(new URL(import.meta.url).pathname);

/** One rule of `table-columns.yaml`. */
export interface ColumnRule {
  role: Exclude<ColumnRole, 'other'>;
  words: PhraseSet;
  /** Where the words must be in the header. */
  match: 'exact' | 'start' | 'anywhere';
}

/** The compiled lexicon. */
export interface Lexicon {
  /** Column roles by header words, in the order they are tried. */
  tableColumns: ColumnRule[];
}

const COLUMN_ROLES = new Set<ColumnRole>(['number', 'step', 'task', 'lead', 'partners', 'timing', 'product', 'target', 'budget', 'note']);
const MATCHES = new Set(['exact', 'start', 'anywhere']);

/** Reads one YAML file of the lexicon. */
function readYaml(dir: string, file: string): unknown {
  return parseYaml(readFileSync(path.join(dir, file), 'utf8'));
}

/** A list of strings, or an error naming the file and field. */
function words(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((word) => typeof word !== 'string' || word.trim() === ''))
    throw new Error(`${where}: expected a list of words`);
  return value as string[];
}

function columnRules(data: unknown, file: string): ColumnRule[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of column rules`);
  return data.map((entry: unknown, i) => {
    const rule = entry as { role?: unknown; words?: unknown; match?: unknown };
    if (typeof rule.role !== 'string' || !COLUMN_ROLES.has(rule.role as ColumnRole)) throw new Error(`${file}[${i}].role: unknown role`);
    const match = rule.match ?? 'anywhere';
    if (typeof match !== 'string' || !MATCHES.has(match)) throw new Error(`${file}[${i}].match: expected exact, start or anywhere`);
    return {
      role: rule.role as ColumnRule['role'],
      words: phraseSet(words(rule.words, `${file}[${i}].words`)),
      match: match as ColumnRule['match'],
    };
  });
}

/** Loads and compiles the lexicon in `dir` (the lexicon folder by default). */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  return {
    tableColumns: columnRules(readYaml(dir, 'table-columns.yaml'), 'table-columns.yaml'),
  };
}
