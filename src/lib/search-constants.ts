/**
 * Search facet names in one place (as cloud.gov Pages' gantry keeps `filtersConfig`).
 * `key` is the Pagefind filter name written into the HTML by SearchFilters.astro;
 * `param` is the Vietnamese URL parameter of /tim-kiem/ (`?co-quan=so-tai-chinh`).
 * Filter *values* are Vietnamese display text ("Sở Tài chính"); the URL carries
 * their ASCII slug so shared links stay readable.
 */
export const SEARCH_FACETS = [
  { key: 'type', param: 'loai-ket-qua', label: 'search.facet.type' },
  { key: 'place', param: 'dia-phuong', label: 'search.facet.place' },
  { key: 'document', param: 'van-ban', label: 'search.facet.document' },
  { key: 'documentKind', param: 'loai', label: 'search.facet.documentKind' },
  { key: 'agency', param: 'co-quan', label: 'search.facet.agency' },
  { key: 'theme', param: 'chu-de', label: 'search.facet.theme' },
  { key: 'year', param: 'nam', label: 'search.facet.year' },
] as const;

/** One facet definition; see {@link SEARCH_FACETS}. */
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** Pagefind filter name of a facet, e.g. `agency`. */
export type FacetKey = SearchFacet['key'];

/** Pagefind sort key: ISO date of the document (issue date), on every indexed page. */
export const SORT_KEY = 'date';

/** Sort date written when a page has none, so Pagefind keeps it in date-sorted results (it drops pages lacking the key). */
export const MISSING_SORT_DATE = '0000-00-00';

/** URL parameter of the query text. */
export const QUERY_PARAM = 'q';

/** URL parameter of the sort order; its values are {@link SORT_VALUES}. */
export const SORT_PARAM = 'sap-xep';

/** Sort orders in the URL: relevance (default, omitted from the URL), newest first, oldest first. */
export const SORT_VALUES = { relevance: 'lien-quan', newest: 'moi-nhat', oldest: 'cu-nhat' } as const;

/** Pagefind metadata keys used to render a result. */
export const META_KEYS = {
  /** "Cam kết", "Văn bản", "Cơ quan", "Chủ đề", "Địa phương" or "Văn bản được trích dẫn": what the result page is. */
  resultType: 'resultType',
  /** One line above the result's title: type, document number, place ("Cam kết · 01/CTr-UBND · Cà Mau"). */
  kicker: 'kicker',
  /** Short label of the document a commitment belongs to (or the document itself): type and number. */
  document: 'document',
  /** Issue date in ISO form, shown as dd/mm/yyyy. */
  date: 'date',
  /** Lead agencies, joined with "; ". */
  agencies: 'agencies',
} as const;
