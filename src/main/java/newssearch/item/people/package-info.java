/**
 * The people an article names: the page's vocabulary (what can be a name, what is a role word), person
 * names and the role phrases beside them. It gives {@link newssearch.item.Person} values; places and
 * quotations build on it, never the other way round.
 */
package newssearch.item.people;
