package newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;

class QueryStreamTest {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private static final List<QueryMix.Query> STREAM = QueryStream.draw(VOCABULARY, 42, 20_000);

    @Test
    void sameSeedGivesTheSameStream() {
        assertEquals(STREAM.subList(0, 500), QueryStream.draw(VOCABULARY, 42, 500));
    }

    @Test
    void anotherSeedGivesAnotherStream() {
        assertNotEquals(QueryStream.draw(VOCABULARY, 42, 50), QueryStream.draw(VOCABULARY, 43, 50));
    }

    @Test
    void onlySingleCommonWordsComeRound() {
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (QueryMix.Query query : STREAM) {
            if (!seen.add(query.label())) {
                assertEquals(QueryMix.Kind.COMMON, query.kind(), "repeated: " + query.label());
                repeats++;
            }
        }
        assertTrue(repeats < 0.1 * STREAM.size(), repeats + " repeats in " + STREAM.size());
        assertEquals(STREAM.size(), new HashSet<>(QueryStream.paths(STREAM, "")).size() + repeats);
    }

    @Test
    void kindsAndFiltersComeInTheMixsProportions() {
        Map<QueryMix.Kind, Integer> kinds = new EnumMap<>(QueryMix.Kind.class);
        int fields = 0;
        int countries = 0;
        for (QueryMix.Query query : STREAM) {
            kinds.merge(query.kind(), 1, Integer::sum);
            if (NewsSchema.DIM_FIELD_OF_WORK.equals(query.filterDim())) {
                fields++;
            } else if (NewsSchema.DIM_COUNTRY.equals(query.filterDim())) {
                countries++;
            }
        }
        long inMix = QueryMix.standard(VOCABULARY).stream().filter(query -> query.kind() == QueryMix.Kind.RARE).count();
        assertEquals(2.0 / 10, inMix / 30.0, 1e-9, "the mix holds a fifth of each kind");
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            assertEquals(0.2, kinds.getOrDefault(kind, 0) / (double) STREAM.size(), 0.02, kind.name());
        }
        assertEquals(1.0 / 3, fields / (double) STREAM.size(), 0.02, "field of work");
        assertEquals(1.0 / 3, countries / (double) STREAM.size(), 0.02, "country");
    }

    @Test
    void filtersDrawTheCommonestValuesMostOften() {
        Map<String, Integer> fields = new HashMap<>();
        STREAM.stream().filter(query -> NewsSchema.DIM_FIELD_OF_WORK.equals(query.filterDim()))
                .forEach(query -> fields.merge(query.filterValue(), 1, Integer::sum));
        assertTrue(SiteFacts.FIELDS_OF_WORK.containsAll(fields.keySet()), fields.keySet().toString());
        assertTrue(fields.get(QueryMix.FIELD_FILTER) > fields.getOrDefault("Migration", 0), fields.toString());
        assertTrue(STREAM.stream().anyMatch(query -> QueryMix.COUNTRY_FILTER.equals(query.filterValue())));
    }

    @Test
    void wordsComeFromTheirRankBands() {
        List<String> common = QueryStream.band(VOCABULARY, QueryStream.COMMON_FROM, QueryStream.COMMON_TO);
        List<String> mid = QueryStream.band(VOCABULARY, QueryStream.MID_FROM, QueryStream.MID_TO);
        List<String> rare = QueryStream.band(VOCABULARY, QueryStream.RARE_FROM, Vocabulary.SIZE);
        for (QueryMix.Query query : STREAM) {
            String text = query.text();
            switch (query.kind()) {
                case COMMON -> assertTrue(common.contains(text), text);
                case MID -> assertTrue(mid.contains(text), text);
                case RARE -> assertTrue(rare.contains(text), text);
                case AND -> assertTrue(mid.contains(text.split(" ")[1]) && text.split(" ").length == 2, text);
                case PHRASE -> assertTrue(text.startsWith("\"") && text.endsWith("\"")
                        && text.split(" ").length == 2, text);
            }
        }
        assertTrue(common.contains(QueryMix.wordFrom(VOCABULARY, 14)), "the mix's common word is in the band");
        assertTrue(mid.contains(QueryMix.wordFrom(VOCABULARY, 400)), "the mix's mid word is in the band");
    }

    @Test
    void phrasesAreWordsTheGeneratorWritesSideBySide() {
        PageGenerator generator = new PageGenerator(42);
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            corpus.append(generator.page(i).article().toLowerCase(Locale.ROOT).replace(",", "")).append('\n');
        }
        List<String> phrases = STREAM.stream().filter(query -> query.kind() == QueryMix.Kind.PHRASE)
                .map(query -> query.text().replace("\"", "").toLowerCase(Locale.ROOT)).distinct()
                .limit(300).toList();
        long found = phrases.stream().filter(phrase -> corpus.indexOf(phrase) >= 0).count();
        // Two common words meet by chance, and 300 pages hold only some names: most phrases, not all.
        assertTrue(found > 0.4 * phrases.size(), found + " of " + phrases.size() + " phrases found in 300 pages");
    }
}
