package newssearch.people;

import java.util.List;
import java.util.Objects;

import newssearch.search.FacetCount;

/**
 * A person across the items that name them.
 *
 * @param name      the name as the items most often write it
 * @param variants  every way the items write it, most written first
 * @param roles     the posts the items give the person, by the date of their first item
 * @param items     the items that name the person, newest first
 * @param quotes    how many quotations the items give the person
 * @param related   the people most often named in the same items, with the number of those items
 * @param countries the countries of the person's items, with the number of items
 */
public record PersonView(String name, List<String> variants, List<RoleSpan> roles, List<PersonItem> items,
                         int quotes, List<FacetCount> related, List<FacetCount> countries) {

    public PersonView {
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
        items = List.copyOf(items);
        related = List.copyOf(related);
        countries = List.copyOf(countries);
    }
}
