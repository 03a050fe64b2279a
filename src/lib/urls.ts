/**
 * Page URLs. The URL scheme is a contract (issue 4): Vietnamese paths, ASCII ids,
 * trailing slash, under the site's base path.
 */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Any site path under the base, e.g. url('co-quan/') → "/co-quan/". */
export const url = (path = ''): string => `${BASE}${path}`;
/** `/van-ban/<doc>/`, optionally with a `#anchor`. */
export const documentUrl = (id: string, anchor?: string): string => url(`van-ban/${id}/${anchor ? `#${anchor}` : ''}`);
/** `/cam-ket/<id>/`. */
export const commitmentUrl = (id: string): string => url(`cam-ket/${id}/`);
/** `/co-quan/<agency>/`. */
export const agencyUrl = (id: string): string => url(`co-quan/${id}/`);
/** `/chu-de/<theme>/`. */
export const themeUrl = (id: string): string => url(`chu-de/${id}/`);
/** `/dia-phuong/<place>/`. */
export const placeUrl = (id: string): string => url(`dia-phuong/${id}/`);
/** `/trich-dan/<ref>/`. */
export const referenceUrl = (id: string): string => url(`trich-dan/${id}/`);
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
