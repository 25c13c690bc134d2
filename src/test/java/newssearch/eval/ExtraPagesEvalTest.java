package newssearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extraction on the labelled pages of {@code src/test/resources/eval/extra}, written with other people,
 * roles, places and date forms than the dev set: p01-p14 and x01-x15, q01-q10 with the site's forms of
 * quotations, s01-s14 (short articles), f01-f12, g01-g12 (full-length articles with quotations), h01-h12,
 * k01-k12 and m01-m14, the last six sets labelled before any rule had seen them (lower-case roles, "who heads ...", plural
 * roles, lakes, provinces in lists, towns after "from" and "near"; in g01-g12 a plural form of address before a
 * list of names, roles used as titles, "the Donetsk region", the US state Georgia, names in two languages of two
 * words each; in h01-h12 a role before a relative clause, an unknown name before "province" or "region", a body
 * after "of the" as the only affiliation, a bare name before ", who", "the Republic of Korea", "the Baltic States";
 * in k01-k12 "former" or "head" before a lower-case role, origins before modifiers, "of Morocco’s General
 * Directorate ...", "Mayor of Palermo" before a name, a town written with "nad", "the Peloponnese region", a State
 * after one part of another, a day in the body of an undated page; in m01-m14 a plural noun of persons opening a
 * sentence before names, "Deputy Governor of the ... region, Name", ", from the Ministry of ...", "a retired ...
 * commander", a post "for" its field before a name, "the Kvemo Kartli region", an autonomous republic, "a bus to"
 * a town, a village after "from" before ", in the ... district").
 * The floors sit a little below the scores reached, so that a rule that breaks what these pages show fails the
 * build; the misses are printed when one does.
 */
class ExtraPagesEvalTest {

    private static EvalReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        report = Evaluator.evaluate(folder());
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(ExtraPagesEvalTest.class.getResource("/eval/extra").toURI());
    }

    private static String misses() {
        return report.misses().stream().map(Miss::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void readsEveryLabelledPage() {
        assertEquals(141, report.docs());
    }

    @Test
    void singleValuedFieldsAreRight() {
        assertEquals(1.0, report.title().value(), misses());
        assertEquals(1.0, report.date().value(), misses());
        // two of the 17 pages without date evidence name an event's days in their lead ("visited ... on 3 and 4
        // April", "On 23 November, ... met") and are published later; the same words are the item's own day on
        // pages that state it ("a workshop held ... on 1 and 2 April", "On 18 March, the Mission brought
        // together"), so the lead's day stays the inferred date for all of them
        assertTrue(report.undatedGivenADate() <= 2,
                report.undatedGivenADate() + " pages without date evidence were given a date");
    }

    @Test
    void listFieldsStayAboveTheirFloors() {
        Map<String, Double> floors = Map.of("issuers", 1.0, "fields", 1.0, "people", 0.997, "roles", 0.997,
                "places", 0.997, "countries", 0.997, "quotes", 0.997);
        floors.forEach((field, floor) -> assertTrue(report.lists().get(field).f1() >= floor,
                field + " F1 " + report.lists().get(field).f1() + " < " + floor + "\n" + misses()));
    }

    @Test
    void noBodyParagraphIsANavigationLine() {
        assertEquals(0, report.navLeak());
    }
}
