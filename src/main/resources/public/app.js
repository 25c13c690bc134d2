// The search page: keeps the state in the URL, asks the API, and draws results (items or quotations), facets,
// timeline and items.

import * as api from './api.js';
import { debounce, el, formatNumber, plural } from './dom.js';
import { renderFacets } from './facets.js';
import { hitElement, renderPager } from './hits.js';
import { renderItem, renderItemProblem } from './item.js';
import { pageLink, renderOffice, renderPerson } from './people.js';
import { quoteElement, quotesByLink } from './quotes.js';
import {
    FILTERS, PAGE_SIZE, QUOTE_FILTERS, VIEWS, copyState, emptyState, filterCount, fromSearch, inView, quotesBy,
    searchParams, toUrl, withChange,
} from './state.js';
import { attachSuggestions } from './suggest.js';
import { periodLabel, renderTimeline } from './timeline.js';

const TYPING_DELAY_MS = 200;
const SITE = 'OSCE news search';

const $ = id => document.getElementById(id);
const dom = {
    form: $('search-form'), q: $('q'), suggestions: $('suggestions'), home: $('home-link'),
    filters: $('filters'), facets: $('facets'), from: $('from'), to: $('to'), clearFilters: $('clear-filters'),
    main: $('main'), results: $('results-view'), status: $('status'), sort: $('sort'),
    mode: $('mode'), modeControl: $('mode-control'),
    filtersToggle: $('filters-toggle'), filtersCount: $('filters-count'),
    chips: $('chips'), chipList: $('chip-list'), clearAll: $('clear-all'),
    timeline: $('timeline'), timelineCaption: $('timeline-caption'), timelineBars: $('timeline-bars'),
    message: $('message'), hits: $('hits'), pager: $('pager'), itemView: $('item-view'), stats: $('stats'),
    feedAlternate: $('feed-alternate'), follow: $('follow-link'), downloadCsv: $('download-csv'),
    searchLinks: $('search-links'),
    heading: $('results-heading'), views: { items: $('view-items'), quotes: $('view-quotes') },
};

let state = fromSearch(location.search);
/** The last search answered: its parameters, and its result or error. */
let shown = { key: null, result: null, error: null };
let searchController = null;
let itemController = null;
let currentItem = null;
/** Whether the history entry now showing was pushed for the text being typed (later keystrokes replace it). */
let typingEntry = false;
/** The key of the link that opened an item from the list: going back puts the focus on it again. */
let lastOpened = null;
/** Everyone quoted in the index (a Set once known): their names offer "quotes by this person". */
let speakers = new Set();
const speakersKnown = api.speakers().then(known => { speakers = known; })
    .catch(() => { /* Without the list no name offers quotes; searching them still works. */ });
/** What to focus once the next results are drawn: 'first-hit' after paging. */
let focusAfterPaint = null;
const ui = { expanded: new Set(), find: {} };

// ---- navigation --------------------------------------------------------------------------------------------

function navigate(next, { replace = false, typing = false, fromResults = false } = {}) {
    rememberScroll();
    state = next;
    typingEntry = typing;
    const url = toUrl(state);
    const entry = { fromResults };
    if (replace) {
        history.replaceState(entry, '', url);
    } else if (url !== location.pathname + location.search) {
        history.pushState(entry, '', url);
    }
    render({ scroll: state.item ? 0 : undefined });
}

function rememberScroll() {
    history.replaceState({ ...(history.state || {}), scroll: window.scrollY }, '', location.href);
}

window.addEventListener('popstate', event => {
    state = fromSearch(location.search);
    typingEntry = false;
    render({ scroll: event.state?.scroll ?? 0 });
});

