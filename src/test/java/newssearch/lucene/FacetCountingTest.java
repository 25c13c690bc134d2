package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;
import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;
import newssearch.item.gazetteer.StateAliases;
import newssearch.search.FacetCount;
import newssearch.search.QuoteResult;
import newssearch.search.SearchFields;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;
import newssearch.search.SortOrder;
import newssearch.search.UserQueryParser;

/**
 * The search's own facet counting (SidewaysMatches, KindFacets, FacetedSearch) against Lucene's facet module on the
 * same reader: DrillSideways with filters, SortedSetDocValuesFacetCounts without. The index has several segments,
 * deleted and replaced items, quotations beside their items, and words and facet values common and rare, so that
 * match sets of more and of less than half of the items are both counted.
 */
class FacetCountingTest {

    private static final long SEED = 20_261_205L;
    /** Words by the share of items that hold them: over half and under half of the items alike. */
    private static final Map<String, Double> WORDS = wordShares();
    private static final List<String> COUNTRIES = List.of("Moldova", "Germany", "Czechia", "Türkiye", "Austria",
            "Serbia");
    private static final double[] COUNTRY_SHARES = {0.7, 0.4, 0.2, 0.1, 0.05, 0.03};
    private static final List<String> FIELDS = List.of("Elections", "Policing", "Border management", "Youth",
            "Cyber/ICT Security");
    private static final double[] FIELD_SHARES = {0.6, 0.3, 0.15, 0.08, 0.04};
    private static final List<String> ISSUERS = List.of("OSCE Secretariat", "ODIHR", "OSCE Mission to Moldova",
            "HCNM");
    private static final List<String> PEOPLE = List.of("Jane Doe", "John Roe", "Ana Popescu", "Jan Novák",
            "Ivan Petrov", "Maria Weber");
    /** Speaks in quotations only, never one of its item's people: no item may count it. */
    private static final String QUOTED_ONLY = "Quinn Only";
    private static final List<String> QUERIES = List.of("", "report", "lantern", "meadow", "harbor", "pebble",
            "violet", "lantern meadow", "meadow -harbor", "-pebble", "zzyzx", "lantern OR violet");
    private static final List<String> QUOTE_QUERIES = List.of("", "lantern", "said -lantern", "violet OR timber");

    private static Directory directory;
    private static LuceneSearch search;
    private static DirectoryReader reader;
    private static IndexSearcher reference;
    private static SortedSetDocValuesReaderState state;
    private static int liveItems;
    /** Every item's values, by dimension, to draw filters from. */
    private static Map<String, List<FacetCount>> itemCounts;
    private static final UserQueryParser parser = new UserQueryParser(StateAliases.bundled());
    private static final LuceneQueries queries = new LuceneQueries(LuceneSchema.queryAnalyzer());

    private static Map<String, Double> wordShares() {
        Map<String, Double> words = new LinkedHashMap<>();
        words.put("lantern", 0.9);
        words.put("meadow", 0.65);
        words.put("harbor", 0.45);
        words.put("pebble", 0.25);
        words.put("violet", 0.08);
        words.put("timber", 0.02);
        return words;
    }

