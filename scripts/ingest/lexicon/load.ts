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
import type { ColumnRole, Zone } from '../types.ts';
import { createFolding, foldWords, phraseSet, type Folding, type PhraseSet } from './compile.ts';
import { loadFactsLexicon, type FactsLexicon } from './facts-lexicon.ts';

/** Folder of the lexicon's YAML files. */
export const LEXICON_DIR = path.dirname(new URL(import.meta.url).pathname);

/** One rule of `table-columns.yaml`. */
export interface ColumnRule {
  role: Exclude<ColumnRole, 'other'>;
  words: PhraseSet;
  /** Where the words must be in the header. */
  match: 'exact' | 'start' | 'anywhere';
}

/** One rule of `zones.yaml`. */
export interface ZoneRule {
  zone: Zone;
  /** Words of a section heading that put the section in the zone. */
  headings: PhraseSet;
  /** Words a paragraph of the zone opens with. */
  openers: PhraseSet;
  /** Words a paragraph of the zone contains. */
  phrases: PhraseSet;
  /** Words a paragraph ends with, before a colon, that puts the list items right after it in the zone. */
  listLeadIns: PhraseSet;
}

/** The compiled lexicon. */
export interface Lexicon {
  /** Time words, figures' words, document types and codes (engineer B's stages, facts-lexicon.ts). */
  facts: FactsLexicon;
  /** Column roles by header words, in the order they are tried. */
  tableColumns: ColumnRule[];
  /** Zones by heading and paragraph words, in the order they are tried. */
  zones: ZoneRule[];
  /** Words of the layout stage. */
  layout: {
    /** Nouns a number follows inside a sentence ("cấp độ" / "1."): the number does not open an item. */
    countingNouns: PhraseSet;
  };
  /** Verbs (verbs.yaml). */
  verbs: {
    /** Verbs that open an imperative task item. */
    actions: PhraseSet;
    /** Noun phrases that open with a verb's word ("Trình tự …"). */
    notActions: PhraseSet;
    /** Verbs that open a predicate only after a subject ("… quyết định hỗ trợ"). */
    afterSubject: PhraseSet;
    /** Words before the verb that keep an item an action ("Thường xuyên …"). */
    adverbs: PhraseSet;
    strong: readonly string[];
    weak: readonly string[];
    partnerEnd: readonly string[];
    clause: readonly string[];
    /** Words that show a clause has started ("thông báo", "được", "là"). */
    clauseWords: PhraseSet;
  };
  /** How a text says who does what (roles.yaml). */
  roles: {
    directives: PhraseSet;
    leadMarkers: PhraseSet;
    responsibilityMarkers: PhraseSet;
    partnerMarkers: PhraseSet;
    partnerStops: PhraseSet;
    subjectlessRoles: PhraseSet;
    /** Openings that say the item is done within the actor's remit ("Theo chức năng, nhiệm vụ …"). */
    remitOpeners: PhraseSet;
    /** Openings of a condition, time or purpose before an inherited actor's action ("Đối với …, …"). */
    conditionOpeners: PhraseSet;
    requests: PhraseSet;
    /** Words after a subject that introduce what it directs ("chỉ đạo", "kết luận"). */
    directs: PhraseSet;
    groupHeadings: PhraseSet;
    /** Nouns of a heading that assigns a group of items ("Chức năng, nhiệm vụ … của X"). */
    groupHeadingNouns: PhraseSet;
    fields: { lead: PhraseSet; partners: PhraseSet; timing: PhraseSet; product: PhraseSet };
  };
  /** The words agency names are made of (agency-names.yaml, agencies.yaml, agency-abbreviations.yaml). */
  agencyNames: {
    heads: PhraseSet;
    /** Words that open agency names but here name things ("Trường hợp …", "Bộ chỉ số …"). */
    notNames: PhraseSet;
    /** Kinds of body that alone name no particular body ("Cơ quan", "Sở"). */
    genericAlone: PhraseSet;
    /** Acronyms of things ("TTHC", "CNTT"), never bodies. */
    thingAcronyms: ReadonlySet<string>;
    officeHolders: PhraseSet;
    /** Titles dropped before the body they head: "Chánh Văn phòng …" → "Văn phòng …". */
    holderPrefixes: PhraseSet;
    groupNouns: PhraseSet;
    /** Group nouns that join the one before them without a comma ("ngành địa phương"). */
    groupNounsAfterSpace: PhraseSet;
    /** Bodies named by their role in a procedure ("Cơ quan chủ trì"). */
    roleBodies: PhraseSet;
    qualifiers: PhraseSet;
    /** Lower-case words that continue a name ("nhân dân", "vận tải", "đất đai"). */
    nameWords: PhraseSet;
    /** Group nouns an office holder alone stands for ("Bộ trưởng" → "bộ"). */
    holderBodies: ReadonlyMap<string, string>;
    /** Every spelling of a known agency: names, aliases, abbreviations. */
    known: PhraseSet;
    /** Family names: a capitalised name opening with one after a body is a person. */
    familyNames: PhraseSet;
  };
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

function columnRules(data: unknown, file: string, folding: Folding): ColumnRule[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of column rules`);
  return data.map((entry: unknown, i) => {
    const rule = entry as { role?: unknown; words?: unknown; match?: unknown };
    if (typeof rule.role !== 'string' || !COLUMN_ROLES.has(rule.role as ColumnRole)) throw new Error(`${file}[${i}].role: unknown role`);
    const match = rule.match ?? 'anywhere';
    if (typeof match !== 'string' || !MATCHES.has(match)) throw new Error(`${file}[${i}].match: expected exact, start or anywhere`);
    return {
      role: rule.role as ColumnRule['role'],
      words: phraseSet(words(rule.words, `${file}[${i}].words`), folding),
      match: match as ColumnRule['match'],
    };
  });
}

const ZONES = new Set<Zone>([
  'preamble',
  'purpose',
  'scope',
  'assessment',
  'goals',
  'tasks',
  'organisation',
  'timeline',
  'funding',
  'procedure',
  'form',
  'appendix',
  'effect',
  'closing',
  'body',
]);

function zoneRules(data: unknown, file: string, folding: Folding): ZoneRule[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of zone rules`);
  return data.map((entry: unknown, i) => {
    const rule = entry as { zone?: unknown; headings?: unknown; openers?: unknown; phrases?: unknown; list_lead_ins?: unknown };
    if (typeof rule.zone !== 'string' || !ZONES.has(rule.zone as Zone)) throw new Error(`${file}[${i}].zone: unknown zone`);
    const list = (value: unknown, field: string) => phraseSet(value === undefined ? [] : words(value, `${file}[${i}].${field}`), folding);
    return {
      zone: rule.zone as Zone,
      headings: list(rule.headings, 'headings'),
      openers: list(rule.openers, 'openers'),
      phrases: list(rule.phrases, 'phrases'),
      listLeadIns: list(rule.list_lead_ins, 'list_lead_ins'),
    };
  });
}

