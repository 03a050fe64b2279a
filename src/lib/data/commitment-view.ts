/** What the commitment page shows, including related commitments and the citation text. */
import { t } from '../../i18n/vi.ts';
import type {
  AgencyEntry,
  Corpus,
  CommitmentEntry,
  DocumentEntry,
  PlaceEntry,
  ReferenceEntry,
  SectionEntry,
  TargetEntry,
  ThemeEntry,
} from './corpus.ts';
import { documentFiles } from './document-view.ts';
import { formatDate } from './format.ts';
import { allCommitments, commitmentsOfDocument, must, pick, sectionTrail, summarize, type CommitmentSummary } from './lookup.ts';

export interface CommitmentView {
  commitment: CommitmentEntry;
  document: DocumentEntry;
  place: PlaceEntry | null;
  /** Sections from the top down to the commitment's own section. */
  trail: SectionEntry[];
  lead: AgencyEntry[];
  partners: AgencyEntry[];
  themes: ThemeEntry[];
  targets: TargetEntry[];
  references: ReferenceEntry[];
  related: CommitmentSummary[];
  /** The commitments just before and after it in the same document, for reading in order. */
  previous: CommitmentEntry | null;
  next: CommitmentEntry | null;
  /** Ready-to-copy citation, without the permalink. */
  citation: string;
  sourceFiles: string[];
}

/** How many related commitments a page lists. */
export const RELATED_LIMIT = 6;

/**
 * Commitments that share a lead agency *and* a theme with `commitment`: the
 * same office's other work on the same subject. Same document first, then by
 * corpus order.
 */
export function relatedCommitments(corpus: Corpus, commitment: CommitmentEntry, limit = RELATED_LIMIT): CommitmentEntry[] {
  const leads = new Set(commitment.lead);
  const themes = new Set(commitment.themes);
  return allCommitments(corpus)
    .filter((c) => c.id !== commitment.id && c.lead.some((id) => leads.has(id)) && c.themes.some((id) => themes.has(id)))
    .sort((a, b) => Number(b.document === commitment.document) - Number(a.document === commitment.document))
    .slice(0, limit);
}

/**
 * Section path as people cite it: "C.3.1.a". A label that already contains its
 * parent's number ("1.1" under "1") replaces it; worded labels ("Phần thứ hai")
 * are separated by a comma.
 */
export function sectionPath(trail: readonly SectionEntry[]): string {
  const labels = trail.map((s) => s.label.trim()).filter(Boolean);
  const kept = labels.filter((label, i) => !(labels[i + 1]?.startsWith(`${label}.`) ?? false));
  return kept.map((label, i) => (i === 0 ? label : /\s/.test(label) || /\s/.test(kept[i - 1]!) ? `, ${label}` : `.${label}`)).join('');
}

/** Title line of a document as cited: "Chương trình hành động số 01/CTr-UBND ngày 19/01/2023 của Ủy ban nhân dân tỉnh Cà Mau". */
export function documentCitation(document: DocumentEntry): string {
  const parts = [document.type];
  if (document.number) parts.push(`${t('cite.number')} ${document.number}`);
  if (document.issued) parts.push(`${t('cite.dated')} ${formatDate(document.issued)}`);
  if (document.issuer) parts.push(`${t('cite.of')} ${document.issuer}`);
  // News has no number: name it by its headline so the citation stays unambiguous.
  if (!document.number) parts.push(`“${document.title}”`);
  return parts.join(' ');
}

/** Citation of a commitment: document, section path, then the verbatim text in quotes. */
export function citationText(document: DocumentEntry, trail: readonly SectionEntry[], text: string): string {
  const path = sectionPath(trail);
  const where = path ? `${documentCitation(document)}, ${t('cite.section')} ${path}` : documentCitation(document);
  return `${where}: “${text}”`;
}

/** Everything the page `/cam-ket/<id>/` needs. */
export function commitmentView(corpus: Corpus, id: string): CommitmentView {
  const commitment = must(corpus.commitments, id, 'commitments');
  const document = must(corpus.documents, commitment.document, 'documents');
  const trail = sectionTrail(corpus, commitment.section);
  const files = documentFiles(corpus, document).filter((f) => f === document.file || f === commitment.file);
  const siblings = commitmentsOfDocument(corpus, document.id);
  const position = siblings.findIndex((c) => c.id === id);
  return {
    commitment,
    document,
    place: document.place ? must(corpus.places, document.place, 'places') : null,
    trail,
    lead: pick(corpus.agencies, commitment.lead),
    partners: pick(corpus.agencies, commitment.partners),
    themes: pick(corpus.themes, commitment.themes),
    targets: pick(corpus.targets, commitment.targets),
    references: pick(corpus.references, commitment.references),
    related: relatedCommitments(corpus, commitment).map((c) => summarize(corpus, c)),
    previous: siblings[position - 1] ?? null,
    next: siblings[position + 1] ?? null,
    citation: citationText(document, trail, commitment.text),
    sourceFiles: files,
  };
}
