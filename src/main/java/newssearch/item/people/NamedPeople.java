package newssearch.item.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import newssearch.item.NewsItem;
import newssearch.item.Person;

/**
 * The people of one item as the cross-item views read them: each name as written with its person's key
 * ({@link PersonKey}) and the office its role names ({@link Offices}), if any. The index holds the keys and
 * offices to find items by; the views work them out again from the stored item, so no second store is needed.
 *
 * @param keys    each name as the item writes it, with its person's key, in the item's order
 * @param offices each name as written whose role names an office, with the office
 */
public record NamedPeople(Map<String, String> keys, Map<String, String> offices) {

    public NamedPeople {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        offices = Collections.unmodifiableMap(new LinkedHashMap<>(offices));
    }

    public static NamedPeople of(NewsItem item) {
        Map<String, String> keys = PersonKey.of(item.people());
        Map<String, String> offices = new LinkedHashMap<>();
        String text = null;
        for (Person person : item.people()) {
            if (person.role().isEmpty()) {
                continue;
            }
            if (text == null) {
                text = String.join("\n", item.issuers()) + "\n" + item.title() + "\n" + item.lead() + "\n"
                        + String.join("\n", item.body());
            }
            Optional<String> office = Offices.bundled().officeOf(person.role().get(), text);
            if (office.isPresent()) {
                offices.putIfAbsent(person.name(), office.get());
            }
        }
        return new NamedPeople(keys, offices);
    }

    /** The keys of the item's people, each once. */
    public Set<String> distinctKeys() {
        return new LinkedHashSet<>(keys.values());
    }

    /** The offices the item's people hold, each once. */
    public Set<String> distinctOffices() {
        return new LinkedHashSet<>(offices.values());
    }

    /** The names as written of the person of {@code key}. */
    public List<String> namesOf(String key) {
        return keys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).toList();
    }
}