    @BeforeAll
    static void index() throws IOException {
        Random random = new Random(SEED);
        directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(LuceneSchema.indexAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE);
        Map<String, NewsItem> live = new LinkedHashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 120; i++) {
                NewsItem item = randomItem(random, "i" + i);
                writer.addDocuments(NewsDocuments.toDocuments(item, "hash-" + item.id()));
                live.put(item.id(), item);
                if (i % 20 == 19) {
                    writer.commit();
                    // Deleted and replaced items in the segments already written, their quotations with them.
                    TestItems.deleteOneReplaceAnother(writer, live, random, id -> randomItem(random, id));
                }
            }
            writer.commit();
        }
        liveItems = live.size();
        search = LuceneSearch.open(directory, "memory", Duration.ofMinutes(5));
        reader = DirectoryReader.open(directory);
        reference = new IndexSearcher(reader);
        String facetField = LuceneSchema.facetsConfig().getDimConfig(NewsSchema.DIM_COUNTRY).indexFieldName;
        state = new DefaultSortedSetDocValuesReaderState(reader, facetField, LuceneSchema.facetsConfig());
        itemCounts = expected(LuceneSearch.ALL_ITEMS, Map.of(), NewsSchema.DIMENSIONS).facets();
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        // Closes the directory too.
        search.close();
    }

    private static NewsItem randomItem(Random random, String id) {
        StringBuilder body = new StringBuilder("The mission wrote");
        WORDS.forEach((word, share) -> {
            if (random.nextDouble() < share) {
                body.append(' ').append(word);
            }
        });
        List<String> countries = some(random, COUNTRIES, COUNTRY_SHARES);
        List<String> fields = some(random, FIELDS, FIELD_SHARES);
        List<String> issuers = new ArrayList<>();
        issuers.add(ISSUERS.get(Math.min(random.nextInt(5), ISSUERS.size() - 1)));
        if (random.nextInt(6) == 0) {
            String second = ISSUERS.get(random.nextInt(ISSUERS.size()));
            if (!issuers.contains(second)) {
                issuers.add(second);
            }
        }
        List<Person> people = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            String name = PEOPLE.get(random.nextInt(PEOPLE.size()));
            if (people.stream().noneMatch(person -> person.name().equals(name))) {
                people.add(Person.of(name, "Head of something"));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            String words = "said " + List.copyOf(WORDS.keySet()).get(random.nextInt(WORDS.size()));
            int who = random.nextInt(people.size() + 2);
            String speaker = who < people.size() ? people.get(who).name() : who == people.size() ? QUOTED_ONLY : null;
            quotes.add(Quote.of(words, speaker));
        }
        ItemDate date = random.nextInt(8) == 0
                ? ItemDate.none()
                : ItemDate.of(LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        DateSource.METADATA);
        return new NewsItem(id, id + ".txt", Optional.of("News Item"), "Report " + id, "A short lead.",
                List.of(body.toString()), date, issuers, fields, people, List.of(), countries, quotes);
    }

    private static List<String> some(Random random, List<String> values, double[] shares) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (random.nextDouble() < shares[i]) {
                chosen.add(values.get(i));
            }
        }
        return chosen;
    }

    @Test
    void theIndexHasWhatTheComparisonNeeds() {
        assertTrue(reader.leaves().size() >= 5, "segments: " + reader.leaves().size());
        assertTrue(reader.numDeletedDocs() > 0, "no deleted documents");
    }

    /**
     * Every item search's total and counts of every value are Lucene's; a search that shows the top values only
     * shows the first of them, ties at the limit taken in the values' order as Lucene's top children take them.
     */
    @Test
    void itemCountsAreDrillSideways() throws IOException {
        Random random = new Random(SEED + 1);
        int overHalf = 0;
        int underHalf = 0;
        int tiesAtTheCut = 0;
        for (String text : QUERIES) {
            for (Map<String, List<String>> filters : filterSets(random)) {
                SearchRequest request = request(text, filters, random);
                Query base = LuceneSearch.withDateRange(
                        LuceneSearch.onlyItems(queries.render(parser.parse(text), SearchFields.ITEMS)), request);
                Expected expected = expected(base, filters, NewsSchema.DIMENSIONS);
                SearchResult result = search.search(request);
                assertEquals(expected.total(), result.total(), request.toString());
                assertEquals(expected.facets(), result.facets(), request.toString());

                int limit = 1 + random.nextInt(4);
                SearchRequest limited = new SearchRequest(text, filters, request.from(), request.to(),
                        request.sort(), 1, 1, limit, Map.of(NewsSchema.DIM_MONTH, limit + 3));
                Map<String, List<FacetCount>> top = search.search(limited).facets();
                for (String dim : NewsSchema.DIMENSIONS) {
                    List<FacetCount> values = expected.facets().get(dim);
                    int cut = limited.facetLimit(dim);
                    assertEquals(values.subList(0, Math.min(cut, values.size())), top.get(dim), limited + " " + dim);
                    if (values.size() > cut && values.get(cut - 1).count() == values.get(cut).count()) {
                        tiesAtTheCut++;
                    }
                }

                long matches = reference.count(base);
                if (matches * 2 > liveItems) {
                    overHalf++;
                } else if (matches > 0) {
                    underHalf++;
                }
            }
        }
        assertEquals(liveItems, search.search(SearchRequest.of("")).total());
        assertTrue(overHalf > 10 && underHalf > 10, "over half: " + overHalf + ", under half: " + underHalf);
        assertTrue(tiesAtTheCut > 20, "ties at the cut: " + tiesAtTheCut);
    }

    @Test
    void quotationCountsAreDrillSideways() throws IOException {
        Random random = new Random(SEED + 2);
        for (String text : QUOTE_QUERIES) {
            for (Map<String, List<String>> filters : filterSets(random)) {
                SearchRequest request = request(text, filters, random);
                QuoteResult result = search.quotes(request);
                Query base = LuceneSearch.withDateRange(onlyQuotes(
                        queries.render(parser.parse(text), SearchFields.QUOTES)), request);
                Expected expected = expected(base, filters, NewsSchema.QUOTE_DIMENSIONS);
                assertEquals(expected.total(), result.total(), request.toString());
                assertEquals(expected.facets(), result.facets(), request.toString());
            }
        }
    }

    private static SearchRequest request(String text, Map<String, List<String>> filters, Random random) {
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        if (random.nextInt(5) == 0) {
            from = Optional.of(LocalDate.of(2020 + random.nextInt(2), 1 + random.nextInt(12), 1));
            to = Optional.of(from.get().plusMonths(6 + random.nextInt(24)));
        }
        SortOrder sort = random.nextBoolean() ? SortOrder.RELEVANCE : SortOrder.DATE;
        return new SearchRequest(text, filters, from, to, sort, 1, 1, 0);
    }

    /**
     * Filters of every shape: none, one value, two values of one dimension, two dimensions, three, and a value no
     * document has beside another dimension. Values are drawn from the index, the common more often.
     */
    private static List<Map<String, List<String>>> filterSets(Random random) throws IOException {
        List<Map<String, List<String>>> sets = new ArrayList<>();
        sets.add(Map.of());
        String dim = filterDim(random);
        sets.add(Map.of(dim, List.of(value(random, dim))));
        dim = filterDim(random);
        sets.add(Map.of(dim, distinct(value(random, dim), value(random, dim), value(random, dim))));
        List<String> dims = new ArrayList<>(NewsSchema.DIMENSIONS);
        Collections.shuffle(dims, random);
        sets.add(Map.of(dims.get(0), List.of(value(random, dims.get(0))),
                dims.get(1), List.of(value(random, dims.get(1)))));
        sets.add(Map.of(dims.get(2), List.of(value(random, dims.get(2))),
                dims.get(3), distinct(value(random, dims.get(3)), value(random, dims.get(3))),
                dims.get(4), List.of(value(random, dims.get(4)))));
        sets.add(Map.of(NewsSchema.DIM_COUNTRY, List.of("Atlantis"),
                NewsSchema.DIM_FIELD_OF_WORK, List.of(value(random, NewsSchema.DIM_FIELD_OF_WORK))));
        return sets;
    }

    private static String filterDim(Random random) {
        return NewsSchema.DIMENSIONS.get(random.nextInt(NewsSchema.DIMENSIONS.size()));
    }

    /** A value of {@code dim} picked in proportion to how many items hold it. */
    private static String value(Random random, String dim) throws IOException {
        List<FacetCount> counts = itemCounts.get(dim);
        long total = counts.stream().mapToLong(FacetCount::count).sum();
        long pick = (long) (random.nextDouble() * total);
        for (FacetCount count : counts) {
            pick -= count.count();
            if (pick < 0) {
                return count.value();
            }
        }
        return counts.get(counts.size() - 1).value();
    }

    private static List<String> distinct(String... values) {
        return List.of(values).stream().distinct().toList();
    }

    private static Query onlyQuotes(Query text) {
        return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(NewsSchema.KIND, NewsSchema.KIND_QUOTE)), BooleanClause.Occur.FILTER)
                .build();
    }

    private record Expected(long total, Map<String, List<FacetCount>> facets) {
    }

    /** What Lucene's facet module counts for {@code base} within {@code filters}, every value of each dimension. */
    private static Expected expected(Query base, Map<String, List<String>> filters, List<String> dims)
            throws IOException {
        Facets facets;
        long total;
        if (filters.isEmpty()) {
            total = reference.count(base);
            FacetsCollector matches = reference.search(base, new FacetsCollectorManager());
            facets = new SortedSetDocValuesFacetCounts(state, matches);
        } else {
            DrillDownQuery drillDown = new DrillDownQuery(LuceneSchema.facetsConfig(), base);
            filters.forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
            total = reference.count(drillDown);
            DrillSideways sideways = new DrillSideways(reference, LuceneSchema.facetsConfig(), state);
            facets = sideways.search(drillDown, new TopScoreDocCollectorManager(1, 1)).facets;
        }
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        for (String dim : dims) {
            counts.put(dim, values(facets, dim));
        }
        return new Expected(total, counts);
    }

    private static List<FacetCount> values(Facets facets, String dim) throws IOException {
        if (state.getOrdRange(dim) == null) {
            return List.of();
        }
        FacetResult result = facets.getAllChildren(dim);
        if (result == null) {
            return List.of();
        }
        List<FacetCount> values = new ArrayList<>();
        for (LabelAndValue labelAndValue : result.labelValues) {
            values.add(new FacetCount(labelAndValue.label, labelAndValue.value.longValue()));
        }
        values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return values;
    }
}
