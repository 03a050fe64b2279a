/**
 * The facet table: a small JSON file next to the Pagefind index that lists, for
 * every indexed page (by Pagefind's result id), its facet values and sort date.
 *
 * Why: the search UI expands a query without diacritics into several Pagefind
 * searches ("dau tu" → "dau tu" and "đau tu", because Pagefind never folds đ to d).
 * Pagefind counts facets and sorts per search, not over the union of several
 * searches, so the UI counts and sorts the union itself from this table.
 */
import { gunzipSync } from 'node:zlib';
import type { FacetTable } from '../../src/scripts/search/facet-table-format.ts';

export type { FacetTable };

/** What the table needs from one Pagefind fragment (the per-page JSON file). */
export interface FragmentFacts {
  /** Pagefind result id, e.g. "vi_795dda5" (the fragment's file name). */
  id: string;
  /** `filters` of the fragment: facet name → values. */
  filters: Record<string, string[]>;
  /** `meta` of the fragment; `meta[dateKey]` holds the ISO date. */
  meta: Record<string, string>;
}

/** Pagefind fragments are gzip files that start with this signature before their JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Unzips a Pagefind fragment file and parses the JSON after its signature. */
function readFragmentJson(filePath: string, bytes: Uint8Array): unknown {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE))
    throw new Error(`${filePath} is not a Pagefind fragment (no "${FRAGMENT_SIGNATURE}" signature).`);
  return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length));
}

/** The facts of one page's fragment JSON. */
function factsOf(id: string, json: Partial<FragmentFacts>): FragmentFacts {
  return { id, filters: json.filters ?? {}, meta: json.meta ?? {} };
}

/** Reads a Pagefind fragment file of one page (`fragment/<id>.pf_fragment`) into its id, filters and meta. */
export function readFragment(filePath: string, bytes: Uint8Array): FragmentFacts {
  const id = filePath.replace(/^.*\//, '').replace(/\.pf_fragment$/, '');
  return factsOf(id, readFragmentJson(filePath, bytes) as Partial<FragmentFacts>);
}

/** A fragment file that bundles several pages (Pagefind's `maxFragments`): `fragment/<lang>_group_<hash>.pf_fragment`. */
const GROUP_FILE = /(^|\/)[^/]+_group_[^/]+\.pf_fragment$/;

/**
 * Reads any fragment file into the facts of the pages in it: one page, or — when Pagefind
 * bundles fragments (`maxFragments`) — every page of the group, keyed by result id in the file.
 */
export function readFragmentFile(filePath: string, bytes: Uint8Array): FragmentFacts[] {
  if (!GROUP_FILE.test(filePath)) return [readFragment(filePath, bytes)];
  const group = readFragmentJson(filePath, bytes) as Record<string, Partial<FragmentFacts>>;
  return Object.entries(group).map(([id, json]) => factsOf(id, json));
}

const collator = new Intl.Collator('vi', { numeric: true });

/** Builds the facet table from the fragments; `dateKey` is the meta key holding the ISO date. */
export function buildFacetTable(fragments: FragmentFacts[], dateKey: string): FacetTable {
  const distinct: Record<string, Set<string>> = {};
  for (const fragment of fragments) {
    for (const [facet, values] of Object.entries(fragment.filters)) {
      for (const value of values) (distinct[facet] ??= new Set()).add(value);
    }
  }
  const values: Record<string, string[]> = {};
  for (const facet of Object.keys(distinct).sort()) values[facet] = [...(distinct[facet] ?? [])].sort(collator.compare);

  const pages: FacetTable['pages'] = {};
  for (const fragment of [...fragments].sort((a, b) => a.id.localeCompare(b.id))) {
    const indexes: Record<string, number[]> = {};
    for (const [facet, list] of Object.entries(fragment.filters)) {
      const all = values[facet] ?? [];
      indexes[facet] = [...new Set(list)].map((value) => all.indexOf(value)).sort((a, b) => a - b);
    }
    const date = fragment.meta[dateKey] ?? '';
    pages[fragment.id] = [/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '', indexes];
  }
  return { values, pages };
}
