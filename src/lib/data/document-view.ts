/** What the document page shows: metadata, contents, commitments, agencies, targets, cited documents. */
import type {
  AgencyEntry,
  Corpus,
  CommitmentEntry,
  DocumentEntry,
  PlaceEntry,
  ReferenceEntry,
  SectionEntry,
  TargetEntry,
} from './corpus.ts';
import type { TextBlock } from '../../schemas/index.ts';
import { agencyCounts, commitmentsOfDocument, must, named, type NamedAgency } from './lookup.ts';
import { formatDate, viCollator } from './format.ts';
import { excerpt } from '../text.ts';
import { footnoteRefs, textLayout, textUnits, unitsByPart, type TextUnit } from './text-view.ts';
import type { Pager } from './paginate.ts';
import { timingOf, timingYears } from './timing-view.ts';
import { corpusIndex, listOf } from './corpus-index.ts';

/** A node of a document's table of contents. */
export interface TocNode {
  section: SectionEntry;
  children: TocNode[];
}

/** An agency involved in a set of commitments, with how many it leads and supports. */
export interface AgencyInvolvement {
  agency: NamedAgency;
  lead: number;
  partner: number;
}

/** A cited document and how many commitments cite it. */
export interface CitedReference {
  reference: ReferenceEntry;
  count: number;
}

export interface DocumentView {
  document: DocumentEntry;
  place: PlaceEntry | null;
  issuerAgency: AgencyEntry | null;
  toc: TocNode[];
  commitments: CommitmentEntry[];
  agencies: AgencyInvolvement[];
  targets: TargetEntry[];
  references: CitedReference[];
  /** This page's part of the verbatim text, ready to render. */
  text: TextUnit[];
  /** Which part of the text this page shows (page 1 is the document's own URL, with its summaries). */
  pager: Pager;
  /** The page (part) each section heading is on, by anchor: the contents link across parts. */
  sectionPage: Map<string, number>;
  /**
   * On a later page of a long text: the headings of the sections it continues (from the top
   * level down), so the reader knows where they are and the page's headings stay in order.
   */
  continued: { text: string; level: number }[];
  /** The page each commitment highlighted in the text is on, by commitment id. */
  commitmentPage: Map<string, number>;
  /** Anchors of the sections listed in the contents (a section's "back to contents" link goes to its entry). */
  tocAnchors: Set<string>;
  /** Years the document and its commitments' deadlines fall in, for the search year facet. */
  years: string[];
  /** Footnotes that have a marker on this page, with the occurrence of their first marker here. */
  citedFootnotes: Map<string, number>;
  /** The footnotes this page lists: those cited on it, and on page 1 also those cited nowhere. */
  footnotes: DocumentEntry['footnotes'];
  /** Repository paths of the files the page is built from. */
  sourceFiles: string[];
}

/** Contents of at most this many sections start unfolded; longer ones show their top level first. */
export const TOC_UNFOLDED_UP_TO = 12;

/**
 * At most this many entries in the contents of page 1 (≈ 350 bytes of HTML each): a longer
 * contents lists the upper levels only, and each later page lists its own sections in full.
 */
export const TOC_ENTRIES_PAGE_ONE = 150;

/** The sections down to the deepest level at which there are at most `limit` of them (the top level at least). */
export function upperSections(sections: readonly SectionEntry[], limit = TOC_ENTRIES_PAGE_ONE): SectionEntry[] {
  if (sections.length <= limit) return [...sections];
  const depth = new Map<string, number>();
  for (const s of sections) depth.set(s.id, s.parent ? (depth.get(s.parent) ?? -1) + 1 : 0);
  let keep = 0;
  for (let d = 1; sections.filter((s) => depth.get(s.id)! <= d).length <= limit; d++) keep = d;
  return sections.filter((s) => depth.get(s.id)! <= keep);
}

/** Builds the section tree of a document from its flat, ordered sections. */
export function sectionTree(sections: readonly SectionEntry[]): TocNode[] {
  const nodes = new Map(sections.map((section) => [section.id, { section, children: [] as TocNode[] }]));
  const roots: TocNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.section.parent ? nodes.get(node.section.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Agencies involved in `commitments`: most leads first, then by Vietnamese name. */
export function involvedAgencies(corpus: Corpus, commitments: readonly CommitmentEntry[]): AgencyInvolvement[] {
  return [...agencyCounts(commitments)]
    .map(([id, counts]) => ({ agency: named(corpus, must(corpus.agencies, id, 'agencies')), ...counts }))
    .sort((a, b) => b.lead - a.lead || b.partner - a.partner || viCollator.compare(a.agency.label, b.agency.label));
}

/** Documents cited by `commitments`, most cited first, then by number. */
export function citedReferences(corpus: Corpus, commitments: readonly CommitmentEntry[]): CitedReference[] {
  const counts = new Map<string, number>();
  for (const c of commitments) for (const id of new Set(c.references)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ reference: must(corpus.references, id, 'references'), count }))
    .sort((a, b) => b.count - a.count || viCollator.compare(a.reference.number, b.reference.number));
}