function render({ scroll } = {}) {
    syncControls();
    const reading = Boolean(state.item || state.who || state.office);
    document.body.classList.toggle('reading', reading);
    dom.results.hidden = reading;
    dom.itemView.hidden = !reading;
    if (reading) {
        searchController?.abort();
        if (state.item) {
            showItem(scroll);
        } else {
            showPage(scroll);
        }
    } else {
        itemController?.abort();
        const what = quoting() ? 'Quotes' : '';
        document.title = [state.q, what, SITE].filter(Boolean).join(' – ');
        paintSearchLinks();
        showResults(scroll);
    }
}

function syncControls() {
    if (dom.q.value.trim() !== state.q) {
        dom.q.value = state.q;
    }
    // Without words to rank by, the API lists the newest first; the switch says so rather than "best match".
    const relevance = dom.sort.querySelector('option[value="relevance"]');
    relevance.disabled = !state.q;
    dom.sort.value = state.q ? state.sort : 'date';
    // Quotations are found by their words alone.
    dom.mode.value = state.mode;
    dom.modeControl.hidden = quoting();
    dom.from.value = state.from;
    dom.to.value = state.to;
    dom.heading.textContent = quoting() ? 'Quotations' : 'Search results';
    VIEWS.forEach(view => {
        const link = dom.views[view];
        link.href = toUrl(inView(state, view));
        if (view === state.view) {
            link.setAttribute('aria-current', 'page');
        } else {
            link.removeAttribute('aria-current');
        }
    });
}

function quoting() {
    return state.view === 'quotes';
}

// ---- results -----------------------------------------------------------------------------------------------

function showResults(scroll) {
    const params = searchParams(state);
    const key = `${state.view}:${params}`;
    if (shown.key === key && (shown.result || shown.error)) {
        paintResults(scroll);
        return;
    }
    runSearch(params, key, scroll);
}

async function runSearch(params, key, scroll) {
    searchController?.abort();
    const controller = new AbortController();
    searchController = controller;
    setBusy(true);
    if (!shown.result && !shown.error) {
        dom.status.textContent = 'Searching…';
    }
    let answer;
    try {
        const ask = quoting() ? api.quotes : api.search;
        const result = await ask(params, controller.signal);
        await speakersKnown;
        answer = { key, result, error: null };
    } catch (e) {
        if (e.name === 'AbortError') {
            return;
        }
        answer = { key, result: null, error: e };
    }
    if (controller !== searchController) {
        return;
    }
    setBusy(false);
    shown = answer;
    if (!state.item) {
        paintResults(scroll);
    }
}

/** The feed and the export of the search on show: every page of it, so without page (and sort, which they fix). */
function paintSearchLinks() {
    // The feed and the export list items: the Quotes view offers neither.
    dom.searchLinks.hidden = quoting();
    const params = searchParams(state);
    params.delete('page');
    params.delete('sort');
    const query = params.toString();
    const feed = `/api/search.atom${query ? `?${query}` : ''}`;
    dom.follow.href = feed;
    dom.feedAlternate.href = feed;
    dom.feedAlternate.title = state.q ? `OSCE news search: “${state.q}”` : 'OSCE news search: newest items';
    params.set('format', 'csv');
    dom.downloadCsv.href = `/api/export?${params}`;
}

function setBusy(busy) {
    document.body.classList.toggle('busy', busy);
    dom.results.setAttribute('aria-busy', String(busy));
}

function paintResults(scroll) {
    const focus = focusedIn([dom.facets, dom.chips, dom.timeline, dom.hits, dom.pager, dom.message]);
    if (shown.error) {
        paintError(shown.error);
    } else {
        paintResult(shown.result);
    }
    restoreFocus(focus);
    if (scroll !== undefined) {
        window.scrollTo(0, scroll);
    }
}

