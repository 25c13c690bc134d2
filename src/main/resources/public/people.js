// The person view (their posts in time order, their items, their quotations, the people named beside them) and
// the office view (its holders in the order of their first item), from /api/people and /api/offices.

import { el, formatDate, formatNumber, plural } from './dom.js';

/**
 * A link that the page follows itself: `go` is called on a plain click, the href serves a new tab.
 *
 * @param to {href, go}: the page's URL of the place and the function that opens it here
 */
export function pageLink(to, text, className = '') {
    const link = el('a', { href: to.href, className }, text);
    link.addEventListener('click', event => {
        if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
            event.preventDefault();
            to.go();
        }
    });
    return link;
}

function span(from, to) {
    if (!from) {
        return 'undated';
    }
    return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/**
 * Renders a person (the /api/people answer) into `view`.
 *
 * @param places {person(name), office(role), item(id), items(name), quotes(name)}: each gives {href, go}
 */
export function renderPerson(view, person, backLink, places) {
    const header = el('header', { className: 'item-header' },
        el('p', { className: 'kicker' }, 'Person'),
        el('h1', { id: 'item-title', className: 'item-title', tabindex: '-1' }, person.name));
    if (person.variants.length > 1) {
        header.append(el('p', { className: 'muted variants' }, 'Also written: ',
            person.variants.filter(v => v !== person.name).join('; ')));
    }
    const parts = [el('p', { className: 'back' }, backLink), header];

    if (person.roles.length) {
        parts.push(el('section', { className: 'posts', 'aria-labelledby': 'posts-heading' },
            el('h2', { id: 'posts-heading' }, 'Posts'),
            el('ol', { className: 'post-timeline' }, person.roles.map(role => el('li', {},
                el('span', { className: 'post-dates' }, span(role.from, role.to)), ' ',
                pageLink(places.office(role.role), role.role, 'post-role'),
                el('span', { className: 'muted' }, ` (${plural(role.items, 'item', 'items')})`))))));
    }

    const count = person.items.length;
    const itemsSection = el('section', { className: 'person-items', 'aria-labelledby': 'person-items-heading' },
        el('h2', { id: 'person-items-heading' }, `${plural(count, 'item', 'items')}`),
        el('p', {}, pageLink(places.items(person.name), 'Search and filter these items in the result list')),
        el('ol', { className: 'hits compact' }, person.items.map(item => el('li', { className: 'hit' },
            el('h3', { className: 'hit-title' }, pageLink(places.item(item.id), item.title)),
            el('p', { className: 'muted' }, [item.date ? formatDate(item.date) : 'undated', item.role]
                .filter(Boolean).join(' · '))))));
    parts.push(itemsSection);

    if (person.quotes > 0) {
        parts.push(el('section', { className: 'person-quotes', 'aria-labelledby': 'person-quotes-heading' },
            el('h2', { id: 'person-quotes-heading' }, 'Quotations'),
            el('p', {}, pageLink(places.quotes(person.name),
                `${plural(person.quotes, 'quotation', 'quotations')} by ${person.name}`))));
    }
    if (person.related.length) {
        parts.push(el('section', { className: 'person-related', 'aria-labelledby': 'person-related-heading' },
            el('h2', { id: 'person-related-heading' }, 'Named in the same items'),
            el('ul', { className: 'people' }, person.related.map(other => el('li', {},
                pageLink(places.person(other.name), other.name, 'person-link'),
                el('span', { className: 'muted' }, ` (${formatNumber(other.count)})`))))));
    }
    if (person.countries.length) {
        parts.push(el('section', { className: 'person-countries', 'aria-labelledby': 'person-countries-heading' },
            el('h2', { id: 'person-countries-heading' }, 'Countries'),
            el('p', {}, person.countries.map(c => `${c.value} (${formatNumber(c.count)})`).join(', '))));
    }
    view.replaceChildren(...parts);
}

/** Renders an office (the /api/offices/{office} answer) into `view`. */
export function renderOffice(view, office, backLink, places) {
    view.replaceChildren(el('p', { className: 'back' }, backLink),
        el('header', { className: 'item-header' },
            el('p', { className: 'kicker' }, 'Office'),
            el('h1', { id: 'item-title', className: 'item-title', tabindex: '-1' }, office.office)),
        el('section', { className: 'posts', 'aria-labelledby': 'holders-heading' },
            el('h2', { id: 'holders-heading' }, 'Held by'),
            el('ol', { className: 'post-timeline' }, office.holders.map(holder => el('li', {},
                el('span', { className: 'post-dates' }, span(holder.from, holder.to)), ' ',
                pageLink(places.person(holder.name), holder.name, 'person-link'),
                el('span', { className: 'muted' },
                    ` (${plural(holder.items, 'item', 'items')})`))))));
}
