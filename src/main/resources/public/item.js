// The item view: the whole article with its facts and its quotations, then the items most like it.

import { el, formatDate } from './dom.js';
import { hitElement, tags } from './hits.js';
import { quotationsSection, quotedParagraphs } from './quotes.js';

const DATE_SOURCES = {
    metadata: 'from the page’s “Issued on” line',
    dateline: 'from the dateline of the article',
    text: 'the first date named in the article',
    'inferred-year': 'day and month from the article, year inferred',
    none: '',
};

/**
 * Renders `item` (the API's /api/items answer) into `view`.
 *
 * @param backLink a link element back to the results, built by the caller
 * @param itemUrl  id -> the page's URL with that item open
 * @param onOpen   called with an id when a related item is followed
 * @param offer    (person, text) -> a "quotes by this person" link, or null when there is nothing to offer
 * @param personLink name -> a link to the person's view, or null to print names plainly
 */
export function renderItem(view, item, backLink, itemUrl, onOpen, offer = () => null, personLink = null) {
    const header = el('header', { className: 'item-header' });
    if (item.contentType) {
        header.append(el('p', { className: 'kicker' }, item.contentType));
    }
    header.append(el('h1', { id: 'item-title', className: 'item-title', tabindex: '-1' }, item.title || 'Untitled item'));
    const dateLine = el('p', { className: 'item-date' });
    if (item.date) {
        dateLine.append(el('time', { datetime: item.date }, formatDate(item.date)));
        const source = DATE_SOURCES[item.dateSource];
        if (source) {
            dateLine.append(el('span', { className: 'muted' }, ` (${source})`));
        }
    } else {
        dateLine.append(el('span', { className: 'muted' }, 'The page gives no date.'));
    }
    header.append(dateLine);

    const facts = el('dl', { className: 'facts' });
    fact(facts, 'Issued by', item.issuers, values => values.join('; '));
    fact(facts, 'Fields of work', item.fieldsOfWork, values => tags(values));
    fact(facts, 'People', item.people, people => el('ul', { className: 'people' }, people.map(p =>
        el('li', {}, el('span', { className: 'person' }, personLink ? personLink(p.name) : p.name), p.role ? el('span', { className: 'role' }, `, ${p.role}`) : null,
            quotesOffer(offer(p.name, 'quotes by this person'))))));
    fact(facts, 'Places', item.places, values => values.join(', '));
    fact(facts, 'Countries', item.countries, values => values.join(', '));

    const body = el('div', { className: 'item-body' });
    if (item.lead) {
        body.append(el('p', { className: 'lead' }, item.lead));
    }
    const quotes = item.quotes || [];
    const paragraphs = item.body || [];
    const quoted = quotedParagraphs(paragraphs, quotes);
    paragraphs.forEach((paragraph, i) => {
        const speakers = quoted.get(i);
        if (!speakers) {
            body.append(el('p', {}, paragraph));
            return;
        }
        // A quoted paragraph carries its speakers above it, as a byline does.
        const named = speakers.map(s => s || 'a speaker the article does not name').join(' and ');
        body.append(el('div', { className: 'quoted' },
            el('p', { className: 'said-by' }, el('span', { className: 'visually-hidden' }, 'Quotation of '), named),
            el('p', {}, paragraph)));
    });

    const parts = [el('p', { className: 'back' }, backLink), header];
    if (facts.children.length) {
        parts.push(facts);
    }
    parts.push(body);
    if (quotes.length) {
        parts.push(quotationsSection(quotes, offer, personLink));
    }
    if (item.file) {
        parts.push(el('p', { className: 'source muted' }, 'Saved page: ', el('code', {}, item.file)));
    }
    if (item.related && item.related.length) {
        parts.push(el('section', { className: 'related', 'aria-labelledby': 'related-heading' },
            el('h2', { id: 'related-heading' }, 'Related items'),
            el('ol', { className: 'hits compact' }, item.related.map(hit => hitElement(hit, itemUrl, onOpen, null, 'h3')))));
    }
    view.replaceChildren(...parts);
}

/** The item view when the item cannot be shown: not in the index, or the server did not answer. */
export function renderItemProblem(view, backLink, title, text, retry) {
    const parts = [el('p', { className: 'back' }, backLink),
        el('h1', { id: 'item-title', className: 'item-title', tabindex: '-1' }, title),
        el('p', {}, text)];
    if (retry) {
        const button = el('button', { type: 'button', className: 'button' }, 'Try again');
        button.addEventListener('click', retry);
        parts.push(el('p', {}, button));
    }
    view.replaceChildren(...parts);
}

function quotesOffer(link) {
    return link ? [' ', el('span', { className: 'offer' }, '(', link, ')')] : null;
}

function fact(list, term, values, render) {
    if (!values || values.length === 0) {
        return;
    }
    list.append(el('div', { className: 'fact' }, el('dt', {}, term), el('dd', {}, render(values))));
}