function layoutWords(data: unknown, file: string, folding: Folding): Lexicon['layout'] {
  const entry = (data ?? {}) as { counting_nouns?: unknown };
  return { countingNouns: phraseSet(words(entry.counting_nouns, `${file}.counting_nouns`), folding) };
}

function verbWords(data: unknown, file: string, folding: Folding): Lexicon['verbs'] {
  const entry = (data ?? {}) as Record<string, unknown>;
  const list = (field: string) => words(entry[field], `${file}.${field}`);
  return {
    actions: phraseSet(list('actions'), folding),
    notActions: phraseSet(list('not_actions'), folding),
    afterSubject: phraseSet(list('after_subject'), folding),
    adverbs: phraseSet(list('adverbs'), folding),
    strong: list('strong'),
    weak: list('weak'),
    partnerEnd: list('partner_end'),
    clause: list('clause'),
    clauseWords: phraseSet(list('clause'), folding),
  };
}

function roleWords(data: unknown, file: string, folding: Folding): Lexicon['roles'] {
  const entry = (data ?? {}) as Record<string, unknown>;
  const set = (field: string) => phraseSet(words(entry[field], `${file}.${field}`), folding);
  const fields = (entry.fields ?? {}) as Record<string, unknown>;
  const field = (name: string) => phraseSet(words(fields[name], `${file}.fields.${name}`), folding);
  return {
    directives: set('directives'),
    leadMarkers: set('lead_markers'),
    responsibilityMarkers: set('responsibility_markers'),
    partnerMarkers: set('partner_markers'),
    partnerStops: set('partner_stops'),
    subjectlessRoles: set('subjectless_roles'),
    remitOpeners: set('remit_openers'),
    conditionOpeners: set('condition_openers'),
    requests: set('requests'),
    directs: set('directs'),
    groupHeadings: set('group_headings'),
    groupHeadingNouns: set('group_heading_nouns'),
    fields: { lead: field('lead'), partners: field('partners'), timing: field('timing'), product: field('product') },
  };
}

