package newssearch.people;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import newssearch.item.people.Mention;
import newssearch.item.people.PersonKey;
import newssearch.search.FacetCount;
import newssearch.search.Holding;
import newssearch.search.ItemPeople;
import newssearch.search.NewsSearch;

/**
 * Makes a person's view and an office's view from the items a {@link NewsSearch} finds by key or office: the
 * same items give the same views on every engine.
 */
public final class People {

    /** How many people named beside a person the view lists. */
    static final int RELATED = 10;
    /** How many offices {@code /api/offices?q=} lists. */
    static final int OFFICES = 10;
    private static final Comparator<Optional<LocalDate>> OLDEST_FIRST =
            Comparator.comparing(date -> date.orElse(LocalDate.MAX));
    /** Undated items last, then by id. */
    private static final Comparator<ItemPeople> NEWEST_FIRST = (a, b) -> {
        int byDate = b.date().orElse(LocalDate.MIN).compareTo(a.date().orElse(LocalDate.MIN));
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    };

    private People() {
    }

    /** The person named {@code name}, written any of the ways their key folds; empty when no item names them. */
    public static Optional<PersonView> person(NewsSearch search, String name) throws IOException {
        String key = PersonKey.of(name);
        List<ItemPeople> items = new ArrayList<>(search.itemPeople(key));
        items.sort(NEWEST_FIRST);
        Map<String, Integer> variants = new LinkedHashMap<>();
        Map<String, Span> roles = new LinkedHashMap<>();
        Map<Writing, int[]> relatedNames = new HashMap<>();
        Map<String, int[]> relatedItems = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        List<PersonItem> personItems = new ArrayList<>(items.size());
        int quotes = 0;
        List<Mention> others = new ArrayList<>();
        for (ItemPeople item : items) {
            Optional<String> role = Optional.empty();
            Optional<String> office = Optional.empty();
            boolean named = false;
            others.clear();
            for (Mention mention : item.people()) {
                if (mention.key().equals(key)) {
                    // The first of the person's writings that has a role gives it, and so for the office.
                    variants.merge(mention.name(), 1, Integer::sum);
                    role = role.or(mention::role);
                    office = office.or(mention::office);
                    quotes += mention.quotes();
                    named = true;
                } else {
                    others.add(mention);
                }
            }
            if (!named) {
                continue;
            }
            for (int i = 0; i < others.size(); i++) {
                Mention other = others.get(i);
                relatedNames.computeIfAbsent(new Writing(other.key(), other.name()), w -> new int[1])[0]++;
                if (!writtenBefore(others, i)) {
                    relatedItems.computeIfAbsent(other.key(), k -> new int[1])[0]++;
                }
            }
            Optional<String> post = office.isPresent() ? office : role;
            post.ifPresent(held -> roles.computeIfAbsent(held, Span::new).add(item.date()));
            personItems.add(new PersonItem(item.id(), item.title(), item.date(), role));
            item.countries().forEach(country -> countries.merge(country, 1, Integer::sum));
        }
        if (personItems.isEmpty()) {
            return Optional.empty();
        }
        List<String> writings = mostWrittenFirst(variants);
        List<RoleSpan> spans = roles.values().stream().map(Span::toRoleSpan)
                .sorted(Comparator.comparing(RoleSpan::from, OLDEST_FIRST).thenComparing(RoleSpan::role)).toList();
        return Optional.of(new PersonView(writings.get(0), writings, spans, personItems, quotes,
                related(relatedNames, relatedItems), counted(countries)));
    }

    /** Whether the item names the person of {@code others[i]} before, written another way. */
    private static boolean writtenBefore(List<Mention> others, int i) {
        for (int j = 0; j < i; j++) {
            if (others.get(j).key().equals(others.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@link #RELATED} people named in the most items, each by the name most written: worked out only for those
     * named as often as the last of them, not for everyone named beside a person named in thousands of items.
     */
    private static List<FacetCount> related(Map<Writing, int[]> names, Map<String, int[]> items) {
        List<Integer> counts = items.values().stream().map(count -> count[0]).sorted(Comparator.reverseOrder())
                .toList();
        int least = counts.isEmpty() ? 0 : counts.get(Math.min(RELATED, counts.size()) - 1);
        Map<String, Map<String, Integer>> writings = new HashMap<>();
        names.forEach((writing, count) -> {
            if (items.get(writing.key())[0] >= least) {
                writings.computeIfAbsent(writing.key(), k -> new HashMap<>()).put(writing.name(), count[0]);
            }
        });
        return writings.entrySet().stream()
                .map(other -> new FacetCount(mostWrittenFirst(other.getValue()).get(0), items.get(other.getKey())[0]))
                .sorted(Comparator.comparing(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(RELATED).toList();
    }

    /** The offices whose names hold every word of {@code query}, best match first; every office for none. */
    public static List<OfficeView> offices(NewsSearch search, String query) throws IOException {
        List<OfficeView> views = new ArrayList<>();
        for (String office : OfficeMatch.best(search.offices(), query, OFFICES)) {
            office(search, office).ifPresent(views::add);
        }
        return views;
    }

    /** The office named {@code office} as the site names it; empty when no item's people hold it. */
    public static Optional<OfficeView> office(NewsSearch search, String office) throws IOException {
        Map<String, Map<String, Integer>> names = new HashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        search.holdings(office, holding -> {
            names.computeIfAbsent(holding.key(), k -> new LinkedHashMap<>()).merge(holding.name(), 1, Integer::sum);
            spans.computeIfAbsent(holding.key(), Span::new).add(holding.date());
        });
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        List<Holder> holders = spans.values().stream()
                .map(span -> new Holder(mostWrittenFirst(names.get(span.name)).get(0), span.from, span.to,
                        span.items))
                .sorted(Comparator.comparing(Holder::from, OLDEST_FIRST).thenComparing(Holder::name)).toList();
        return Optional.of(new OfficeView(office, holders));
    }

    /**
     * The writings of one name, the most written first; of two as often written, the one with more letters
     * beyond ASCII ("Katrín" before "Katrin"), then the longer ("Helga Maria Schmid" before "Helga Schmid").
     */
    static List<String> mostWrittenFirst(Map<String, Integer> writings) {
        return writings.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().chars().filter(c -> c > 127).count())
                        .thenComparing(e -> e.getKey().length()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    private static List<FacetCount> counted(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(FacetCount::count).reversed().thenComparing(FacetCount::value)).toList();
    }

    /** One way a person's name is written. */
    private record Writing(String key, String name) {
    }

    /** The first and last dated item of a post or a holder, and the number of items. */
    private static final class Span {
        private final String name;
        private Optional<LocalDate> from = Optional.empty();
        private Optional<LocalDate> to = Optional.empty();
        private int items;

        Span(String name) {
            this.name = name;
        }

        void add(Optional<LocalDate> dated) {
            items++;
            dated.ifPresent(date -> {
                from = from.filter(first -> first.isBefore(date)).or(() -> Optional.of(date));
                to = to.filter(last -> last.isAfter(date)).or(() -> Optional.of(date));
            });
        }

        RoleSpan toRoleSpan() {
            return new RoleSpan(name, from, to, items);
        }
    }
}
