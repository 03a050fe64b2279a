/**
 * Indexes of a {@link Corpus}, built once per corpus: which commitments belong to a document,
 * a place, a theme; which ones an agency leads or supports; which commitments and documents
 * cite a reference; a document's sections, targets, figures and files.
 *
 * Pages used to filter whole collections for each page (every agency page scanned every
 * commitment), which grows with the square of the archive: at 50,000 commitments and 3,000
 * agencies that is 150 million checks for agency pages alone. Each index here is one pass over
 * its collection; a view then reads a few lists. Every list keeps corpus order (document, then
 * position), exactly what the filters returned, and holds each entry once per key even when a
 * hand-edited list names an id twice.
 *
 * Memoised per corpus object (a corpus is never changed after {@link buildCorpus}), so views
 * stay pure functions of the corpus.
 */
import type { ActualEntry, AgencyEntry, Corpus, CommitmentEntry, DocumentEntry, SectionEntry, TargetEntry } from './corpus.ts';

/** Lists by key; a missing key reads as an empty list through {@link listOf}. */
export type Lists<T> = Map<string, T[]>;

export interface CorpusIndex {
  /** Document id → its commitments, in document order. */
  commitmentsOfDocument: Lists<CommitmentEntry>;
  /** Place id → commitments of the documents of that place. */
  commitmentsOfPlace: Lists<CommitmentEntry>;
  /** Theme id → commitments with that theme (main or not). */
  commitmentsOfTheme: Lists<CommitmentEntry>;
  /** Agency id → commitments it leads. */
  commitmentsLedBy: Lists<CommitmentEntry>;
  /** Agency id → commitments that name it as a partner (it may lead them too). */
  commitmentsSupportedBy: Lists<CommitmentEntry>;
  /** Reference id → commitments citing it. */
  commitmentsCiting: Lists<CommitmentEntry>;
  /** `lead + "\0" + theme` → commitments with that lead agency and that theme (related commitments). */
  commitmentsByLeadAndTheme: Lists<CommitmentEntry>;
  /** Commitment id → its position in corpus order. */
  position: Map<string, number>;
  /** Place id → its documents, in corpus order. */
  documentsOfPlace: Lists<DocumentEntry>;
  /** Agency id → documents it issued. */
  documentsIssuedBy: Lists<DocumentEntry>;
  /** Reference id → documents whose own reference list (from the converter) names it. */
  documentsCiting: Lists<DocumentEntry>;
  /** Document id → its sections, in document order. */
  sectionsOfDocument: Lists<SectionEntry>;
  /** Document id → its targets. */
  targetsOfDocument: Lists<TargetEntry>;
  /** Document id → its reported figures. */
  actualsOfDocument: Lists<ActualEntry>;
  /** Place id → agencies of that place. */
  agenciesOfPlace: Lists<AgencyEntry>;
  /** Document id → files its per-document lists (sections, commitments, targets, figures) come from. */
  listFilesOfDocument: Map<string, Set<string>>;
}

/** The list under `key`, or an empty one. */
export function listOf<T>(lists: Lists<T>, key: string | null | undefined): readonly T[] {
  return (key != null && lists.get(key)) || [];
}

function add<T>(lists: Lists<T>, key: string | null | undefined, item: T): void {
  if (key == null) return;
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** Adds `item` once under each distinct key. */
function addEach<T>(lists: Lists<T>, keys: readonly string[], item: T): void {
  for (const key of new Set(keys)) add(lists, key, item);
}

/** Key of {@link CorpusIndex.commitmentsByLeadAndTheme}. */
export const leadThemeKey = (lead: string, theme: string) => `${lead}\u0000${theme}`;

function build(corpus: Corpus): CorpusIndex {
  const index: CorpusIndex = {
    commitmentsOfDocument: new Map(),
    commitmentsOfPlace: new Map(),
    commitmentsOfTheme: new Map(),
    commitmentsLedBy: new Map(),
    commitmentsSupportedBy: new Map(),
    commitmentsCiting: new Map(),
    commitmentsByLeadAndTheme: new Map(),
    position: new Map(),
    documentsOfPlace: new Map(),
    documentsIssuedBy: new Map(),
    documentsCiting: new Map(),
    sectionsOfDocument: new Map(),
    targetsOfDocument: new Map(),
    actualsOfDocument: new Map(),
    agenciesOfPlace: new Map(),
    listFilesOfDocument: new Map(),
  };
  const file = (document: string, path: string) => {
    if (!path) return;
    const files = index.listFilesOfDocument.get(document) ?? new Set<string>();
    files.add(path);
    index.listFilesOfDocument.set(document, files);
  };
  for (const document of corpus.documents.values()) {
    add(index.documentsOfPlace, document.place, document);
    add(index.documentsIssuedBy, document.issuer_agency, document);
    addEach(index.documentsCiting, document.references, document);
  }
  for (const section of corpus.sections.values()) {
    add(index.sectionsOfDocument, section.document, section);
    file(section.document, section.file);
  }
  for (const commitment of corpus.commitments.values()) {
    index.position.set(commitment.id, index.position.size);
    add(index.commitmentsOfDocument, commitment.document, commitment);
    add(index.commitmentsOfPlace, corpus.documents.get(commitment.document)?.place, commitment);
    addEach(index.commitmentsOfTheme, commitment.themes, commitment);
    addEach(index.commitmentsLedBy, commitment.lead, commitment);
    addEach(index.commitmentsSupportedBy, commitment.partners, commitment);
    addEach(index.commitmentsCiting, commitment.references, commitment);
    addEach(
      index.commitmentsByLeadAndTheme,
      commitment.lead.flatMap((lead) => commitment.themes.map((theme) => leadThemeKey(lead, theme))),
      commitment,
    );
    file(commitment.document, commitment.file);
  }
  for (const target of corpus.targets.values()) {
    add(index.targetsOfDocument, target.document, target);
    file(target.document, target.file);
  }
  for (const actual of corpus.actuals.values()) {
    add(index.actualsOfDocument, actual.document, actual);
    file(actual.document, actual.file);
  }
  for (const agency of corpus.agencies.values()) add(index.agenciesOfPlace, agency.place, agency);
  return index;
}

const cache = new WeakMap<Corpus, CorpusIndex>();

/** The indexes of `corpus`, built on first use. */
export function corpusIndex(corpus: Corpus): CorpusIndex {
  let index = cache.get(corpus);
  if (!index) {
    index = build(corpus);
    cache.set(corpus, index);
  }
  return index;
}
