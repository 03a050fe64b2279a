/**
 * The facet table (see scripts/search/facet-table.ts for why it exists) in memory and on
 * the wire. In memory pages name their facets; on the wire (dist/pagefind/khm-facets.json)
 * they list value indexes by position, which is a third of the size at corpus scale.
 * Shared by the build (encode) and the browser (decode); no Node or DOM APIs.
 */

/** Facet values of all pages: `values[facet]` lists the distinct values; pages refer to them by index. */
export interface FacetTable {
  /** Distinct values per facet name, sorted in Vietnamese order, e.g. `{ agency: ["Sở Tài chính", …] }`. */
  values: Record<string, string[]>;
  /** Per Pagefind result id: `[date, { facet: [value indexes] }]`; date is ISO or "" when unknown. */
  pages: Record<string, [string, Record<string, number[]>]>;
}

/** The table as written to khm-facets.json. */
export interface FacetTableFile {
  /** Facet names; page entries list their values in this order. */
  facets: string[];
  /** Distinct values of each facet, in the order of `facets`. */
  values: string[][];
  /** Distinct ISO dates. */
  dates: string[];
  /** One entry per page: `[id, date index or -1, then per facet a value index or a list of them]`. */
  pages: [string, number, ...(number | number[])[]][];
}

/** Writes the table in its compact file form. */
export function encodeFacetTable(table: FacetTable): FacetTableFile {
  const facets = Object.keys(table.values);
  const dates = [
    ...new Set(
      Object.values(table.pages)
        .map(([date]) => date)
        .filter(Boolean),
    ),
  ].sort();
  const pages = Object.entries(table.pages).map(([id, [date, indexes]]): FacetTableFile['pages'][number] => [
    id,
    date ? dates.indexOf(date) : -1,
    ...facets.map((facet) => {
      const list = indexes[facet] ?? [];
      return list.length === 1 ? (list[0] as number) : list;
    }),
  ]);
  return { facets, values: facets.map((facet) => table.values[facet] ?? []), dates, pages };
}

/** Reads the compact file form back into the in-memory table. */
export function decodeFacetTable(file: FacetTableFile): FacetTable {
  const values: FacetTable['values'] = {};
  file.facets.forEach((facet, i) => (values[facet] = file.values[i] ?? []));
  const pages: FacetTable['pages'] = {};
  for (const [id, dateIndex, ...lists] of file.pages) {
    const indexes: Record<string, number[]> = {};
    file.facets.forEach((facet, i) => {
      const entry = lists[i];
      const list = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
      if (list.length) indexes[facet] = list;
    });
    pages[id] = [file.dates[dateIndex] ?? '', indexes];
  }
  return { values, pages };
}
