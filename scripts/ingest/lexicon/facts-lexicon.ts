/**
 * Loads the facts vocabularies (time words; units, qualifiers and cue words of figures;
 * document types and their codes) from the YAML files beside this module and compiles them into recognisers, once per
 * run. The result is plain data and RegExps, passed down in the extraction context.
 *
 *   const facts = loadFactsLexicon();
 *   extractTiming(text, { documentDate, lexicon: facts });
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { compileFiguresLexicon, type FiguresLexicon, type FiguresLexiconData } from '../extract/figures/lexicon.ts';
import { compileReferenceGrammar, type ReferenceGrammar } from '../extract/references.ts';
import { compileTimingLexicon, type TimingLexicon, type TimingLexiconData } from '../extract/timing/lexicon.ts';
import { compileDocumentTypes, type DocumentTypes, type DocumentTypesData } from './document-types.ts';

/** Every compiled facts vocabulary. */
export interface FactsLexicon {
  timing: TimingLexicon;
  /** Units, qualifiers, zone headings and cue words of targets and results. */
  figures: FiguresLexicon;
  documentTypes: DocumentTypes;
  /** Recognisers of cited document numbers, built on the document types. */
  references: ReferenceGrammar;
}

const LEXICON_DIR = import.meta.dirname;

/** Reads one YAML vocabulary and checks it has the keys its compiler needs. */
function readVocabulary<T>(dir: string, file: string, keys: readonly string[]): T {
  const data: unknown = parse(readFileSync(path.join(dir, file), 'utf8'));
  if (typeof data !== 'object' || data === null) throw new Error(`${file}: expected a mapping of vocabularies`);
  const missing = keys.filter((key) => !(key in data));
  if (missing.length > 0) throw new Error(`${file}: missing ${missing.join(', ')}`);
  return data as T;
}

const TIMING_KEYS = ['cues', 'exclusive_by', 'open_ended', 'quarters', 'relative_years', 'own_document_events', 'recurrence'] as const;

const FIGURES_KEYS = ['units', 'scales', 'qualifiers', 'not_quantity_before', 'not_quantity_after', 'zones', 'target_cues'] as const;

/** Loads and compiles the facts vocabularies of `dir` (default: this folder). */
export function loadFactsLexicon(dir: string = LEXICON_DIR): FactsLexicon {
  const documentTypes = compileDocumentTypes(
    readVocabulary<DocumentTypesData>(dir, 'document-types.yaml', ['types', 'issuer_codes', 'party_issuer_endings']),
  );
  return {
    timing: compileTimingLexicon(readVocabulary<TimingLexiconData>(dir, 'timing.yaml', TIMING_KEYS)),
    figures: compileFiguresLexicon(readVocabulary<FiguresLexiconData>(dir, 'figures.yaml', FIGURES_KEYS)),
    documentTypes,
    references: compileReferenceGrammar(documentTypes),
  };
}
