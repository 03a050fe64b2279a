/**
 * The /tim-kiem/ page: keeps the form, the URL and the results in step.
 * - The URL is the state: typing replaces the current history entry (one entry per
 *   typing session), submitting or changing a facet or the sort pushes a new one, and
 *   back/forward re-run the search from the URL.
 * - The result count is announced through the status region (aria-live="polite").
 * - Keyboard: ↓ from the query box goes to the first result; ↑/↓ move between result
 *   links; Esc returns to the query box.
 * - Facets: the filters start folded; their values and counts come from the facet table,
 *   which lists every page of the archive, so it is fetched when the reader opens the
 *   filters or when the URL chooses a facet or a date order, not for every first query.
 */
import { t, type UiKey } from '../../i18n/vi.ts';
import { SEARCH_FACETS, SORT_PARAM } from '../../lib/search-constants.ts';
import type { FacetTable } from './facet-table-format.ts';
import { renderResult } from './render-results.ts';
import { facetCounts, type Selection, type SortOrder } from './results.ts';
import { loadSearchEngine, PAGE_SIZE, type SearchEngine, type SearchOutcome } from './search-engine.ts';
import { readUrlState, writeUrlState, type SearchState } from './url-state.ts';
import { normalizeQuery } from './vietnamese.ts';
/** Pause after the last keystroke before searching, in milliseconds. */
const TYPING_DELAY = 250;

/** Elements of the search page (see src/pages/tim-kiem/index.astro). */
interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  details: HTMLDetailsElement;
  filters: HTMLElement;
  sort: HTMLSelectElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  clear: HTMLButtonElement;
}

function find<T extends HTMLElement>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (!node) throw new Error(`search page: missing ${selector}`);
  return node;
}

