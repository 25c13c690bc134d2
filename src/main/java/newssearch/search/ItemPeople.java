package newssearch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import newssearch.item.NewsItem;
import newssearch.item.people.Mention;
import newssearch.item.people.NamedPeople;

/**
 * What a person's view reads of one item: its id, title and date, the names it gives people (each person's
 * writings in the order the item gives them) and its countries, each once.
 */
public record ItemPeople(String id, String title, Optional<LocalDate> date, List<Mention> people,
                         List<String> countries) {

    public ItemPeople {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        people = List.copyOf(people);
        countries = List.copyOf(countries);
    }

    /** What a person's view reads of a whole item. */
    public static ItemPeople of(NewsItem item) {
        return new ItemPeople(item.id(), item.title(), item.date().date(), NamedPeople.of(item).mentions(),
                item.countries().stream().distinct().toList());
    }
}
