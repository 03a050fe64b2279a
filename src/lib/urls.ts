/**
 * Page URLs. The URL scheme is a contract (issue 4): Vietnamese paths, ASCII ids,
 * trailing slash, under the site's base path.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Any site path under the base, e.g. url('co-quan/') → "/co-quan/". */
export const url = (path = ''): string => `${BASE}${path}`;
/** `/van-ban/<doc>/`, optionally with a `#anchor`. */
export const documentUrl = (id: string, anchor?: string): string => url(`van-ban/${id}/${anchor ? `#${anchor}` : ''}`);
/**
 * Page `page` of a document's text, optionally with a `#anchor`: `/van-ban/<doc>/` for part 1,
 * `/van-ban/<doc>/trang-<n>/` for the others (long texts are cut into parts, see text-parts.ts).
 */
export const documentPartUrl = (id: string, page: number, anchor?: string): string =>
  `${pageUrl(documentUrl(id), page)}${anchor ? `#${anchor}` : ''}`;
/** `/cam-ket/<id>/`. */
export const commitmentUrl = (id: string): string => url(`cam-ket/${id}/`);
/** `/co-quan/<agency>/`. */
export const agencyUrl = (id: string): string => url(`co-quan/${id}/`);
/** `/chu-de/<theme>/`. */
export const themeUrl = (id: string): string => url(`chu-de/${id}/`);
/** `/chu-de/<theme>/co-quan/`: all agencies of a theme's commitments. */
export const themeAgenciesUrl = (id: string): string => url(`chu-de/${id}/co-quan/`);
/** `/dia-phuong/<place>/`. */
export const placeUrl = (id: string): string => url(`dia-phuong/${id}/`);
/** `/dia-phuong/<place>/van-ban/`: all of a place's documents, oldest first. */
export const placeDocumentsUrl = (id: string): string => url(`dia-phuong/${id}/van-ban/`);
/** `/trich-dan/<ref>/van-ban/`: all documents that name a cited document. */
export const referenceDocumentsUrl = (id: string): string => url(`trich-dan/${id}/van-ban/`);
/** `/trich-dan/<ref>/`. */
export const referenceUrl = (id: string): string => url(`trich-dan/${id}/`);
/** `/co-quan/theo-tien-do/`, or the same table in another order (`/co-quan/theo-tien-do/ten/`). */
export const scorecardUrl = (sort?: string): string => url(`co-quan/theo-tien-do/${sort && sort !== 'qua-han' ? `${sort}/` : ''}`);
/** `/chi-tieu/<indicator>/`. */
export const indicatorUrl = (id: string): string => url(`chi-tieu/${id}/`);
/** An open-data file, e.g. dataUrl('cam-ket', 'csv') → "/du-lieu/cam-ket.csv"; dataUrl() → "/du-lieu/". */
export const dataUrl = (name?: string, extension?: 'json' | 'csv' | 'zip'): string =>
  url(`du-lieu/${name ? `${name}${extension ? `.${extension}` : ''}` : ''}`);
/** A document's own data file: `/du-lieu/van-ban/<id>.json` or `.csv` (its commitments). */
export const documentDataUrl = (id: string, extension: 'json' | 'csv'): string => url(`du-lieu/van-ban/${id}.${extension}`);
/** The original source text a document was converted from: `/du-lieu/nguon/<file name>`. */
export const sourceTextUrl = (file: string): string => url(`du-lieu/nguon/${file.split('/').pop()}`);
/** Page `page` of the list at `listUrl`: the URL itself for page 1, else `<listUrl>trang-<n>/` (`/chu-de/y-te/trang-2/`). */
export const pageUrl = (listUrl: string, page: number): string => (page === 1 ? listUrl : `${listUrl}trang-${page}/`);
/** Anchor of a commitment inside its document's text (set by the MDX Commitment component). */
export const commitmentAnchor = (id: string): string => `cam-ket-${id}`;

/** The site's main sections, in menu order: the header and the 404 page list exactly these. */
export const MAIN_SECTIONS = [
  { path: 'van-ban/', label: 'nav.documents' },
  { path: 'co-quan/', label: 'nav.agencies' },
  { path: 'chu-de/', label: 'nav.themes' },
  { path: 'dia-phuong/', label: 'nav.places' },
  { path: 'trich-dan/', label: 'nav.citations' },
  { path: 'chi-tieu/', label: 'nav.targets' },
] as const;
