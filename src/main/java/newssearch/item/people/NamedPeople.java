package newssearch.item.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * offices to find items by, and the embedded index its {@link #mentions()} too; an engine that does not works them
 * out again from the stored item, so no second store is needed. An office is worked out when asked for, and the
 * item's text only when a short form needs it.
 */
public final class NamedPeople {

    private static final char SEPARATOR = '\u001F';

    private final NewsItem item;
    private final Map<String, String> keys;
    private final Map<String, Optional<String>> offices = new HashMap<>();
    private String text;

    private NamedPeople(NewsItem item) {
        this.item = item;
        this.keys = PersonKey.of(item.people());
    }

    public static NamedPeople of(NewsItem item) {
        return new NamedPeople(item);
    }

    /** Each name as the item writes it, with its person's key, in the item's order. */
    public Map<String, String> keys() {
        return keys;
    }

    /** The office the role of the person written {@code name} names, if the item gives a role that names one. */
    public Optional<String> officeOf(String name) {
        return offices.computeIfAbsent(name, written -> Person.roleOf(item.people(), written)
                .flatMap(role -> Offices.bundled().officeOf(role, this::text)));
    }

    /** Each name as written whose role names an office, with the office, in the item's order. */
    public Map<String, String> offices() {
        Map<String, String> held = new LinkedHashMap<>();
        keys.keySet().forEach(name -> officeOf(name).ifPresent(office -> held.put(name, office)));
        return held;
    }

    /** The keys of the item's people, each once. */
    public Set<String> distinctKeys() {
        return new LinkedHashSet<>(keys.values());
    }

    /** The offices the item's people hold, each once. */
    public Set<String> distinctOffices() {
        return new LinkedHashSet<>(offices().values());
    }

    /**
     * Each office the item's people hold with its holder, "office\u001Fkey\u001Fname" (the name as first written),
     * once per office and person: what an index keeps beside the item for an office's view.
     */
    public Set<String> holdings() {
        Set<String> holdings = new LinkedHashSet<>();
        Set<String> held = new HashSet<>();
        offices().forEach((written, office) -> {
            String key = keys.get(written);
            if (held.add(office + SEPARATOR + key)) {
                holdings.add(office + SEPARATOR + key + SEPARATOR + written);
            }
        });
        return holdings;
    }

    /** Each name as the item writes it with its key, role, office and quotations, in the item's order. */
    public List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>(keys.size());
        keys.forEach((name, key) -> mentions.add(new Mention(key, name, Person.roleOf(item.people(), name),
                officeOf(name), (int) item.quotes().stream()
                        .filter(quote -> quote.speaker().filter(name::equals).isPresent()).count())));
        return mentions;
    }

    /** Issuers, title, lead and body: where a short form of a role finds which office the item means. */
    private String text() {
        if (text == null) {
            text = String.join("\n", item.issuers()) + "\n" + item.title() + "\n" + item.lead() + "\n"
                    + String.join("\n", item.body());
        }
        return text;
    }
}