function paintResult(result) {
    const total = result.total;
    const quotes = quoting();
    const list = quotes ? result.quotes || [] : result.hits;
    const [one, many] = quotes ? ['quotation', 'quotations'] : ['result', 'results'];
    const took = el('span', { className: 'took' }, ` in ${formatNumber(result.tookMs)} ms`);
    if (total === 0) {
        dom.status.replaceChildren(quotes ? 'No quotations' : 'No results', took);
    } else {
        const first = (result.page - 1) * result.size + 1;
        const last = first + list.length - 1;
        const range = list.length && total > result.size
            ? el('span', { className: 'range' }, ` · ${formatNumber(first)}–${formatNumber(last)}`) : null;
        dom.status.replaceChildren(...[el('strong', {}, plural(total, one, many)),
            state.q ? ` for “${state.q}”` : '', range, took].filter(Boolean));
    }
    paintFacets(result);
    paintChips(result);
    // The timeline counts items; the Quotes view filters by year in the sidebar instead.
    renderTimeline(dom.timeline, dom.timelineCaption, dom.timelineBars, quotes ? {} : result.facets || {}, state,
        pickPeriod);
    dom.hits.replaceChildren(...(quotes
        ? list.map((quote, i) => quoteElement(quote, `quote:${result.page}:${i}`, itemUrl, openItem, personLink))
        : list.map(hit => hitElement(hit, itemUrl, openItem, addField))));
    dom.hits.hidden = list.length === 0;
    renderPager(dom.pager, total, state, result.size || PAGE_SIZE, pageUrl, goToPage);
    paintMessage(result, list);
}

function paintFacets(result) {
    renderFacets(dom.facets, result.facets || {}, state, ui, toggleFilter, expandFacet, quoting()
        ? { filters: QUOTE_FILTERS, counted: 'quotation' }
        : { offer: person => [personLink(person, 'profile', 'Posts, items and quotations of ' + person),
            offerQuotes(person, 'quotes')] });
}

/** A "quotes by this person" link for someone the index quotes, or null. */
function offerQuotes(person, text) {
    return speakers.has(person) ? quotesByLink(person, quotesBy(person), toUrl, showQuotesBy, text) : null;
}

function showQuotesBy(target) {
    focusAfterPaint = 'view';
    lastOpened = null;
    navigate(target);
}

function paintMessage(result, list) {
    const parts = [];
    if (quoting() && result.total === 0) {
        parts.push(el('h2', {}, state.q ? `No quotations for “${state.q}”` : 'No quotations match these filters'));
        const tips = [el('li', {}, 'Quotations are searched by their own words: try fewer words, or ',
            viewLink('items', 'search the items'), ' instead.')];
        if (filterCount(state) > 0) {
            const clear = el('button', { type: 'button', className: 'link-button', 'data-key': 'message-clear' },
                'remove the filters');
            clear.addEventListener('click', clearFilters);
            tips.push(el('li', {}, 'Search every quotation: ', clear, '.'));
        }
        parts.push(el('ul', { className: 'tips' }, tips));
    } else if (result.total === 0 && !state.q && filterCount(state) === 0) {
        parts.push(el('h2', {}, 'The index is empty'),
            el('p', {}, 'Add saved pages to the seeds folder and run ', el('code', {}, './newssearch index'), '.'));
    } else if (result.total === 0) {
        parts.push(el('h2', {}, state.q ? `No results for “${state.q}”` : 'No items match these filters'));
        if (result.didYouMean) {
            const suggestion = result.didYouMean;
            const target = withChange(state, s => { s.q = suggestion; s.interpret = true; });
            const link = el('a', { href: toUrl(target), className: 'did-you-mean', 'data-key': 'did-you-mean' }, suggestion);
            link.addEventListener('click', event => {
                event.preventDefault();
                navigate(target);
            });
            parts.push(el('p', { className: 'suggestion' }, 'Did you mean ', link, '?'));
        }
        const tips = [el('li', {}, 'Check the spelling, or use fewer or more general words.')];
        if (filterCount(state) > 0) {
            const clear = el('button', { type: 'button', className: 'link-button', 'data-key': 'message-clear' },
                'remove the filters');
            clear.addEventListener('click', clearFilters);
            tips.push(el('li', {}, 'Search everything: ', clear, '.'));
        }
        tips.push(el('li', {}, 'Put a phrase in quotes ("border management"); end a word with * for its prefix.'));
        parts.push(el('ul', { className: 'tips' }, tips));
    } else if (list.length === 0) {
        const first = copyState(state);
        first.page = 1;
        const link = el('a', { href: toUrl(first), 'data-key': 'first-page' }, 'Go to the first page');
        link.addEventListener('click', event => {
            event.preventDefault();
            goToPage(1);
        });
        parts.push(el('h2', {}, `Page ${state.page} is past the last page`), el('p', {}, link));
    }
    dom.message.replaceChildren(...parts);
    dom.message.hidden = parts.length === 0;
}

