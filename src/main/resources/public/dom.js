// Small helpers to build the page from data without ever parsing page text as HTML.

/**
 * Creates an element. `props` sets properties (className, href, type, …), `attrs` on keys starting with
 * `aria-`/`data-` or named in ATTRIBUTES; children are nodes or strings, and strings always become text.
 */
export function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (key.startsWith('aria-') || key.startsWith('data-') || ATTRIBUTES.has(key)) {
            node.setAttribute(key, value === true ? '' : String(value));
        } else {
            node[key] = value;
        }
    }
    append(node, children);
    return node;
}

const ATTRIBUTES = new Set(['role', 'for', 'datetime', 'tabindex', 'hidden']);

export function append(parent, children) {
    for (const child of children.flat()) {
        if (child === undefined || child === null || child === false) {
            continue;
        }
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

/**
 * Appends the server's highlighted text: HTML-escaped text whose only tags are `<mark>` and `</mark>`. It is
 * split on those tags and each piece becomes a text node (entities decoded) or a mark element, so nothing in
 * it can become markup, whatever it holds.
 */
export function appendMarked(parent, html) {
    let mark = null;
    for (const part of String(html || '').split(/(<mark>|<\/mark>)/)) {
        if (part === '<mark>') {
            mark = document.createElement('mark');
            parent.append(mark);
        } else if (part === '</mark>') {
            mark = null;
        } else if (part) {
            (mark || parent).append(document.createTextNode(decodeEntities(part)));
        }
    }
    return parent;
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
        if (name[0] === '#') {
            const code = name[1] === 'x' || name[1] === 'X'
                ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        }
        return NAMED[name.toLowerCase()] ?? entity;
    });
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat('en-GB');

/** "2024-03-14" -> "14 March 2024". */
export function formatDate(iso) {
    const date = parseDate(iso);
    return date ? LONG_DATE.format(date) : '';
}

/** "2024-03" -> "Mar 2024". */
export function formatMonth(yearMonth) {
    const date = parseDate(`${yearMonth}-01`);
    return date ? MONTH.format(date) : yearMonth;
}

export function formatNumber(n) {
    return NUMBER.format(n);
}

export function plural(n, one, many) {
    return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

function parseDate(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
}

/** The last day of a month: lastDay(2024, 2) -> "2024-02-29". */
export function lastDay(year, month) {
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calls `fn` once `ms` have passed without another call; `.now()` runs a pending call at once, `.cancel()` drops it. */
export function debounce(fn, ms) {
    let timer = null;
    let pending = null;
    const debounced = (...args) => {
        pending = args;
        clearTimeout(timer);
        timer = setTimeout(() => { timer = null; const a = pending; pending = null; fn(...a); }, ms);
    };
    debounced.cancel = () => { clearTimeout(timer); timer = null; pending = null; };
    return debounced;
}
