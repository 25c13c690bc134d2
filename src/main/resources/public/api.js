// The JSON API of this server. Every failure becomes an ApiError whose message is for people.

/** A failed call: `kind` is 'unreachable' (no answer), 'client' (4xx: the request) or 'server' (5xx). */
export class ApiError extends Error {
    constructor(kind, message, status = 0) {
        super(message);
        this.kind = kind;
        this.status = status;
    }
}

async function getJson(url, signal) {
    let response;
    try {
        response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (e) {
        if (e.name === 'AbortError') {
            throw e;
        }
        throw new ApiError('unreachable', 'The search server does not answer.');
    }
    let body = null;
    try {
        body = await response.json();
    } catch (e) {
        if (e.name === 'AbortError') {
            throw e;
        }
        body = null;
    }
    if (!response.ok) {
        const message = body && typeof body.message === 'string' ? body.message : `The server answered ${response.status}.`;
        throw new ApiError(response.status < 500 ? 'client' : 'server', message, response.status);
    }
    if (body === null) {
        throw new ApiError('server', 'The server sent an answer that is not JSON.', response.status);
    }
    return body;
}

/** Facet values fetched per dimension: the sidebar shows a few and "show all" the rest. */
const FACET_VALUES = 100;

/** Runs a search; `params` are the page's search parameters (URLSearchParams). */
export function search(params, signal) {
    const query = new URLSearchParams(params);
    // Enough values that "show more" needs no second request, without sending every person of a large index;
    // every year and month, so that the timeline has no gaps.
    query.set('facetLimit', String(FACET_VALUES));
    query.set('facetLimit.year', 'all');
    query.set('facetLimit.month', 'all');
    return getJson(`/api/search?${query}`, signal);
}

/** Searches the quotations: the same parameters, answered with `quotes` and the speaker and year facets. */
export function quotes(params, signal) {
    const query = new URLSearchParams(params);
    query.set('facetLimit', String(FACET_VALUES));
    query.set('facetLimit.year', 'all');
    return getJson(`/api/quotes?${query}`, signal);
}

/** Everyone quoted in the index, so that a person's name offers their quotations only when there are some. */
export async function speakers(signal) {
    const answer = await getJson('/api/quotes?size=1&facetLimit.person=all', signal);
    return new Set(((answer.facets || {}).person || []).map(p => p.value));
}

export function item(id, signal) {
    return getJson(`/api/items/${encodeURIComponent(id)}`, signal);
}

export function suggest(prefix, signal) {
    return getJson(`/api/suggest?${new URLSearchParams({ q: prefix, size: '8' })}`, signal);
}

export function stats(signal) {
    return getJson('/api/stats', signal);
}

/** A person across the items that name them (/api/people): posts, items, quotations, people beside them. */
export function person(name, signal) {
    return getJson(`/api/people/${encodeURIComponent(name)}`, signal);
}

/** One office and the people the items name as holding it, in the order of their first item. */
export function office(name, signal) {
    return getJson(`/api/offices/${encodeURIComponent(name)}`, signal);
}
