// Completions under the search box, as an ARIA combobox: arrows move through them, Enter takes one,
// Escape closes the list; the mouse works too. The results keep updating as the user types either way.

import * as api from './api.js';
import { debounce, el } from './dom.js';

const MIN_CHARS = 2;

/**
 * Wires the completion list to `input`.
 *
 * @param onChoose called with the chosen completion
 */
export function attachSuggestions(input, listbox, onChoose) {
    let options = [];
    let active = -1;
    let controller = null;

    const close = () => {
        listbox.hidden = true;
        listbox.replaceChildren();
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        options = [];
        active = -1;
    };

    const highlight = index => {
        active = index;
        [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
        if (index >= 0) {
            input.setAttribute('aria-activedescendant', listbox.children[index].id);
            listbox.children[index].scrollIntoView({ block: 'nearest' });
        } else {
            input.removeAttribute('aria-activedescendant');
        }
    };

    const show = (prefix, suggestions) => {
        options = suggestions.filter(s => s.toLowerCase() !== prefix.toLowerCase());
        if (options.length === 0 || document.activeElement !== input) {
            close();
            return;
        }
        listbox.replaceChildren(...options.map((text, i) => {
            const li = el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' }, text);
            // mousedown, not click: the input keeps its focus, so the list is not closed by the blur first.
            li.addEventListener('mousedown', event => {
                event.preventDefault();
                choose(i);
            });
            return li;
        }));
        active = -1;
        listbox.hidden = false;
        input.setAttribute('aria-expanded', 'true');
    };

    const choose = index => {
        const text = options[index];
        close();
        onChoose(text);
    };

    const fetchSuggestions = debounce(async prefix => {
        controller?.abort();
        controller = new AbortController();
        try {
            const answer = await api.suggest(prefix, controller.signal);
            if (input.value.trim() === prefix) {
                show(prefix, answer.suggestions || []);
            }
        } catch (e) {
            // Completions are a convenience: without them the search still works, so a failure only closes them.
            close();
        }
    }, 120);

    input.addEventListener('input', () => {
        const prefix = input.value.trim();
        if (prefix.length < MIN_CHARS) {
            fetchSuggestions.cancel();
            close();
            return;
        }
        fetchSuggestions(prefix);
    });

    input.addEventListener('keydown', event => {
        if (listbox.hidden || options.length === 0) {
            return;
        }
        if (event.key === 'ArrowDown') {
            event.preventDefault();
            highlight((active + 1) % options.length);
        } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            highlight(active <= 0 ? options.length - 1 : active - 1);
        } else if (event.key === 'Enter' && active >= 0) {
            event.preventDefault();
            choose(active);
        } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close();
        }
    });

    input.addEventListener('blur', () => {
        fetchSuggestions.cancel();
        close();
    });

    return { close, cancel: () => { fetchSuggestions.cancel(); controller?.abort(); close(); } };
}
