// The page's state and its URL: the same parameter names as /api/search, plus `view` (items or quotes),
// `item` for the open item, `who` for the open person and `office` for the open office.

/** The facet filters: URL parameter, facet key in the API's answer, and the label people read. */
export const FILTERS = [
    { param: 'field', facet: 'fieldOfWork', label: 'Field of work', plural: 'fields' },
    { param: 'country', facet: 'country', label: 'Country', plural: 'countries' },
    { param: 'issuer', facet: 'issuer', label: 'Issued by', plural: 'issuers' },
    { param: 'person', facet: 'person', label: 'Person', plural: 'people' },
    { param: 'year', facet: 'year', label: 'Year', plural: 'years' },
];

/**
 * The filters of the Quotes view, the facets /api/quotes counts: `person` is the speaker there. The other
 * filters of the URL still narrow the quotations to those of matching items.
 */
export const QUOTE_FILTERS = [
    { param: 'person', facet: 'person', label: 'Speaker', plural: 'speakers' },
    { param: 'year', facet: 'year', label: 'Year', plural: 'years' },
];

/** The two lists the page shows for a search: the items, or the quotations in them. */
export const VIEWS = ['items', 'quotes'];

/** The order each list has when the URL names none: the API's defaults (items by best match, quotes newest first). */
const DEFAULT_SORT = { items: 'relevance', quotes: 'date' };

/** How the items are found: the API's default (words and meaning fused) when the URL names none. */
export const MODES = ['hybrid', 'keyword', 'semantic'];

export const PAGE_SIZE = 10;
/** The API refuses pages past its first 10,000 hits. */
export const MAX_WINDOW = 10000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyState() {
    const filters = {};
    FILTERS.forEach(f => { filters[f.param] = []; });
    return { view: 'items', q: '', filters, from: '', to: '', sort: 'relevance', mode: MODES[0], interpret: true,
        page: 1, item: '', who: '', office: '' };
}

/** Reads a state from a query string such as `?q=border&country=Moldova&page=2`. */
export function fromSearch(search) {
    const params = new URLSearchParams(search);
    const state = emptyState();
    state.q = params.get('q') || '';
    FILTERS.forEach(f => {
        const values = params.getAll(f.param);
        // The API also accepts the facet key (fieldOfWork) as the parameter; so does the page.
        if (f.facet !== f.param) {
            values.push(...params.getAll(f.facet));
        }
        state.filters[f.param] = unique(values.map(v => v.trim()).filter(Boolean));
    });
    state.from = DATE.test(params.get('from') || '') ? params.get('from') : '';
    state.to = DATE.test(params.get('to') || '') ? params.get('to') : '';
    state.view = params.get('view') === 'quotes' ? 'quotes' : 'items';
    const sort = params.get('sort');
    state.sort = sort === 'date' || sort === 'relevance' ? sort : DEFAULT_SORT[state.view];
    state.mode = MODES.includes(params.get('mode')) ? params.get('mode') : MODES[0];
    state.interpret = params.get('interpret') !== 'false';
    const page = Number.parseInt(params.get('page') || '1', 10);
    state.page = Number.isFinite(page) && page > 1 ? page : 1;
    state.item = params.get('item') || '';
    state.who = state.item ? '' : (params.get('who') || '');
    state.office = state.item || state.who ? '' : (params.get('office') || '');
    return state;
}

/** The search part of a state as API parameters, in a fixed order so equal searches give equal strings. */
export function searchParams(state) {
    const params = new URLSearchParams();
    if (state.q) {
        params.set('q', state.q);
    }
    FILTERS.forEach(f => state.filters[f.param].forEach(v => params.append(f.param, v)));
    if (state.from) {
        params.set('from', state.from);
    }
    if (state.to) {
        params.set('to', state.to);
    }
    if (state.sort !== DEFAULT_SORT[state.view]) {
        params.set('sort', state.sort);
    }
    if (state.mode !== MODES[0]) {
        params.set('mode', state.mode);
    }
    if (!state.interpret) {
        params.set('interpret', 'false');
    }
    if (state.page > 1) {
        params.set('page', String(state.page));
    }
    return params;
}

/** The page's URL for a state: `/?view=quotes&q=border&country=Moldova&sort=relevance&page=2&item=…`. */
export function toUrl(state) {
    const params = new URLSearchParams();
    if (state.view !== 'items') {
        params.set('view', state.view);
    }
    searchParams(state).forEach((value, key) => params.append(key, value));
    if (state.item) {
        params.set('item', state.item);
    } else if (state.who) {
        params.set('who', state.who);
    } else if (state.office) {
        params.set('office', state.office);
    }
    const query = params.toString();
    return query ? `/?${query}` : '/';
}

export function copyState(state) {
    const filters = {};
    FILTERS.forEach(f => { filters[f.param] = [...state.filters[f.param]]; });
    return { ...state, filters };
}

/** A copy of `state` changed by `change`: a new search starts on page 1 with no item open, unless it says otherwise. */
export function withChange(state, change) {
    const next = copyState(state);
    next.page = 1;
    next.item = '';
    next.who = '';
    next.office = '';
    change(next);
    return next;
}

/** The state of `view` for the same search: its filters kept, its own default order, on its first page. */
export function inView(state, view) {
    return withChange(state, s => {
        s.view = view;
        s.sort = DEFAULT_SORT[view];
    });
}

/** All quotations of `person`: the Quotes view with that speaker and nothing else. */
export function quotesBy(person) {
    const state = emptyState();
    state.view = 'quotes';
    state.sort = DEFAULT_SORT.quotes;
    state.filters.person = [person];
    return state;
}

export function filterCount(state) {
    return FILTERS.reduce((n, f) => n + state.filters[f.param].length, 0) + (state.from || state.to ? 1 : 0);
}

function unique(values) {
    return [...new Set(values)];
}