/** Files a document's pages come from: its metadata, its text and the per-document YAML lists that exist. */
export function documentFiles(corpus: Corpus, document: DocumentEntry): string[] {
  const files = new Set<string>([document.file, corpus.texts.get(document.id)?.file ?? '']);
  for (const file of corpusIndex(corpus).listFilesOfDocument.get(document.id) ?? []) files.add(file);
  return [...files].filter(Boolean);
}

/**
 * Everything the page `/van-ban/<id>/` (part 1 of the text) or `/van-ban/<id>/trang-<n>/` needs.
 * Part 1 has the full contents (entries of later parts link to their page); a later part has
 * the contents of its own sections, so its "back to contents" links stay on the page.
 */
export function documentView(corpus: Corpus, id: string, page = 1): DocumentView {
  const document = must(corpus.documents, id, 'documents');
  const commitments = commitmentsOfDocument(corpus, id);
  const layout = textLayout(corpus, id);
  const pages = layout.starts.length;
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`Document ${id} has ${pages} page(s), not ${page}.`);
  const whole = textUnits(corpus, corpus.texts.get(id), commitments, new Set(document.footnotes.map((f) => f.label)));
  const text = unitsByPart(whole, layout.starts)[page - 1]!;
  const index = corpusIndex(corpus);
  const sections = listOf(index.sectionsOfDocument, id);
  const shown = page === 1 ? upperSections(sections) : sections.filter((s) => layout.sectionPage.get(s.anchor) === page);
  const cited = footnoteRefs(text);
  const citedAnywhere = page === 1 ? footnoteRefs(whole) : cited;
  return {
    document,
    place: document.place ? must(corpus.places, document.place, 'places') : null,
    issuerAgency: document.issuer_agency ? must(corpus.agencies, document.issuer_agency, 'agencies') : null,
    toc: sectionTree(shown),
    commitments,
    agencies: involvedAgencies(corpus, commitments),
    targets: [...listOf(index.targetsOfDocument, id)],
    references: citedReferences(corpus, commitments),
    text,
    pager: { page, pages, from: page, to: page, total: pages },
    sectionPage: layout.sectionPage,
    commitmentPage: layout.commitmentPage,
    continued: page === 1 ? [] : enclosingHeadings(corpus.texts.get(id)?.blocks ?? [], layout.starts[page - 1]!),
    tocAnchors: new Set(shown.map((s) => s.anchor)),
    years: timingYears(commitments.flatMap(timingOf)),
    citedFootnotes: cited,
    footnotes: document.footnotes.filter((f) => cited.has(f.label) || (page === 1 && !citedAnywhere.has(f.label))),
    sourceFiles: documentFiles(corpus, document),
  };
}

/** Headings of the sections that block `index` is inside, from the top level down (those before it in the text). */
export function enclosingHeadings(blocks: readonly TextBlock[], index: number): { text: string; level: number }[] {
  const first = blocks[index];
  let level = first?.kind === 'heading' ? first.level : 7;
  const out: { text: string; level: number }[] = [];
  for (let i = index - 1; i >= 0 && level > 2; i--) {
    const block = blocks[i]!;
    if (block.kind === 'heading' && block.level < level) {
      out.unshift({ text: block.text, level: block.level });
      level = block.level;
    }
  }
  return out;
}

/**
 * A document's name as its page, its heading, its feed entry and "what changed" give it: type
 * and number ("Kế hoạch 12/KH-UBND"), or its title when it has no number.
 */
export function documentTitle(document: Pick<DocumentEntry, 'type' | 'number' | 'title'>): string {
  return document.number ? `${document.type} ${document.number}` : document.title;
}

/**
 * A document as a short label, for facets, kickers and lists: its type and number
 * ("Chương trình hành động 01/CTr-UBND"), or for a text without number its type and date
 * ("Tin tức 05/07/2024"), never its full title (often several upper-case lines).
 */
export function documentLabel(document: DocumentEntry): string {
  if (document.number) return `${document.type} ${document.number}`;
  if (document.issued) return `${document.type} ${formatDate(document.issued)}`;
  return excerpt(document.title, 60);
}

/** Documents newest first (undated last), ties by title. */
export function documentsByDate(documents: readonly DocumentEntry[]): DocumentEntry[] {
  return [...documents].sort((a, b) => (b.issued ?? '').localeCompare(a.issued ?? '') || viCollator.compare(a.title, b.title));
}