function fill(key: UiKey, values: Record<string, string>): string {
  return t(key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Reads the state the form shows. */
function formState(ui: Elements): SearchState {
  const selection: Selection = {};
  for (const select of ui.filters.querySelectorAll('select')) {
    if (select.value) selection[select.dataset['facet'] ?? ''] = select.value;
  }
  return { query: normalizeQuery(ui.input.value), selection, order: ui.sort.value as SortOrder };
}

/** Makes the form (and the header search box) show `state`. */
function showState(ui: Elements, state: SearchState): void {
  ui.input.value = state.query;
  const header = document.querySelector<HTMLInputElement>('#site-search');
  if (header) header.value = state.query;
  ui.sort.value = state.order;
  for (const select of ui.filters.querySelectorAll('select')) select.value = state.selection[select.dataset['facet'] ?? ''] ?? '';
}

/** Creates one labelled <select> per facet that has values; option values are display values, URL slugs are made on write. */
function buildFacetControls(ui: Elements, table: FacetTable): void {
  for (const facet of SEARCH_FACETS) {
    const values = table.values[facet.key] ?? [];
    if (values.length === 0) continue;
    const wrapper = document.createElement('div');
    wrapper.className = 'search-facet';
    const label = document.createElement('label');
    label.htmlFor = `facet-${facet.param}`;
    label.textContent = t(facet.label);
    const select = document.createElement('select');
    select.id = `facet-${facet.param}`;
    select.name = facet.param;
    select.dataset['facet'] = facet.key;
    select.append(new Option(t('search.facet.all'), ''));
    for (const value of values) {
      select.append(new Option(value, value));
    }
    wrapper.append(label, select);
    ui.filters.append(wrapper);
  }
}

/** Writes the counts into the facet options; values without results are disabled unless chosen. */
function showCounts(ui: Elements, table: FacetTable, outcome: SearchOutcome, state: SearchState): void {
  const all = facetCounts(table, outcome.matches, state.selection);
  for (const select of ui.filters.querySelectorAll('select')) {
    const counts = all[select.dataset['facet'] ?? ''];
    for (const option of select.options) {
      if (!option.value) continue;
      const count = counts?.get(option.value) ?? 0;
      option.textContent = `${option.value} (${count.toLocaleString('vi')})`;
      option.disabled = count === 0 && state.selection[select.dataset['facet'] ?? ''] !== option.value;
    }
  }
}

/** Starts the search page. */
export async function startSearchPage(base: string): Promise<void> {
  const ui: Elements = {
    form: find('#search-form'),
    input: find('#search-q'),
    details: find('.search-form__details'),
    filters: find('#search-facets'),
    sort: find('#search-sort'),
    status: find('#search-status'),
    list: find('#search-results'),
    more: find('#search-more'),
    clear: find('#search-clear'),
  };
  // The form only works with this script, so it is shown now (see SearchForm.astro).
  ui.form.hidden = false;
  ui.status.textContent = t('search.status.loading');
  let engine: SearchEngine;
  try {
    engine = await loadSearchEngine(base);
  } catch (error) {
    ui.status.textContent = t('search.status.error');
    console.error(error);
    return;
  }
  // Controls that only work with the index stay hidden and disabled (so a no-JS submit sends only q) until now.
  for (const node of document.querySelectorAll<HTMLElement>('[data-search-needs-js]')) node.hidden = false;
  ui.sort.disabled = false;

  let outcome: SearchOutcome | null = null;
  /** The state of the results shown (their counts depend on it). */
  let outcomeState: SearchState | null = null;
  /** The facet table once the facet controls are built from it. */
  let table: FacetTable | null = null;

  /** Fetches the facet table (once), builds the facet controls and shows the counts of the results shown. */
  const showFacets = async (): Promise<FacetTable | null> => {
    if (table) return table;
    let loaded: FacetTable;
    try {
      loaded = await engine.facets();
    } catch (error) {
      console.error(error);
      ui.status.textContent = t('search.status.error');
      return null;
    }
    if (table) return table;
    table = loaded;
    buildFacetControls(ui, table);
    if (outcome && outcomeState) showCounts(ui, table, outcome, outcomeState);
    return table;
  };
  ui.details.addEventListener('toggle', () => {
    if (ui.details.open) void showFacets();
  });

  let shown = 0;
  let runId = 0;
  let typingSession = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The query string of the search shown, to tell a change of search from a jump to an anchor. */
  let shownSearch = location.search;

  const showMore = async (focusFirst: boolean) => {
    if (!outcome) return;
    const slice = outcome.hits.slice(shown, shown + PAGE_SIZE);
    const current = runId;
    const items = await Promise.all(slice.map((hit) => engine.load(hit.id).catch(() => undefined)));
    if (current !== runId) return;
    const nodes = items.filter((data) => data !== undefined).map((data) => renderResult(data));
    ui.list.append(...nodes);
    shown += slice.length;
    ui.more.hidden = shown >= outcome.hits.length;
    if (focusFirst) nodes[0]?.querySelector('a')?.focus();
  };

  const search = async (state: SearchState) => {
    const current = ++runId;
    const hasSelection = Object.values(state.selection).some(Boolean);
    if (!state.query && !hasSelection) {
      outcome = null;
      ui.list.replaceChildren();
      ui.more.hidden = true;
      ui.status.textContent = t('search.status.empty');
      ui.list.setAttribute('aria-busy', 'false');
      return;
    }
    ui.list.setAttribute('aria-busy', 'true');
    let result: SearchOutcome;
    try {
      result = await engine.run(state);
    } catch (error) {
      // A chunk or fragment failed to download (offline, redeployed index): say so instead of spinning.
      if (current !== runId) return;
      console.error(error);
      ui.status.textContent = t('search.status.error');
      ui.list.setAttribute('aria-busy', 'false');
      return;
    }
    if (current !== runId) return;
    outcome = result;
    outcomeState = state;
    shown = 0;
    ui.list.replaceChildren();
    if (table) showCounts(ui, table, result, state);
    const n = result.hits.length.toLocaleString('vi');
    ui.status.textContent = !state.query
      ? fill('search.status.countNoQuery', { n })
      : result.hits.length === 0
        ? fill('search.status.none', { q: state.query })
        : fill('search.status.count', { n, q: state.query });
    await showMore(false);
    if (current === runId) ui.list.setAttribute('aria-busy', 'false');
  };

  /** Puts the form's state in the URL (push: new history entry) and searches. */
  const commit = (push: boolean) => {
    const state = formState(ui);
    const url = `${location.pathname}${writeUrlState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    shownSearch = location.search;
    document.title = state.query ? `${state.query} — ${t('search.page.title')}` : t('search.page.title');
    void search(state);
  };

  const fromUrl = async () => {
    shownSearch = location.search;
    const params = new URLSearchParams(location.search);
    // Facet values in the URL are slugs of values listed in the facet table: fetch it only when the URL has some.
    const chooses = SEARCH_FACETS.some((facet) => params.get(facet.param)) || Boolean(params.get(SORT_PARAM));
    const values = (chooses ? await showFacets() : table)?.values ?? {};
    if (shownSearch !== location.search) return; // the reader moved on while the table was downloading
    const state = readUrlState(params, values);
    // A chosen facet is shown, so the reader sees why results are fewer.
    if (Object.values(state.selection).some(Boolean)) ui.details.open = true;
    showState(ui, state);
    void search(state);
  };

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    typingSession = false;
    commit(true);
  });
  ui.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      commit(!typingSession);
      typingSession = true;
    }, TYPING_DELAY);
  });
  ui.form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) {
      typingSession = false;
      commit(true);
    }
  });
  ui.more.addEventListener('click', () => void showMore(true));
  ui.clear.addEventListener('click', () => {
    for (const select of ui.filters.querySelectorAll('select')) select.value = '';
    typingSession = false;
    commit(true);
  });
  window.addEventListener('popstate', () => {
    // Following a link to an anchor of this page (the "skip to results" link) also fires popstate:
    // the search has not changed, so the results, and the reader's focus in them, stay.
    if (location.search === shownSearch) return;
    typingSession = false;
    void fromUrl();
  });
  ui.input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = ui.list.querySelector<HTMLAnchorElement>('a');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  ui.list.addEventListener('keydown', (event) => {
    const links = [...ui.list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
    const index = links.findIndex((link) => link === document.activeElement || link.closest('li')?.contains(document.activeElement));
    if (event.key === 'Escape') ui.input.focus();
    else if (event.key === 'ArrowDown' && index < links.length - 1) links[index + 1]?.focus();
    else if (event.key === 'ArrowUp') (index > 0 ? links[index - 1] : ui.input)?.focus();
    else return;
    event.preventDefault();
  });
  void fromUrl();
}
