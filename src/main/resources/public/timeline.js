// The timeline: matching items per year, or per month when the matches span two years or less and the API
// counts months. Every bar is a button that filters the search to its period.

import { el, formatMonth, lastDay, plural } from './dom.js';

const MAX_MONTH_SPAN_YEARS = 2;

/**
 * Renders the bars into `figure`, or hides it when there is nothing to draw.
 *
 * @param onPick called with (from, to) of the bar pressed, or ('', '') to drop a period already chosen
 */
export function renderTimeline(figure, caption, bars, facets, state, onPick) {
    const periods = periodsOf(facets);
    if (periods.length === 0) {
        figure.hidden = true;
        bars.replaceChildren();
        return;
    }
    figure.hidden = false;
    const perMonth = periods[0].key.length === 7;
    const max = Math.max(...periods.map(p => p.count));
    caption.replaceChildren(
        el('span', { className: 'timeline-title' }, perMonth ? 'Matches per month' : 'Matches per year'),
        el('span', { className: 'muted' }, ` · ${periods[0].label} to ${periods[periods.length - 1].label}` +
            ` · press a bar to see only that ${perMonth ? 'month' : 'year'}`));
    const labelEvery = Math.ceil(periods.length / (perMonth ? 12 : 16));
    const buttons = periods.map((p, i) => {
        const chosen = state.from === p.from && state.to === p.to;
        const button = el('button', {
            type: 'button', className: 'bar', disabled: p.count === 0,
            'aria-pressed': String(chosen), 'data-key': `bar:${p.key}`,
            'aria-label': `${p.label}: ${plural(p.count, 'item', 'items')}`,
            title: `${p.label}: ${plural(p.count, 'item', 'items')}`,
        },
        el('span', { className: 'bar-fill' }),
        el('span', { className: i % labelEvery === 0 || chosen ? 'bar-label' : 'bar-label faint' },
            perMonth ? p.label.replace(/ \d{4}$/, '') : p.label));
        // A bar's height is data; CSSOM (not a style attribute) keeps the page within its content policy.
        const fill = button.firstChild;
        fill.style.height = p.count === 0 ? '0' : `${Math.max(4, Math.round(100 * p.count / max))}%`;
        button.addEventListener('click', () => (chosen ? onPick('', '') : onPick(p.from, p.to)));
        return button;
    });
    bars.replaceChildren(...buttons);
    bars.classList.toggle('dense', periods.length > 24);
}

/** Periods to draw, oldest first, with the empty ones in between so time reads evenly from left to right. */
export function periodsOf(facets) {
    const years = (facets.year || []).filter(c => /^\d{4}$/.test(c.value) && c.count > 0)
        .map(c => ({ year: +c.value, count: c.count }));
    if (years.length === 0) {
        return [];
    }
    const first = Math.min(...years.map(y => y.year));
    const last = Math.max(...years.map(y => y.year));
    const months = (facets.month || []).filter(c => /^\d{4}-\d{2}$/.test(c.value) && c.count > 0);
    if (months.length > 0 && last - first < MAX_MONTH_SPAN_YEARS) {
        return monthPeriods(months);
    }
    const counts = new Map(years.map(y => [y.year, y.count]));
    const periods = [];
    for (let year = first; year <= last; year++) {
        periods.push({
            key: String(year), label: String(year), count: counts.get(year) || 0,
            from: `${year}-01-01`, to: `${year}-12-31`,
        });
    }
    return periods;
}

function monthPeriods(months) {
    const counts = new Map(months.map(m => [m.value, m.count]));
    const keys = [...counts.keys()].sort();
    let [year, month] = keys[0].split('-').map(Number);
    const [lastYear, lastMonth] = keys[keys.length - 1].split('-').map(Number);
    const periods = [];
    while (year < lastYear || (year === lastYear && month <= lastMonth)) {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        periods.push({
            key, label: formatMonth(key), count: counts.get(key) || 0,
            from: `${key}-01`, to: lastDay(year, month),
        });
        month += 1;
        if (month > 12) {
            month = 1;
            year += 1;
        }
    }
    return periods;
}

/** A chip's words for a date range: "2024", "Mar 2024" or "From 2024-01-05 to 2024-02-01". */
export function periodLabel(from, to) {
    const year = /^(\d{4})-01-01$/.exec(from);
    if (year && to === `${year[1]}-12-31`) {
        return year[1];
    }
    const month = /^(\d{4})-(\d{2})-01$/.exec(from);
    if (month && to === lastDay(+month[1], +month[2])) {
        return formatMonth(`${month[1]}-${month[2]}`);
    }
    if (from && to) {
        return `${from} to ${to}`;
    }
    return from ? `From ${from}` : `Until ${to}`;
}
