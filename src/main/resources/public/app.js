// The plain search page: a box, the hits, and facet lists that filter on click.
const FACET_TITLES = { fieldOfWork: 'Field of work', country: 'Country', issuer: 'Issued by', person: 'Person', year: 'Year' };
const FACET_PARAMS = { fieldOfWork: 'field', country: 'country', issuer: 'issuer', person: 'person', year: 'year' };

const form = document.getElementById('search-form');
const input = document.getElementById('q');

function stateFromUrl() {
  return new URLSearchParams(window.location.search);
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Snippets arrive HTML-escaped with <mark> around matches: rebuild them as nodes, never as markup.
function highlighted(html) {
  const fragment = document.createDocumentFragment();
  const decoder = document.createElement('textarea');
  html.split(/(<mark>|<\/mark>)/).reduce((inMark, part) => {
    if (part === '<mark>') return true;
    if (part === '</mark>') return false;
    decoder.innerHTML = part;
    const text = document.createTextNode(decoder.value);
    if (inMark) {
      const mark = document.createElement('mark');
      mark.appendChild(text);
      fragment.appendChild(mark);
    } else {
      fragment.appendChild(text);
    }
    return inMark;
  }, false);
  return fragment;
}

async function search() {
  const params = stateFromUrl();
  input.value = params.get('q') || '';
  const response = await fetch('/api/search?' + params.toString());
  const body = await response.json();
  const summary = document.getElementById('summary');
  const hits = document.getElementById('hits');
  hits.replaceChildren();
  if (!response.ok) {
    summary.textContent = body.message;
    return;
  }
  summary.textContent = `${body.total} results in ${body.tookMs} ms`;
  if (body.total === 0 && body.didYouMean) {
    summary.textContent += ` — did you mean “${body.didYouMean}”?`;
  }
  for (const hit of body.hits) {
    const item = element('li');
    const title = element('h2');
    title.appendChild(highlighted(hit.titleHtml));
    item.appendChild(title);
    item.appendChild(element('p', [hit.date || 'undated', hit.issuers.join('; ')].filter(Boolean).join(' · '), 'meta'));
    const snippet = element('p', undefined, 'snippet');
    snippet.appendChild(highlighted(hit.snippet));
    item.appendChild(snippet);
    hits.appendChild(item);
  }
  renderFacets(body.facets, params);
}

function renderFacets(facets, params) {
  const aside = document.getElementById('facets');
  aside.replaceChildren();
  for (const [dim, values] of Object.entries(facets)) {
    if (!FACET_TITLES[dim] || values.length === 0) continue;
    const section = element('section');
    section.appendChild(element('h3', FACET_TITLES[dim]));
    const list = element('ul');
    const param = FACET_PARAMS[dim];
    const selected = params.getAll(param);
    for (const { value, count } of values) {
      const entry = element('li');
      const link = element('a', `${value} (${count})`, selected.includes(value) ? 'selected' : undefined);
      const next = new URLSearchParams(params);
      if (selected.includes(value)) {
        next.delete(param);
        selected.filter((v) => v !== value).forEach((v) => next.append(param, v));
      } else {
        next.append(param, value);
      }
      next.delete('page');
      link.href = '?' + next.toString();
      entry.appendChild(link);
      list.appendChild(entry);
    }
    section.appendChild(list);
    aside.appendChild(section);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = stateFromUrl();
  params.set('q', input.value);
  params.delete('page');
  window.history.pushState(null, '', '?' + params.toString());
  search();
});
window.addEventListener('popstate', search);
search();