function agencyNameWords(data: unknown, file: string, known: string[], folding: Folding): Lexicon['agencyNames'] {
  const entry = (data ?? {}) as Record<string, unknown>;
  const list = (field: string) => words(entry[field], `${file}.${field}`);
  const holders = (entry.holder_bodies ?? {}) as Record<string, unknown>;
  for (const [holder, body] of Object.entries(holders))
    if (typeof body !== 'string') throw new Error(`${file}.holder_bodies.${holder}: expected a group noun`);
  return {
    heads: phraseSet(list('heads'), folding),
    notNames: phraseSet(list('not_names'), folding),
    genericAlone: phraseSet(list('generic_alone'), folding),
    thingAcronyms: new Set(list('thing_acronyms')),
    officeHolders: phraseSet(list('office_holders'), folding),
    holderPrefixes: phraseSet(list('holder_prefixes'), folding),
    groupNouns: phraseSet(list('group_nouns'), folding),
    groupNounsAfterSpace: phraseSet(list('group_nouns_after_space'), folding),
    roleBodies: phraseSet(list('role_bodies'), folding),
    qualifiers: phraseSet(list('qualifiers'), folding),
    nameWords: phraseSet(list('name_words'), folding),
    holderBodies: new Map(Object.entries(holders).map(([holder, body]) => [foldWords(holder), body as string])),
    known: phraseSet(known, folding),
    familyNames: phraseSet(list('family_names'), folding),
  };
}

/**
 * Every spelling of the agencies of agencies.yaml, also with their parts abbreviated as
 * documents write them ("Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh").
 */
function knownSpellings(data: unknown, file: string, abbreviations: unknown): string[] {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of agencies`);
  const pairs = (Array.isArray(abbreviations) ? abbreviations : []).filter(
    (pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
  );
  const spellings = data.flatMap((entry: unknown) => {
    const agency = entry as { name?: unknown; aliases?: unknown; abbreviation?: unknown };
    return [agency.name, agency.abbreviation, ...(Array.isArray(agency.aliases) ? agency.aliases : [])].filter(
      (spelling): spelling is string => typeof spelling === 'string' && spelling.trim() !== '',
    );
  });
  const abbreviated = spellings.flatMap((spelling) =>
    pairs
      .filter(([short, long]) => /^\p{Lu}{3,}/u.test(short) && spelling.includes(long))
      .map(([short, long]) => spelling.replace(long, short)),
  );
  return [...spellings, ...abbreviated];
}

/** Loads and compiles the lexicon in `dir` (the lexicon folder by default). */
export function loadLexicon(dir: string = LEXICON_DIR): Lexicon {
  // One folding memo for every phrase set of this lexicon: the sets asked about one block share its folded form.
  const folding = createFolding();
  return {
    facts: loadFactsLexicon(dir),
    tableColumns: columnRules(readYaml(dir, 'table-columns.yaml'), 'table-columns.yaml', folding),
    zones: zoneRules(readYaml(dir, 'zones.yaml'), 'zones.yaml', folding),
    layout: layoutWords(readYaml(dir, 'layout.yaml'), 'layout.yaml', folding),
    verbs: verbWords(readYaml(dir, 'verbs.yaml'), 'verbs.yaml', folding),
    roles: roleWords(readYaml(dir, 'roles.yaml'), 'roles.yaml', folding),
    agencyNames: agencyNameWords(
      readYaml(dir, 'agency-names.yaml'),
      'agency-names.yaml',
      knownSpellings(readYaml(dir, 'agencies.yaml'), 'agencies.yaml', readYaml(dir, 'agency-abbreviations.yaml')),
      folding,
    ),
  };
}
