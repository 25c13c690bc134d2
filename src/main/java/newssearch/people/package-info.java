/**
 * The cross-item views of people and offices: a person's page (their posts in time order, their items, their
 * quotations, the people named beside them, their countries) and the holders of an office. They are made from what
 * {@link newssearch.search.NewsSearch} gives of the items that name a person ({@link newssearch.search.ItemPeople})
 * or of an office's holdings, the same on every engine, whether it keeps them or reads them from its items;
 * the keys and offices come from {@code newssearch.item.people}. The web serves them as {@code /api/people} and
 * {@code /api/offices}.
 */
package newssearch.people;
