/** What the commitment page shows, including related commitments and the citation text. */
import { t } from '../../i18n/vi.ts';
import type {
  Corpus,
  CommitmentEntry,
  DocumentEntry,
  PlaceEntry,
  ReferenceEntry,
  SectionEntry,
  TargetEntry,
  ThemeEntry,
} from './corpus.ts';
import { documentFiles, documentLabel } from './document-view.ts';
import { formatDate } from './format.ts';
import { corpusIndex, leadThemeKey, listOf } from './corpus-index.ts';
import { must, pick, pickAgencies, sectionTrail, summarize, type CommitmentSummary, type NamedAgency } from './lookup.ts';
import { agencySuccession, attributions, placeChange, type Attribution, type PlaceChange, type SuccessionStep } from './succession-view.ts';
import { lastDue, timingOf, type TimingItem } from './timing-view.ts';
import { textLayout } from './text-view.ts';
import { taskTitle, titleIsWhole } from '../text.ts';

export interface CommitmentView {
  commitment: CommitmentEntry;
  /** The task in at most ~120 characters, for the page's heading (see taskTitle). */
  title: string;
  /** False when the title already says the whole text, so the quote would only repeat it. */
  showQuote: boolean;
  document: DocumentEntry;
  /** The document as a short label: "Chương trình hành động 01/CTr-UBND". */
  documentLabel: string;
  place: PlaceEntry | null;
  /** What the document's province became in 2025, and whether the task was due before that. */
  placeChange: (PlaceChange & { dueBefore: boolean }) | null;
  /** Sections from the top down to the commitment's own section. */
  trail: SectionEntry[];
  /** The section as people cite it ("C.3.1.a"), its anchor in the document and the page of the text it is on, or null. */
  section: { path: string; anchor: string; page: number } | null;
  /** The page of the document's text (1 = the document's URL, n = its trang-<n>/) that highlights the commitment. */
  textPage: number;
  lead: NamedAgency[];
  partners: NamedAgency[];
  /** When the task is due: its time statements (timing, else deadlines). */
  timing: TimingItem[];
  /** How each reorganised lead agency answers for the task (2025). */
  attributions: Attribution[];
  /** What each lead and partner agency became in 2025, for search: "Sở Tài chính (Cà Mau)". */
  successorNames: string[];
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

/** How many lead agencies the top of a commitment page names (the details name them all). */
export const KEY_LEADS = 2;

/** How many related commitments a page lists. */
export const RELATED_LIMIT = 6;

/**
 * Commitments that share a lead agency *and* a theme with `commitment`: the
 * same office's other work on the same subject. Same document first, then by
 * corpus order.
 */
export function relatedCommitments(corpus: Corpus, commitment: CommitmentEntry, limit = RELATED_LIMIT): CommitmentEntry[] {
  const index = corpusIndex(corpus);
  const leads = new Set(commitment.lead);
  const themes = new Set(commitment.themes);
  const related = (c: CommitmentEntry) =>
    c.id !== commitment.id && c.lead.some((id) => leads.has(id)) && c.themes.some((id) => themes.has(id));
  const same = listOf(index.commitmentsOfDocument, commitment.document).filter(related).slice(0, limit);
  if (same.length >= limit) return same;
  // Other documents: the first few of each (lead, theme) list, merged in corpus order. Each list
  // is already in corpus order, so no list needs reading past its first `limit` other-document entries.
  const others = new Map<string, CommitmentEntry>();
  for (const lead of leads) {
    for (const theme of themes) {
      let taken = 0;
      for (const c of listOf(index.commitmentsByLeadAndTheme, leadThemeKey(lead, theme))) {
        if (taken >= limit) break;
        if (c.document === commitment.document) continue;
        others.set(c.id, c);
        taken++;
      }
    }
  }
  const position = (c: CommitmentEntry) => index.position.get(c.id) ?? 0;
  const rest = [...others.values()].sort((a, b) => position(a) - position(b));
  return [...same, ...rest].slice(0, limit);
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
  const siblings = listOf(corpusIndex(corpus).commitmentsOfDocument, document.id);
  const position = siblings.findIndex((c) => c.id === id);
  const place = document.place ? must(corpus.places, document.place, 'places') : null;
  const change = place ? placeChange(corpus, place) : null;
  const timing = timingOf(commitment);
  const due = lastDue(timing);
  const title = taskTitle(commitment.text);
  const deepest = trail.at(-1);
  const layout = textLayout(corpus, document.id);
  const steps: SuccessionStep[] = [...commitment.lead, ...commitment.partners].flatMap((agencyId) =>
    agencySuccession(corpus, must(corpus.agencies, agencyId, 'agencies')),
  );
  return {
    commitment,
    title,
    showQuote: !titleIsWhole(title, commitment.text),
    document,
    documentLabel: documentLabel(document),
    place,
    placeChange: change?.merged ? { ...change, dueBefore: due !== null && due < change.effective } : null,
    trail,
    section: deepest ? { path: sectionPath(trail), anchor: deepest.anchor, page: layout.sectionPage.get(deepest.anchor) ?? 1 } : null,
    textPage: layout.commitmentPage.get(commitment.id) ?? 1,
    lead: pickAgencies(corpus, commitment.lead),
    partners: pickAgencies(corpus, commitment.partners),
    timing,
    attributions: attributions(corpus, commitment, timing),
    successorNames: [...new Set(steps.map((step) => step.label))],
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