/** A link to the same search in `view`. */
function viewLink(view, text) {
    const target = inView(state, view);
    const link = el('a', { href: toUrl(target), 'data-key': `message-view:${view}` }, text);
    link.addEventListener('click', event => {
        event.preventDefault();
        navigate(target);
    });
    return link;
}

function paintError(error) {
    dom.status.textContent = 'The search did not run';
    dom.hits.replaceChildren();
    dom.hits.hidden = true;
    dom.pager.hidden = true;
    dom.timeline.hidden = true;
    paintChips();
    const retry = el('button', { type: 'button', className: 'button', 'data-key': 'retry' }, 'Try again');
    retry.addEventListener('click', () => {
        shown = { key: null, result: null, error: null };
        render();
    });
    const parts = {
        unreachable: [el('h2', {}, 'Can’t reach the search server'),
            el('p', {}, 'The page could not reach the server. Check that it is running (',
                el('code', {}, './newssearch serve'), ') and try again.'), retry],
        client: [el('h2', {}, 'This search could not be run'), el('p', {}, error.message)],
        server: [el('h2', {}, 'The server failed to answer'), el('p', {}, error.message), retry],
    }[error.kind] || [el('h2', {}, 'Something went wrong'), el('p', {}, error.message), retry];
    dom.message.replaceChildren(...parts);
    dom.message.hidden = false;
    dom.message.classList.add('error');
}

function paintChips(result) {
    dom.message.classList.remove('error');
    const chips = [];
    // The time and place the query's words named, read as filters: removing one searches the words as typed.
    const reading = result?.interpretedAs;
    if (reading && !quoting()) {
        reading.phrases.forEach(phrase => chips.push(chip(`Read as a filter: ${phrase}`, `chip:read:${phrase}`, s => {
            s.interpret = false;
        })));
    }
    // In the Quotes view the person is the speaker; the item filters still apply and show as they are.
    const labels = quoting() ? Object.fromEntries(QUOTE_FILTERS.map(f => [f.param, f.label])) : {};
    FILTERS.forEach(filter => state.filters[filter.param].forEach(value => {
        chips.push(chip(`${labels[filter.param] || filter.label}: ${value}`, `chip:${filter.param}:${value}`, s => {
            s.filters[filter.param] = s.filters[filter.param].filter(v => v !== value);
        }));
    }));
    if (state.from || state.to) {
        chips.push(chip(`Date: ${periodLabel(state.from, state.to)}`, 'chip:date', s => {
            s.from = '';
            s.to = '';
        }));
    }
    (result?.notices || []).forEach(notice => chips.push(el('li', { className: 'chip-notice' }, notice)));
    dom.chipList.replaceChildren(...chips);
    dom.chips.hidden = chips.length === 0;
    dom.clearFilters.hidden = chips.length === 0;
    const count = filterCount(state);
    dom.filtersCount.textContent = count ? ` (${count})` : '';
}

function chip(text, key, remove) {
    const button = el('button', { type: 'button', className: 'chip', 'data-key': key, 'aria-label': `Remove ${text}` },
        el('span', {}, text), el('span', { className: 'chip-x', 'aria-hidden': 'true' }, '×'));
    button.addEventListener('click', () => navigate(withChange(state, remove)));
    return el('li', {}, button);
}

// ---- focus across redraws ----------------------------------------------------------------------------------

