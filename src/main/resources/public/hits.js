// The result list and the pager.

import { appendMarked, el, formatDate, formatNumber } from './dom.js';
import { MAX_WINDOW } from './state.js';

/**
 * One hit: the title links to the item view, then date and issuers, the highlighted snippet and the fields
 * of work as tags that filter the search.
 *
 * @param itemUrl  id -> the page's URL with that item open
 * @param onOpen   called with (id, event) when the title link is followed in this tab
 * @param onField  called with a field of work when its tag is pressed; absent for compact lists
 * @param heading  the title's heading level, 'h2' in the result list
 */
export function hitElement(hit, itemUrl, onOpen, onField, heading = 'h2') {
    const link = el('a', { href: itemUrl(hit.id), className: 'hit-link', 'data-key': `hit:${hit.id}`, 'data-id': hit.id });
    appendMarked(link, hit.titleHtml || '');
    if (!link.textContent.trim()) {
        link.textContent = hit.title || 'Untitled item';
    }
    link.addEventListener('click', event => {
        if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
            event.preventDefault();
            onOpen(hit.id);
        }
    });
    const meta = el('p', { className: 'hit-meta' });
    if (hit.date) {
        meta.append(el('time', { datetime: hit.date }, formatDate(hit.date)));
    } else {
        meta.append(el('span', { className: 'muted' }, 'No date'));
    }
    if (hit.issuers && hit.issuers.length) {
        meta.append(el('span', { className: 'sep', 'aria-hidden': 'true' }, ' · '),
            el('span', { className: 'hit-issuers' }, hit.issuers.join('; ')));
    }
    const item = el('li', { className: 'hit' }, el(heading, { className: 'hit-title' }, link), meta);
    if (hit.snippet) {
        item.append(appendMarked(el('p', { className: 'snippet' }), hit.snippet));
    }
    if (hit.fieldsOfWork && hit.fieldsOfWork.length) {
        item.append(tags(hit.fieldsOfWork, onField));
    }
    return item;
}

/** Fields of work as small tags; with `onField`, each is a button that filters by it. */
export function tags(fields, onField) {
    return el('ul', { className: 'tags', 'aria-label': 'Fields of work' }, fields.map(field => {
        if (!onField) {
            return el('li', {}, el('span', { className: 'tag' }, field));
        }
        const button = el('button', {
            type: 'button', className: 'tag', title: `Show only items about ${field}`,
            'aria-label': `Filter by field of work: ${field}`,
        }, field);
        button.addEventListener('click', () => onField(field));
        return el('li', {}, button);
    }));
}

/**
 * Previous, a window of page numbers around the current one, next. Links carry real URLs, so they open in a
 * new tab too; `onPage` handles a plain click.
 */
export function renderPager(nav, total, state, size, pageUrl, onPage) {
    const pages = Math.max(1, Math.ceil(Math.min(total, MAX_WINDOW) / size));
    if (pages <= 1 && state.page <= 1) {
        nav.hidden = true;
        nav.replaceChildren();
        return;
    }
    nav.hidden = false;
    const current = state.page;
    const link = (page, text, label, rel) => {
        if (page < 1 || page > pages) {
            return el('span', { className: 'page disabled', 'aria-disabled': 'true' }, text);
        }
        const a = el('a', {
            href: pageUrl(page), className: page === current ? 'page current' : 'page',
            'aria-label': label, 'aria-current': page === current ? 'page' : undefined, rel,
            'data-key': `page:${text}`,
        }, text);
        a.addEventListener('click', event => {
            if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
                event.preventDefault();
                onPage(page);
            }
        });
        return a;
    };
    const numbers = [];
    const window = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
    let previous = 0;
    [...window].filter(p => p >= 1 && p <= pages).sort((a, b) => a - b).forEach(p => {
        if (p - previous > 1) {
            numbers.push(el('span', { className: 'page gap', 'aria-hidden': 'true' }, '…'));
        }
        numbers.push(link(p, formatNumber(p), `Page ${p}`));
        previous = p;
    });
    nav.replaceChildren(
        link(current - 1, '‹ Previous', 'Previous page', 'prev'),
        el('span', { className: 'page-numbers' }, numbers),
        link(current + 1, 'Next ›', 'Next page', 'next'));
}
