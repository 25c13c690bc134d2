// The facet sidebar: one group of checkboxes per dimension, counts from the API (drill-sideways, so a
// dimension's own selection does not shrink its other values), "show more" and a filter box on long lists.

import { el, formatNumber } from './dom.js';
import { FILTERS } from './state.js';

const SHOWN = 6;
const FILTER_BOX_FROM = 15;

/**
 * Renders the groups into `container`.
 *
 * @param ui        what the user opened: `expanded` (Set of params) and `find` (param -> text in the filter box)
 * @param onToggle  called with (param, value, checked)
 * @param onExpand  called with (param) when "show more"/"show less" is pressed
 * @param options   `filters` (the groups, FILTERS unless said), `counted` (what a count counts: 'item' or
 *                  'quotation') and `offer` (person -> a "quotes by this person" link or null, for the person group)
 */
export function renderFacets(container, facets, state, ui, onToggle, onExpand, options = {}) {
    const { filters = FILTERS, counted = 'item', offer = null } = options;
    const groups = filters.map(filter => group(filter, facets[filter.facet] || [], state, ui, onToggle, onExpand,
        counted, filter.param === 'person' ? offer : null)).filter(Boolean);
    container.replaceChildren(...groups);
    if (groups.length === 0) {
        container.append(el('p', { className: 'muted' }, 'Nothing to filter by.'));
    }
}

function group(filter, counts, state, ui, onToggle, onExpand, counted, offer) {
    const selected = state.filters[filter.param];
    let values = counts.map(c => ({ value: c.value, count: c.count }));
    // A selected value that the current search no longer finds stays visible, so it can be unticked.
    selected.filter(v => !values.some(c => c.value === v)).forEach(v => values.unshift({ value: v, count: 0 }));
    if (values.length === 0) {
        return null;
    }
    if (filter.param === 'year') {
        values.sort((a, b) => b.value.localeCompare(a.value));
    }
    const expanded = ui.expanded.has(filter.param);
    const find = (ui.find[filter.param] || '').trim().toLowerCase();
    let shown = values;
    if (expanded && find) {
        shown = values.filter(v => v.value.toLowerCase().includes(find));
    } else if (!expanded) {
        // Selected values always show, then the most frequent others.
        const top = values.filter(v => !selected.includes(v.value)).slice(0, Math.max(0, SHOWN - selected.length));
        shown = values.filter(v => selected.includes(v.value) || top.includes(v));
    }
    const id = `facet-${filter.param}`;
    const fieldset = el('fieldset', { className: 'facet', id, 'data-param': filter.param },
        el('legend', {}, filter.label));
    if (expanded && values.length >= FILTER_BOX_FROM) {
        const box = el('input', {
            type: 'search', className: 'facet-find', value: ui.find[filter.param] || '',
            placeholder: `Find ${filter.plural}…`, 'aria-label': `Find ${filter.plural}`,
            'data-key': `find:${filter.param}`, 'aria-controls': `${id}-list`,
        });
        box.addEventListener('input', () => {
            ui.find[filter.param] = box.value;
            onExpand(filter.param, true);
        });
        fieldset.append(box);
    }
    const list = el('ul', { className: expanded ? 'facet-list expanded' : 'facet-list', id: `${id}-list` });
    shown.forEach(v => list.append(option(filter, v, selected.includes(v.value), onToggle, counted, offer)));
    if (shown.length === 0) {
        list.append(el('li', { className: 'muted' }, `No ${filter.plural} match “${find}”.`));
    }
    fieldset.append(list);
    if (values.length > SHOWN) {
        const more = el('button', {
            type: 'button', className: 'link-button more', 'aria-expanded': String(expanded),
            'aria-controls': `${id}-list`, 'data-key': `more:${filter.param}`,
        }, expanded ? 'Show less' : `Show all ${formatNumber(values.length)} ${filter.plural}`);
        more.addEventListener('click', () => onExpand(filter.param, !expanded));
        fieldset.append(more);
    }
    return fieldset;
}

function option(filter, v, checked, onToggle, counted, offer) {
    const box = el('input', {
        type: 'checkbox', checked, value: v.value, name: filter.param,
        'data-key': `facet:${filter.param}:${v.value}`,
    });
    box.addEventListener('change', () => onToggle(filter.param, v.value, box.checked));
    const link = offer ? offer(v.value) : null;
    return el('li', { className: [checked ? 'selected' : '', link ? 'offers' : ''].join(' ').trim() || undefined },
        el('label', { className: 'facet-option' },
            box,
            el('span', { className: 'facet-value' }, v.value),
            el('span', { className: 'facet-count' },
                el('span', { className: 'visually-hidden' }, ', '),
                formatNumber(v.count),
                el('span', { className: 'visually-hidden' }, v.count === 1 ? ` ${counted}` : ` ${counted}s`))),
        link);
}