/** Where the focus is, if inside one of `containers`: its key, and its place among the container's controls. */
function focusedIn(containers) {
    const active = document.activeElement;
    const container = containers.find(c => c.contains(active));
    if (!container) {
        return null;
    }
    const controls = focusables(container);
    return { container, key: active.dataset.key, index: controls.indexOf(active), caret: active.selectionStart };
}

function restoreFocus(focus) {
    if (focusAfterPaint === 'view') {
        // Sent to a view from a link that is gone now: the focus goes to the view's switch, at the list's top.
        focusAfterPaint = null;
        dom.views[state.view].focus({ preventScroll: true });
        return;
    }
    if (focusAfterPaint === 'first-hit') {
        focusAfterPaint = null;
        const link = dom.hits.querySelector('.hit-link, .quote-link');
        if (link) {
            link.focus({ preventScroll: true });
            return;
        }
    }
    if (lastOpened) {
        // Back from an item: the focus returns to the link that opened it, unless the user is elsewhere.
        const active = document.activeElement;
        const idle = !active || active === document.body || dom.itemView.contains(active);
        const link = dom.hits.querySelector(`[data-key="${CSS.escape(lastOpened)}"]`);
        lastOpened = null;
        if (idle && !focus && link) {
            link.focus({ preventScroll: true });
            return;
        }
    }
    if (!focus || focus.container.contains(document.activeElement)) {
        return;
    }
    const same = focus.key && document.querySelector(`[data-key="${CSS.escape(focus.key)}"]`);
    if (same) {
        same.focus({ preventScroll: true });
        if (typeof focus.caret === 'number' && 'setSelectionRange' in same) {
            same.setSelectionRange(focus.caret, focus.caret);
        }
        return;
    }
    const controls = focusables(focus.container);
    const near = controls[Math.min(Math.max(focus.index, 0), controls.length - 1)];
    (near || dom.q).focus({ preventScroll: true });
}

function focusables(container) {
    return [...container.querySelectorAll('a[href], button:not([disabled]), input, select')]
        .filter(e => !e.closest('[hidden]'));
}

// ---- actions -----------------------------------------------------------------------------------------------

function toggleFilter(param, value, checked) {
    navigate(withChange(state, s => {
        const values = s.filters[param].filter(v => v !== value);
        s.filters[param] = checked ? [...values, value] : values;
    }));
}

function addField(field) {
    navigate(withChange(state, s => {
        if (!s.filters.field.includes(field)) {
            s.filters.field.push(field);
        }
    }));
}

function expandFacet(param, expanded) {
    if (expanded) {
        ui.expanded.add(param);
    } else {
        ui.expanded.delete(param);
        delete ui.find[param];
    }
    if (shown.result) {
        const focus = focusedIn([dom.facets]);
        paintFacets(shown.result);
        restoreFocus(focus);
    }
}

function pickPeriod(from, to) {
    navigate(withChange(state, s => {
        s.from = from;
        s.to = to;
    }));
}

function clearFilters() {
    navigate(withChange(state, s => {
        FILTERS.forEach(f => { s.filters[f.param] = []; });
        s.from = '';
        s.to = '';
    }));
    dom.q.focus();
}

function goToPage(page) {
    const next = copyState(state);
    next.page = page;
    next.item = '';
    focusAfterPaint = 'first-hit';
    navigate(next);
    dom.results.scrollIntoView({ block: 'start' });
}

/** Opens the item `id` from the list; `key` is the link's, `hit:<id>` for a hit's title. */
function openItem(id, key = `hit:${id}`) {
    const next = copyState(state);
    next.item = id;
    lastOpened = state.item ? lastOpened : key;
    navigate(next, { fromResults: true });
}

function itemUrl(id) {
    const next = copyState(state);
    next.item = id;
    return toUrl(next);
}

function pageUrl(page) {
    const next = copyState(state);
    next.page = page;
    next.item = '';
    return toUrl(next);
}

// ---- item view ---------------------------------------------------------------------------------------------

