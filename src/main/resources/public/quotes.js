// Quotations: one found by /api/quotes in the Quotes view, the quotations of an item in the item view, and the
// "quotes by this person" link a person's name offers.

import { appendMarked, el, formatDate } from './dom.js';

/**
 * One quotation of the Quotes view: the quoted words (highlighted) as a blockquote, then who said them, the
 * item they come from (a link that opens it) and its date.
 *
 * @param key     the link's `data-key`, unique in the list (several quotations come from one item)
 * @param itemUrl id -> the page's URL with that item open
 * @param onOpen  called with (id, key) when the item's link is followed in this tab
 */
/** @param personLink name -> a link to the person's view, or null to print names plainly */
export function quoteElement(quote, key, itemUrl, onOpen, personLink = null) {
    const words = appendMarked(el('p', {}), spoken(quote.textHtml));
    if (!words.textContent.trim()) {
        words.textContent = spoken(quote.text);
    }
    const link = el('a', { href: itemUrl(quote.itemId), className: 'quote-link', 'data-key': key, 'data-id': quote.itemId },
        quote.itemTitle || 'Untitled item');
    link.addEventListener('click', event => {
        if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
            event.preventDefault();
            onOpen(quote.itemId, key);
        }
    });
    const source = el('p', { className: 'quote-source' }, 'In ', link);
    if (quote.date) {
        source.append(el('span', { className: 'sep', 'aria-hidden': 'true' }, ' · '),
            el('time', { datetime: quote.date }, formatDate(quote.date)));
    }
    return el('li', { className: 'quote' },
        el('figure', {},
            el('blockquote', { className: 'quote-text' }, words),
            el('figcaption', {}, speakerLine(quote.speaker, quote.role, null, personLink), source)));
}

/**
 * The item view's "Quotations": each quotation of the item with its speaker and role.
 *
 * @param offer (person, text) -> a "quotes by this person" link, or null
 */
export function quotationsSection(quotes, offer, personLink = null) {
    return el('section', { className: 'quotations', 'aria-labelledby': 'quotations-heading' },
        el('h2', { id: 'quotations-heading' }, `Quotations (${quotes.length})`),
        el('ol', { className: 'quote-list' }, quotes.map(quote => el('li', { className: 'quote' },
            el('figure', {},
                el('blockquote', { className: 'quote-text' }, el('p', {}, spoken(quote.text))),
                el('figcaption', {}, speakerLine(quote.speaker, quote.role,
                    quote.speaker ? offer(quote.speaker, 'all their quotes') : null, personLink)))))));
}

/** The quoted words without the comma that led into "…,” she said": the marks the page adds close them. */
function spoken(text) {
    return String(text || '').replace(/,\s*$/, '');
}

/** "— Jane Doe, Head of …", or a muted line when the page does not say who spoke. */
function speakerLine(speaker, role, extra, personLink = null) {
    if (!speaker) {
        return el('p', { className: 'quote-by muted' }, 'Speaker not named in the article');
    }
    return el('p', { className: 'quote-by' },
        el('span', { 'aria-hidden': 'true' }, '— '),
        el('span', { className: 'visually-hidden' }, 'Said by '),
        el('span', { className: 'speaker' }, personLink ? personLink(speaker) : speaker),
        role ? el('span', { className: 'role' }, `, ${role}`) : null,
        extra ? [' ', el('span', { className: 'offer' }, '(', extra, ')')] : null);
}

/**
 * The paragraphs of an item's body that hold a quotation, each with the speakers quoted in it. A quotation is
 * found by its first words (the extraction joins a quotation over two paragraphs with one space, so its start
 * lies in the first of them).
 *
 * @return paragraph index -> speakers in order, without repeats
 */
export function quotedParagraphs(paragraphs, quotes) {
    const found = new Map();
    for (const quote of quotes) {
        const start = normalise(quote.text).split(' ').slice(0, 6).join(' ');
        if (!start) {
            continue;
        }
        const index = paragraphs.findIndex(p => normalise(p).includes(start));
        if (index < 0) {
            continue;
        }
        const speakers = found.get(index) || [];
        const name = quote.speaker || '';
        if (!speakers.includes(name)) {
            speakers.push(name);
        }
        found.set(index, speakers);
    }
    return found;
}

function normalise(text) {
    return String(text || '').replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A link to the Quotes view filtered by `person`, with a label that names them for screen readers.
 *
 * @param url    state -> the page's URL
 * @param onGo   called with the state when the link is followed in this tab
 */
export function quotesByLink(person, target, url, onGo, text = 'quotes') {
    const link = el('a', {
        href: url(target), className: 'quotes-by', 'data-key': `quotes-by:${person}`,
        'aria-label': `Quotes by ${person}`, title: `Quotes by ${person}`,
    }, text);
    link.addEventListener('click', event => {
        if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
            event.preventDefault();
            onGo(target);
        }
    });
    return link;
}
