/**
 * Builds the DOM of search results. Text is always inserted as text nodes; only
 * Pagefind's <mark> highlights become elements, so page content cannot inject HTML.
 */
import { t } from '../../i18n/vi.ts';
import { META_KEYS } from '../../lib/search-constants.ts';
import type { PagefindData } from './search-engine.ts';

/** A piece of an excerpt: text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Pagefind escapes < > and quotes in excerpts (not &); these are the escapes to undo. */
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Splits a Pagefind excerpt ("a <mark>b</mark> c") into text parts with their highlight flag. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&lt;|&gt;|&quot;|&#39;|&#x27;/g, (entity) => ENTITIES[entity] ?? entity);
    if (text) parts.push({ text, marked });
  }
  return parts;
}

/** Shows an ISO date "2023-01-06" the Vietnamese way, "06/01/2023". */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerptElement(excerpt: string, className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const part of excerptParts(excerpt)) {
    paragraph.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

/** Renders one result as a list item: type and document, linked title, date and agencies, excerpt, matching sections. */
export function renderResult(data: PagefindData): HTMLLIElement {
  const item = element('li', 'search-result');
  const type = data.meta[META_KEYS.resultType];
  const title = data.meta['title'] || data.meta[META_KEYS.document] || data.url;
  // A short line: what the result is, its document's number and its place ("Cam kết · 01/CTr-UBND · Cà Mau").
  const kicker = data.meta[META_KEYS.kicker] || type;
  if (kicker) item.append(element('p', 'search-result__kicker', kicker));

  const heading = element('h2', 'search-result__title');
  const link = element('a', 'search-result__link', title);
  link.href = data.url;
  heading.append(link);
  item.append(heading);

  const facts = element('p', 'search-result__facts');
  const date = data.meta[META_KEYS.date];
  if (date) {
    const time = element('time', '', formatDate(date));
    time.dateTime = date;
    facts.append(time);
  }
  const agencies = data.meta[META_KEYS.agencies];
  if (agencies) facts.append(document.createTextNode(`${date ? ' · ' : ''}${agencies}`));
  if (facts.childNodes.length) item.append(facts);

  if (data.excerpt) item.append(excerptElement(data.excerpt, 'search-result__excerpt'));

  // Document pages: link the best matching sections (Pagefind lists sub-results in page order, so rank them by score).
  // Every other page is one result: its own headings ("Tình trạng", "Chi tiết") are page furniture, not sections.
  const isDocument = type === t('search.result.document');
  const sections = data.sub_results
    .filter((sub) => isDocument && sub.url !== data.url && sub.title !== title)
    .map((sub) => ({ sub, score: (sub.weighted_locations ?? []).reduce((total, location) => total + location.balanced_score, 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(({ sub }) => sub);
  if (sections.length) {
    const list = element('ul', 'search-result__sections');
    list.setAttribute('aria-label', t('search.results.sections'));
    for (const section of sections) {
      const entry = element('li', '');
      const sectionLink = element('a', 'search-result__link', section.title);
      sectionLink.href = section.url;
      entry.append(sectionLink, excerptElement(section.excerpt, 'search-result__excerpt'));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}
