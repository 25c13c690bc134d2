package newssearch.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import newssearch.eval.Label;
import newssearch.item.ItemIds;
import newssearch.item.Person;
import newssearch.lucene.LuceneBackend;
import newssearch.search.NewsSearch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The person and office views against the labelled pages: every person the labels name in two or more items gets
 * exactly those items, and the offices held by several people list every holder the labels name, in the order of
 * their first item, and no one else.
 */
class PeopleLabelsTest {

    private static final List<Path> LABELLED = List.of(Path.of("src/test/resources/eval/extra"),
            Path.of("src/test/resources/eval/next"));

    @TempDir
    static Path work;

    private static NewsSearch search;
    private static final List<Label> labels = new ArrayList<>();

    @BeforeAll
    static void index() throws IOException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        for (Path folder : LABELLED) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    if (file.toString().endsWith(".json")) {
                        labels.add(Label.read(file));
                    } else {
                        Files.copy(file, corpus.resolve(file.getFileName()));
                    }
                }
            }
        }
        LuceneBackend.index(corpus, work.resolve("index"), true);
        search = LuceneBackend.open(work.resolve("index"));
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    @Test
    void everyPersonNamedInTwoItemsGetsExactlyThoseItems() throws IOException {
        Map<String, Set<String>> itemsByName = new TreeMap<>();
        for (Label label : labels) {
            label.people().forEach(person -> itemsByName.computeIfAbsent(person.name(), n -> new HashSet<>())
                    .add(ItemIds.fromFile(label.file())));
        }
        int people = 0;
        int found = 0;
        int right = 0;
        int expected = 0;
        List<String> wrong = new ArrayList<>();
        for (var entry : itemsByName.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            people++;
            Set<String> answered = new HashSet<>();
            People.person(search, entry.getKey()).ifPresent(view -> view.items().forEach(i -> answered.add(i.id())));
            Set<String> hits = new HashSet<>(answered);
            hits.retainAll(entry.getValue());
            found += answered.size();
            right += hits.size();
            expected += entry.getValue().size();
            if (!answered.equals(entry.getValue())) {
                wrong.add(entry.getKey() + ": " + answered + " != " + entry.getValue());
            }
        }
        double precision = (double) right / found;
        double recall = (double) right / expected;
        System.out.printf("people in 2+ items %d: items %d expected, %d answered, %d right: precision %.3f recall"
                + " %.3f; people not exact %d %s%n", people, expected, found, right, precision, recall, wrong.size(),
                wrong);
        assertTrue(people >= 20, "people in two or more labelled items: " + people);
        assertTrue(precision >= 0.98 && recall >= 0.98, wrong::toString);
    }

    @Test
    void theOfficesOfSeveralHoldersListEveryHolderInTheOrderOfTheirFirstItem() throws IOException {
        Map<String, Predicate<String>> offices = new LinkedHashMap<>();
        offices.put("OSCE Representative on Freedom of the Media",
                role -> role.contains("Representative on Freedom of the Media"));
        offices.put("OSCE High Commissioner on National Minorities",
                role -> role.contains("High Commissioner on National Minorities"));
        offices.put("ODIHR Director", role -> role.equals("ODIHR Director") || role.startsWith("Director of ODIHR")
                || role.startsWith("Director of the OSCE Office for Democratic Institutions"));
        offices.put("OSCE Secretary General", role -> role.equals("OSCE Secretary General")
                || role.equals("Secretary General of the OSCE"));
        for (var office : offices.entrySet()) {
            Map<String, LocalDate> first = new LinkedHashMap<>();
            for (Label label : labels) {
                for (Person person : label.people()) {
                    if (person.role().filter(office.getValue()).isPresent()) {
                        first.merge(person.name(), label.date(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
            List<String> expected = first.entrySet().stream()
                    .sorted(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            List<OfficeView> answered = People.offices(search, office.getKey());
            List<String> holders = answered.isEmpty() ? List.of()
                    : answered.get(0).holders().stream().map(Holder::name).toList();
            System.out.printf("%s: %s%n", office.getKey(), holders);
            assertEquals(office.getKey(), answered.get(0).office());
            assertTrue(expected.size() >= 2, office.getKey() + ": " + expected);
            assertEquals(expected, holders, office.getKey());
        }
    }
}
