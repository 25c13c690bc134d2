package newssearch.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;

/** Compares one extracted item with its label, field by field, and records what it got wrong. */
final class PageComparison {

    private final Label label;
    private final NewsItem item;
    private final List<Miss> misses = new ArrayList<>();

    PageComparison(Label label, NewsItem item) {
        this.label = label;
        this.item = item;
    }

    List<Miss> misses() {
        return List.copyOf(misses);
    }

    boolean titleRight() {
        return same("title", label.title(), item.title());
    }

    boolean contentTypeRight() {
        return same("contentType", label.contentType(), item.contentType().orElse(Miss.NOTHING));
    }

    /** Only for a page that states its date. */
    boolean dateRight() {
        String got = item.date().date().map(d -> d + " (" + item.date().source().label() + ")").orElse(Miss.NOTHING);
        boolean right = item.date().date().filter(label.date()::equals).isPresent();
        if (!right) {
            misses.add(new Miss(label.file(), "date", label.date() + " (" + label.dateEvidence() + ")", got));
        }
        return right;
    }

    Counts issuers() {
        return compare("issuers", label.issuedBy(), item.issuers(), MatchKey::plain);
    }

    Counts fields() {
        return compare("fields", label.fieldsOfWork(), item.fieldsOfWork(), MatchKey::plain);
    }

    Counts people() {
        return compare("people", names(label.people()), names(item.people()), MatchKey::name);
    }

    Counts places() {
        return compare("places", label.places(), item.places(), MatchKey::name);
    }

    Counts countries() {
        return compare("countries", label.countries(), item.countries(), MatchKey::plain);
    }

    /**
     * Only for a page whose label lists quotations. A quotation found matches a labelled one when the speakers
     * agree and so do the first {@value MatchKey#QUOTE_WORDS} words of the text.
     */
    Counts quotes() {
        List<Quote> expected = label.quotes().orElseThrow();
        Map<String, Integer> unmatched = new LinkedHashMap<>();
        expected.forEach(quote -> unmatched.merge(MatchKey.quote(quote), 1, Integer::sum));
        int tp = 0;
        for (Quote quote : item.quotes()) {
            if (unmatched.merge(MatchKey.quote(quote), -1, Integer::sum) >= 0) {
                tp++;
            } else {
                misses.add(new Miss(label.file(), "quotes", Miss.NOTHING, quote(quote)));
            }
        }
        for (Quote quote : expected) {
            if (unmatched.merge(MatchKey.quote(quote), -1, Integer::sum) >= 0) {
                misses.add(new Miss(label.file(), "quotes", quote(quote), Miss.NOTHING));
            }
        }
        return new Counts(tp, item.quotes().size() - tp, expected.size() - tp);
    }

    /** "John Doe: “We must act …”", or "-: “…”" for a quotation without a speaker. */
    private static String quote(Quote quote) {
        return quote.speaker().orElse(Miss.NOTHING) + ": “" + quote.text() + "”";
    }

    /**
     * A role counts with its name: "John Doe (Head of Mission)" is one value, and a person without a role is
     * "John Doe (-)". Roles agree by {@link MatchKey#rolesAgree}. A person the other side lacks altogether is a
     * people miss, not repeated here.
     */
    Counts roles() {
        Map<String, String> expected = roles(label.people());
        Map<String, String> got = roles(item.people());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, String> person : expected.entrySet()) {
            String gotRole = got.get(person.getKey());
            if (gotRole != null && MatchKey.rolesAgree(person.getValue(), gotRole)) {
                tp++;
                continue;
            }
            fn++;
            if (gotRole != null) {
                fp++;
                misses.add(new Miss(label.file(), "roles", role(label.people(), person.getKey()),
                        role(item.people(), person.getKey())));
            }
        }
        for (String name : got.keySet()) {
            if (!expected.containsKey(name)) {
                fp++;
            }
        }
        return new Counts(tp, fp, fn);
    }

    private boolean same(String field, String expected, String got) {
        boolean right = expected.strip().equals(got.strip());
        if (!right) {
            misses.add(new Miss(label.file(), field, expected, got));
        }
        return right;
    }

    private Counts compare(String field, List<String> expected, List<String> got, Function<String, String> key) {
        Map<String, String> want = keyed(expected, key);
        Map<String, String> have = keyed(got, key);
        int tp = 0;
        for (Map.Entry<String, String> value : want.entrySet()) {
            if (have.containsKey(value.getKey())) {
                tp++;
            } else {
                misses.add(new Miss(label.file(), field, value.getValue(), Miss.NOTHING));
            }
        }
        for (Map.Entry<String, String> value : have.entrySet()) {
            if (!want.containsKey(value.getKey())) {
                misses.add(new Miss(label.file(), field, Miss.NOTHING, value.getValue()));
            }
        }
        return new Counts(tp, have.size() - tp, want.size() - tp);
    }

    private static Map<String, String> keyed(List<String> values, Function<String, String> key) {
        Map<String, String> keyed = new LinkedHashMap<>();
        values.forEach(value -> keyed.putIfAbsent(key.apply(value), value));
        return keyed;
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::name).toList();
    }

    private static Map<String, String> roles(List<Person> people) {
        Map<String, String> roles = new LinkedHashMap<>();
        people.forEach(p -> roles.putIfAbsent(MatchKey.name(p.name()), p.role().map(MatchKey::name).orElse("")));
        return roles;
    }

    private static String role(List<Person> people, String nameKey) {
        Optional<Person> person = people.stream().filter(p -> MatchKey.name(p.name()).equals(nameKey)).findFirst();
        return person.map(p -> p.name() + " (" + p.role().orElse(Miss.NOTHING) + ")").orElse(Miss.NOTHING);
    }
}
