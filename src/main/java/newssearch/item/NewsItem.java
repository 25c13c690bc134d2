package newssearch.item;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news item as the article states it: what the index stores, searches and shows.
 *
 * @param id           stable identifier derived from the file name ("000_a91628f60ba626d3")
 * @param file         the file the item was read from, relative to the corpus folder
 * @param contentType  the content-type line ("News Item", "Press Release"), empty when the page lost it
 * @param body         the article's paragraphs after the metadata block, without the repeated lead
 * @param issuers      the "Issued by:" lines
 * @param places       cities, regions and countries the article names, as written, in order of appearance
 * @param countries    the states those places name or imply, spelled as the site's list spells them
 * @param quotes       the quotations in the article, in the order they appear, each with its speaker if known
 */
public record NewsItem(
        String id,
        String file,
        Optional<String> contentType,
        String title,
        String lead,
        List<String> body,
        ItemDate date,
        List<String> issuers,
        List<String> fieldsOfWork,
        List<Person> people,
        List<String> places,
        List<String> countries,
        List<Quote> quotes) {

    public NewsItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(date, "date");
        if (id.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("an item needs an id and a title");
        }
        body = List.copyOf(body);
        issuers = List.copyOf(issuers);
        fieldsOfWork = List.copyOf(fieldsOfWork);
        people = List.copyOf(people);
        places = List.copyOf(places);
        countries = List.copyOf(countries);
        quotes = List.copyOf(quotes);
    }

    /** The role the item gives the person of this name, if it names one (a speaker's role). */
    public Optional<String> roleOf(String name) {
        return Person.roleOf(people, name);
    }
}
