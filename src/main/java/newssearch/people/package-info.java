/**
 * The cross-item views of people and offices: a person's page (their posts in time order, their items, their
 * quotations, the people named beside them, their countries) and the holders of an office. They are made from the
 * items that {@link newssearch.search.NewsSearch} finds by a person's key or an office, the same on every engine;
 * the keys and offices come from {@code newssearch.item.people}. The web serves them as {@code /api/people} and
 * {@code /api/offices}.
 */
package newssearch.people;