function backLink() {
    const results = copyState(state);
    results.item = '';
    results.who = '';
    results.office = '';
    const link = el('a', { href: toUrl(results), className: 'back-link' },
        quoting() ? '← Back to quotations' : '← Back to results');
    link.addEventListener('click', event => {
        event.preventDefault();
        if (history.state?.fromResults) {
            history.back();
        } else {
            navigate(results);
        }
    });
    return link;
}

async function showItem(scroll) {
    itemController?.abort();
    const controller = new AbortController();
    itemController = controller;
    const id = state.item;
    if (currentItem?.id === id) {
        paintItem(currentItem, scroll);
        return;
    }
    dom.itemView.replaceChildren(el('p', { className: 'back' }, backLink()),
        el('p', { className: 'muted', role: 'status' }, 'Loading the item…'));
    try {
        const item = await api.item(id, controller.signal);
        await speakersKnown;
        if (controller === itemController && state.item === id) {
            currentItem = item;
            paintItem(item, scroll);
        }
    } catch (e) {
        if (e.name === 'AbortError' || controller !== itemController) {
            return;
        }
        document.title = `Item not shown – ${SITE}`;
        if (e.status === 404) {
            renderItemProblem(dom.itemView, backLink(), 'This item is not in the index',
                `${e.message}. It may have been removed since the link was made.`);
        } else if (e.kind === 'unreachable') {
            renderItemProblem(dom.itemView, backLink(), 'Can’t reach the search server',
                'The page could not reach the server to load this item. Check that it is running and try again.',
                () => showItem(0));
        } else {
            renderItemProblem(dom.itemView, backLink(), 'The item could not be loaded', e.message, () => showItem(0));
        }
        dom.itemView.querySelector('#item-title')?.focus({ preventScroll: true });
    }
}

function paintItem(item, scroll) {
    renderItem(dom.itemView, item, backLink(), itemUrl, id => openItem(id), offerQuotes, personLink);
    document.title = `${item.title} – ${SITE}`;
    dom.itemView.querySelector('#item-title')?.focus({ preventScroll: true });
    window.scrollTo(0, scroll ?? 0);
}

// ---- person and office views ------------------------------------------------------------------------------

/** Where a person's view, an office's view, an item or a search opens from a person or office view. */
function placeOf(change) {
    const next = copyState(state);
    next.item = '';
    next.who = '';
    next.office = '';
    change(next);
    return { href: toUrl(next), go: () => navigate(next, { fromResults: true }) };
}

const pagePlaces = {
    person: name => placeOf(s => { s.who = name; }),
    office: office => placeOf(s => { s.office = office; }),
    item: id => placeOf(s => { s.item = id; }),
    items: name => {
        const next = withChange(emptyState(), s => { s.filters.person = [name]; s.sort = 'date'; });
        return { href: toUrl(next), go: () => navigate(next) };
    },
    quotes: name => ({ href: toUrl(quotesBy(name)), go: () => showQuotesBy(quotesBy(name)) }),
};

/** A person's name as a link to their view. */
function personLink(name, text = name, title = undefined) {
    const link = pageLink(pagePlaces.person(name), text, 'person-link');
    if (title) {
        link.title = title;
    }
    return link;
}

let pageController = null;

