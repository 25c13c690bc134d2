package newssearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.extract.NewsItemParser;
import newssearch.item.people.PersonKey;
import newssearch.page.PageReader;
import org.junit.jupiter.api.Test;

/**
 * One person, one key; two people, two keys, measured on the labelled pages. A label names each person once, in
 * full and without honorifics, and no two labels write one person two ways, so two different names are two
 * people: a pair of them with one key is merged wrongly. The ways the issue lists of writing one name (without
 * diacritics, with an honorific, without a middle name, with a middle initial) must keep the name's key, and so
 * must the names the extraction finds on each page.
 */
class PersonKeyLabelsTest {

    private static final List<Path> LABELLED = List.of(Path.of("src/test/resources/eval/extra"),
            Path.of("src/test/resources/eval/next"));
    /** "Vincenzo Del Monaco", "Habib El Malki": words of the surname, not middle names. */
    private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "der", "de", "del", "della", "di", "da",
            "du", "dos", "la", "le", "al", "el", "bin", "ibn");

    @Test
    void differentPeopleNeverShareAKeyAndOnePersonsWritingsKeepOne() throws Exception {
        Set<String> names = new LinkedHashSet<>();
        int extracted = 0;
        List<String> extractedApart = new ArrayList<>();
        for (Path label : labels()) {
            Label labelled = Label.read(label);
            labelled.people().forEach(person -> names.add(person.name()));
            Path page = label.resolveSibling(labelled.file());
            NewsItem item = NewsItemParser.parse(PageReader.read(page));
            Set<String> labelKeys = new LinkedHashSet<>();
            labelled.people().forEach(person -> labelKeys.add(PersonKey.of(person.name())));
            for (var entry : PersonKey.of(item.people()).entrySet()) {
                boolean labelledName = labelled.people().stream().map(Person::name).anyMatch(entry.getKey()::equals);
                if (labelledName || labelKeys.contains(entry.getValue())) {
                    extracted++;
                    if (!labelKeys.contains(entry.getValue())) {
                        extractedApart.add(entry.getKey());
                    }
                }
            }
        }
        List<String> merged = new ArrayList<>();
        List<String> sorted = List.copyOf(names);
        int sharingASurname = 0;
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                String a = sorted.get(i);
                String b = sorted.get(j);
                sharingASurname += surname(a).equals(surname(b)) ? 1 : 0;
                if (PersonKey.of(a).equals(PersonKey.of(b))) {
                    merged.add(a + " = " + b);
                }
            }
        }
        int variants = 0;
        List<String> apart = new ArrayList<>();
        for (String name : names) {
            for (String variant : variants(name)) {
                variants++;
                if (!PersonKey.of(variant).equals(PersonKey.of(name))) {
                    apart.add(name + " / " + variant);
                }
            }
        }
        System.out.printf("people %d, pairs %d (%d sharing a surname), merged wrongly %d; writings %d, left apart %d;"
                        + " extracted names %d, apart from their label %d%n", names.size(),
                names.size() * (names.size() - 1) / 2, sharingASurname, merged.size(), variants, apart.size(),
                extracted, extractedApart.size());
        assertTrue(names.size() > 300, "labelled people: " + names.size());
        assertEquals(List.of(), merged);
        assertEquals(List.of(), apart);
        assertEquals(List.of(), extractedApart);
    }

    private static List<Path> labels() throws IOException {
        List<Path> labels = new ArrayList<>();
        for (Path folder : LABELLED) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(labels::add);
            }
        }
        return labels;
    }

    private static String surname(String name) {
        return PersonKey.fold(name.substring(name.lastIndexOf(' ') + 1));
    }

    /** "Katrín Jakobsdóttir" as items may also write it: "Katrin Jakobsdottir", "Ms Katrín Jakobsdóttir", ... */
    private static List<String> variants(String name) {
        List<String> variants = new ArrayList<>();
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (!folded.equals(name)) {
            variants.add(folded);
        }
        variants.add("Ambassador " + name);
        String[] words = name.split(" ");
        if (words.length >= 3 && !SURNAME_PARTICLES.contains(words[words.length - 2].toLowerCase(Locale.ROOT))) {
            variants.add(words[0] + " " + words[words.length - 1]);
        }
        if (words.length == 2) {
            variants.add(words[0] + " A. " + words[1]);
        }
        return variants;
    }
}
