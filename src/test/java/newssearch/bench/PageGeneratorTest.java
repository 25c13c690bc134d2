package newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.item.extract.NewsItemParser;
import newssearch.page.Page;
import newssearch.page.PageReader;

class PageGeneratorTest {

    @Test
    void sameSeedGivesTheSameCorpus() {
        assertEquals(texts(new PageGenerator(7), 40), texts(new PageGenerator(7), 40));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        assertNotEquals(texts(new PageGenerator(7), 5), texts(new PageGenerator(8), 5));
    }

    @Test
    void aPageDependsOnlyOnSeedAndNumber() {
        assertEquals(new PageGenerator(7).page(30).text(), generatedInOrder(new PageGenerator(7), 31));
    }

    /** Pins the corpus the published figures were measured on; bump GENERATOR_VERSION when this changes. */
    @Test
    void corpusOfSeed42IsPinned() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        texts(new PageGenerator(42), 20).forEach(text -> sha.update(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("720ed1be1e3f5f52 v1", HexFormat.of().formatHex(sha.digest()).substring(0, 16) + " v"
                + SyntheticCorpus.GENERATOR_VERSION);
    }

    @Test
    void pagesReadAsTheSiteFormatWithTheirTitleFieldsAndCountries() throws Exception {
        PageGenerator generator = new PageGenerator(3);
        int named = 0;
        int found = 0;
        for (int i = 0; i < 60; i++) {
            SyntheticPage generated = generator.page(i);
            Page page = PageReader.parse(generated.fileName(), generated.text().getBytes(StandardCharsets.UTF_8));
            NewsItem item = NewsItemParser.parse(page);
            assertEquals(generated.title(), item.title(), generated.fileName());
            assertEquals(generated.fieldsOfWork(), item.fieldsOfWork(), generated.fileName());
            assertTrue(item.contentType().isPresent(), generated.fileName());
            named += generated.countries().size();
            found += (int) generated.countries().stream().filter(item.countries()::contains).count();
            assertTrue(item.body().isEmpty() || !item.body().get(0).equals(item.lead()),
                    "the repeated lead is dropped: " + generated.fileName());
        }
        // The extraction finds most of the states a page names; datelines in capitals ("BISHKEK, 3 May") may escape it.
        assertTrue(found >= 0.8 * named, found + " of " + named + " states found");
    }

    @Test
    void articlesAverageAboutThreeKilobytes() {
        PageGenerator generator = new PageGenerator(5);
        double average = IntStream.range(0, 200).map(i -> generator.page(i).article().length()).average().orElse(0);
        assertTrue(average > 2500 && average < 3500, "average article " + average + " characters");
    }

    @Test
    void wordFrequenciesFallWithRank() {
        Vocabulary vocabulary = Vocabulary.standard();
        assertEquals("the", vocabulary.word(0));
        assertTrue(vocabulary.expectedCount(10, 1_000_000) > 10 * vocabulary.expectedCount(1_000, 1_000_000));
        assertNotEquals(vocabulary.word(50_000), vocabulary.word(50_001));
    }

    private static List<String> texts(PageGenerator generator, int pages) {
        return IntStream.range(0, pages).mapToObj(i -> generator.page(i).text()).toList();
    }

    private static String generatedInOrder(PageGenerator generator, int pages) {
        String last = null;
        for (int i = 0; i < pages; i++) {
            last = generator.page(i).text();
        }
        return last;
    }
}