/** The person view (`who`) or the office view (`office`). */
async function showPage(scroll) {
    pageController?.abort();
    const controller = new AbortController();
    pageController = controller;
    const who = state.who;
    const office = state.office;
    dom.itemView.replaceChildren(el('p', { className: 'back' }, backLink()),
        el('p', { className: 'muted', role: 'status' }, who ? 'Loading the person…' : 'Loading the office…'));
    try {
        const answer = who ? await api.person(who, controller.signal) : await api.office(office, controller.signal);
        if (controller !== pageController || state.who !== who || state.office !== office) {
            return;
        }
        if (who) {
            renderPerson(dom.itemView, answer, backLink(), pagePlaces);
            document.title = `${answer.name} – ${SITE}`;
        } else {
            renderOffice(dom.itemView, answer, backLink(), pagePlaces);
            document.title = `${answer.office} – ${SITE}`;
        }
        dom.itemView.querySelector('#item-title')?.focus({ preventScroll: true });
        window.scrollTo(0, scroll ?? 0);
    } catch (e) {
        if (e.name === 'AbortError' || controller !== pageController) {
            return;
        }
        const what = who ? 'person' : 'office';
        document.title = `${who ? 'Person' : 'Office'} not shown – ${SITE}`;
        renderItemProblem(dom.itemView, backLink(), e.status === 404 ? `No item names this ${what}` : `The ${what}`
            + ' could not be loaded', e.message, e.status === 404 ? null : () => showPage(0));
        dom.itemView.querySelector('#item-title')?.focus({ preventScroll: true });
    }
}

// ---- controls ----------------------------------------------------------------------------------------------

const typed = debounce(() => {
    const q = dom.q.value.trim();
    if (q !== state.q || state.item || state.who || state.office) {
        navigate(withChange(state, s => { s.q = q; s.interpret = true; }), { replace: typingEntry, typing: true });
    }
}, TYPING_DELAY_MS);

dom.q.addEventListener('input', typed);

function searchNow(text) {
    typed.cancel();
    suggestions.close();
    const q = text.trim();
    if (q !== state.q || state.item || state.who || state.office) {
        navigate(withChange(state, s => { s.q = q; s.interpret = true; }), { replace: typingEntry });
    } else if (shown.error) {
        shown = { key: null, result: null, error: null };
        render();
    }
    typingEntry = false;
}

const suggestions = attachSuggestions(dom.q, dom.suggestions, text => {
    dom.q.value = text;
    searchNow(text);
});

dom.form.addEventListener('submit', event => {
    event.preventDefault();
    searchNow(dom.q.value);
});

dom.sort.addEventListener('change', () => navigate(withChange(state, s => { s.sort = dom.sort.value; })));
dom.mode.addEventListener('change', () => navigate(withChange(state, s => { s.mode = dom.mode.value; })));

for (const input of [dom.from, dom.to]) {
    input.addEventListener('change', () => {
        if (input.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
            navigate(withChange(state, s => { s[input.id] = input.value; }));
        }
    });
}

VIEWS.forEach(view => dom.views[view].addEventListener('click', event => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
    }
    event.preventDefault();
    if (view !== state.view) {
        navigate(inView(state, view));
    }
}));

dom.clearAll.addEventListener('click', clearFilters);
dom.clearFilters.addEventListener('click', clearFilters);

function showFilters(open) {
    dom.filtersToggle.setAttribute('aria-expanded', String(open));
    dom.filters.classList.toggle('open', open);
    if (open) {
        dom.filters.querySelector('input')?.focus();
    } else {
        dom.filtersToggle.focus();
    }
}

dom.filtersToggle.addEventListener('click', () => showFilters(dom.filtersToggle.getAttribute('aria-expanded') !== 'true'));
$('filters-done').addEventListener('click', () => showFilters(false));

dom.home.addEventListener('click', event => {
    event.preventDefault();
    navigate(emptyState());
    dom.q.focus();
});

document.addEventListener('keydown', event => {
    const target = event.target;
    const editing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement
        || target instanceof HTMLTextAreaElement || target.isContentEditable;
    if (event.key === '/' && !editing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        dom.q.focus();
        dom.q.select();
    }
});

// ---- start -------------------------------------------------------------------------------------------------

history.scrollRestoration = 'manual';
history.replaceState({ ...(history.state || {}) }, '', toUrl(state));
render();
if (!state.item) {
    dom.q.focus({ preventScroll: true });
}
api.stats().then(stats => {
    dom.stats.textContent = `${plural(stats.documents, 'item', 'items')} indexed.`;
}).catch(() => { /* The footer's count is a nicety; the search reports an unreachable server itself. */ });
