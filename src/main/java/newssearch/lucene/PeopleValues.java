package newssearch.lucene;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import newssearch.index.NewsSchema;
import newssearch.item.NewsItem;
import newssearch.item.people.Mention;
import newssearch.search.Holding;
import newssearch.search.ItemPeople;

/**
 * The people's views read from doc values, without a stored document: a person's items with the names they give
 * people ({@link LuceneSchema#MENTION}, {@link LuceneSchema#ROLE}, {@link NewsSchema#OFFICE}), their id, title
 * ({@link LuceneSchema#TITLE_PLACE}), date and countries, and an office's holders ({@link NewsSchema#OFFICE_HOLDER}).
 * A value many items share (a person as written, a role, a holding, a country) is one ordinal of a segment, decoded
 * the first time it is read and kept while the segment is open; an item's own (id, title) is kept softly, so that
 * what is always kept grows with the people and roles, not with the items. Nothing is copied into a name: it points
 * to its role and office among the item's values, and the title is found among the item's completions, so the
 * index grows by about 1%.
 */
final class PeopleValues {

    private static final String SEPARATOR = String.valueOf(NewsSchema.ROLE_SEPARATOR);
    private static final String COUNTRY_FIELD =
            LuceneSchema.facetsConfig().getDimConfig(NewsSchema.DIM_COUNTRY).indexFieldName;
    /** How a country's facet value starts: its dimension and the facets' separator. */
    private static final String COUNTRY_PREFIX = NewsSchema.DIM_COUNTRY + FacetsConfig.DELIM_CHAR;

    /** Decoded values by segment, then by field; an item's own values softly, the heap's to take back. */
    private final Map<IndexReader.CacheKey, Map<String, Object>> decoded = new ConcurrentHashMap<>();

    /**
     * Adds what a person's view reads of an item: the id, each name (its rank among the writings of its person in
     * the item keeps their order through the sorting of the values, and is nearly always 0, so that items share the
     * value), the roles, and where the title is among the completions, which {@code doc} must hold already.
     */
    static void add(Document doc, NewsItem item, List<Mention> mentions) {
        doc.add(new SortedDocValuesField(NewsSchema.ID, new BytesRef(item.id())));
        List<BytesRef> roles = sortedDistinct(mentions.stream().map(Mention::role));
        List<BytesRef> offices = sortedDistinct(mentions.stream().map(Mention::office));
        roles.forEach(role -> doc.add(new SortedSetDocValuesField(LuceneSchema.ROLE, role)));
        Map<String, Integer> ranks = new HashMap<>();
        for (Mention mention : mentions) {
            int rank = ranks.merge(mention.key(), 1, Integer::sum) - 1;
            doc.add(new SortedSetDocValuesField(LuceneSchema.MENTION, new BytesRef(String.join(SEPARATOR,
                    mention.key(), Integer.toString(rank), mention.name(), Integer.toString(mention.quotes()),
                    place(roles, mention.role()), place(offices, mention.office())))));
        }
        TreeSet<BytesRef> completions = new TreeSet<>();
        for (IndexableField completion : doc.getFields(NewsSchema.COMPLETION)) {
            completions.add(completion.binaryValue());
        }
        if (completions.contains(new BytesRef(item.title()))) {
            doc.add(new NumericDocValuesField(LuceneSchema.TITLE_PLACE,
                    completions.headSet(new BytesRef(item.title())).size()));
        }
    }

    private static List<BytesRef> sortedDistinct(Stream<Optional<String>> values) {
        return values.flatMap(Optional::stream).map(BytesRef::new).distinct().sorted().toList();
    }

    private static String place(List<BytesRef> values, Optional<String> value) {
        return value.map(v -> Integer.toString(values.indexOf(new BytesRef(v)))).orElse("");
    }

    /** The people of every item that names the person of {@code key}. */
    List<ItemPeople> itemPeople(IndexSearcher searcher, String key) throws IOException {
        List<ItemPeople> items = new ArrayList<>();
        Weight weight = weight(searcher, new Term(NewsSchema.PERSON_KEY, key));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            LeafReader reader = leaf.reader();
            if (reader.getFieldInfos().fieldInfo(LuceneSchema.MENTION) == null) {
                // Written before the names were kept as doc values: read its items until the next reindex.
                itemsFromStoredFields(reader, scorer.iterator(), items);
                continue;
            }
            new ItemReader(reader).readAll(scorer.iterator(), items);
        }
        return items;
    }

    /** One segment's values of a person's items. */
    private final class ItemReader {
        private final LeafReader reader;
        private final SortedDocValues ids;
        private final NumericDocValues titlePlaces;
        private final SortedSetDocValues completions;
        private final SortedSetDocValues mentions;
        private final SortedSetDocValues roles;
        private final SortedSetDocValues offices;
        private final SortedNumericDocValues dates;
        private final SortedSetDocValues facets;
        private final long[] countryOrds;
        private final Decoded<Written> mentionValues;
        private final Decoded<String> idValues;
        private final Decoded<String> titleValues;
        private final Decoded<String> roleValues;
        private final Decoded<String> officeValues;
        private final Decoded<String> countryValues;
        private StoredFields stored;

        ItemReader(LeafReader reader) throws IOException {
            this.reader = reader;
            ids = DocValues.getSorted(reader, NewsSchema.ID);
            titlePlaces = DocValues.getNumeric(reader, LuceneSchema.TITLE_PLACE);
            completions = DocValues.getSortedSet(reader, NewsSchema.COMPLETION);
            mentions = DocValues.getSortedSet(reader, LuceneSchema.MENTION);
            roles = DocValues.getSortedSet(reader, LuceneSchema.ROLE);
            offices = DocValues.getSortedSet(reader, NewsSchema.OFFICE);
            dates = DocValues.getSortedNumeric(reader, NewsSchema.DATE);
            facets = DocValues.getSortedSet(reader, COUNTRY_FIELD);
            countryOrds = prefixOrds(facets, COUNTRY_PREFIX);
            idValues = softlyDecoded(reader, NewsSchema.ID, new long[] {0, ids.getValueCount()});
            titleValues = softlyDecoded(reader, NewsSchema.COMPLETION, all(completions));
            mentionValues = decoded(reader, LuceneSchema.MENTION, all(mentions), Written.decoder());
            roleValues = decoded(reader, LuceneSchema.ROLE, all(roles), Function.identity());
            officeValues = decoded(reader, NewsSchema.OFFICE, all(offices), Function.identity());
            countryValues = decoded(reader, COUNTRY_FIELD, countryOrds,
                    path -> path.substring(COUNTRY_PREFIX.length()));
        }

        void readAll(DocIdSetIterator docs, List<ItemPeople> items) throws IOException {
            Bits live = reader.getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                // A quotation's document holds its speaker's key too, and no id doc value.
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    Optional<LocalDate> date = dates.advanceExact(doc)
                            ? Optional.of(LocalDate.ofEpochDay(dates.nextValue())) : Optional.empty();
                    String id = idValues.get(ord -> ids.lookupOrd((int) ord), ids.ordValue());
                    items.add(new ItemPeople(id, title(doc), date, mentions(doc), countries(doc)));
                }
            }
        }

        private String title(int doc) throws IOException {
            if (titlePlaces.advanceExact(doc) && completions.advanceExact(doc)) {
                long place = titlePlaces.longValue();
                for (int i = 0; i < place; i++) {
                    completions.nextOrd();
                }
                return titleValues.get(completions::lookupOrd, completions.nextOrd());
            }
            // Too long to be a completion: read from the item, as rarely as such titles are.
            if (stored == null) {
                stored = reader.storedFields();
            }
            return stored.document(doc, Set.of(NewsSchema.TITLE)).get(NewsSchema.TITLE);
        }

        /**
         * Each person's writings in the item's order: the values sort by key, then by rank as text, which is the
         * rank's order below ten writings of one person in one item.
         */
        private List<Mention> mentions(int doc) throws IOException {
            if (!mentions.advanceExact(doc)) {
                return List.of();
            }
            int count = mentions.docValueCount();
            List<Written> written = new ArrayList<>(count);
            boolean ranksPastNine = false;
            boolean anyRole = false;
            boolean anyOffice = false;
            for (int i = 0; i < count; i++) {
                Written one = mentionValues.get(mentions::lookupOrd, mentions.nextOrd());
                written.add(one);
                ranksPastNine |= one.rank() > 9;
                anyRole |= one.role() != Written.NONE;
                anyOffice |= one.office() != Written.NONE;
            }
            if (ranksPastNine) {
                written.sort(Comparator.comparing(Written::key).thenComparingInt(Written::rank));
            }
            List<String> itemRoles = anyRole ? values(roles, roleValues, doc) : List.of();
            List<String> itemOffices = anyOffice ? values(offices, officeValues, doc) : List.of();
            Mention[] people = new Mention[count];
            for (int i = 0; i < count; i++) {
                people[i] = written.get(i).mention(itemRoles, itemOffices);
            }
            return Arrays.asList(people);
        }

        private List<String> countries(int doc) throws IOException {
            if (!facets.advanceExact(doc)) {
                return List.of();
            }
            List<String> countries = new ArrayList<>(2);
            // Ordinals come in order: past the countries' run, no value of the document is a country.
            for (int i = 0; i < facets.docValueCount(); i++) {
                long ord = facets.nextOrd();
                if (ord >= countryOrds[1]) {
                    break;
                }
                if (ord >= countryOrds[0]) {
                    countries.add(countryValues.get(facets::lookupOrd, ord));
                }
            }
            return countries;
        }
    }

    /** A document's values of a sorted set, in their order. */
    private static List<String> values(SortedSetDocValues values, Decoded<String> decoded, int doc)
            throws IOException {
        if (!values.advanceExact(doc)) {
            return List.of();
        }
        List<String> all = new ArrayList<>(values.docValueCount());
        for (int i = 0; i < values.docValueCount(); i++) {
            all.add(decoded.get(values::lookupOrd, values.nextOrd()));
        }
        return all;
    }

    /** A name as an item writes it, its rank among its person's writings, its role and office by their place. */
    private record Written(String key, int rank, String name, int quotes, int role, int office) {

        private static final int NONE = -1;

        /**
         * Decodes a segment's values, each key and name kept once however many values hold it (a person has a value
         * for each count of quotations and place of a role), so that the kept values stay a few bytes each.
         */
        static Function<String, Written> decoder() {
            Map<String, String> kept = new ConcurrentHashMap<>();
            return value -> {
                String[] parts = value.split(SEPARATOR, -1);
                return new Written(kept.computeIfAbsent(parts[0], Function.identity()), Integer.parseInt(parts[1]),
                        kept.computeIfAbsent(parts[2], Function.identity()), Integer.parseInt(parts[3]),
                        parts[4].isEmpty() ? NONE : Integer.parseInt(parts[4]),
                        parts[5].isEmpty() ? NONE : Integer.parseInt(parts[5]));
            };
        }

        Mention mention(List<String> roles, List<String> offices) {
            return new Mention(key, name, role == NONE ? Optional.empty() : Optional.of(roles.get(role)),
                    office == NONE ? Optional.empty() : Optional.of(offices.get(office)), quotes);
        }
    }

    private static void itemsFromStoredFields(LeafReader reader, DocIdSetIterator docs, List<ItemPeople> items)
            throws IOException {
        StoredFields stored = reader.storedFields();
        Bits live = reader.getLiveDocs();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live == null || live.get(doc)) {
                Document document = stored.document(doc);
                if (document.get(NewsSchema.ID) != null) {
                    items.add(ItemPeople.of(NewsDocuments.toItem(document)));
                }
            }
        }
    }

    /** Every holding of {@code office}: its values are one run of ordinals, so no other value is decoded. */
    void holdings(IndexSearcher searcher, String office, Consumer<Holding> each) throws IOException {
        String prefix = office + SEPARATOR;
        Weight weight = weight(searcher, new Term(NewsSchema.OFFICE, office));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            LeafReader reader = leaf.reader();
            SortedSetDocValues holders = DocValues.getSortedSet(reader, NewsSchema.OFFICE_HOLDER);
            SortedNumericDocValues dates = DocValues.getSortedNumeric(reader, NewsSchema.DATE);
            long[] ords = prefixOrds(holders, prefix);
            Decoded<Holding> holdersOf = decoded(reader, NewsSchema.OFFICE_HOLDER, all(holders), holdingDecoder());
            Bits live = reader.getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc) || !holders.advanceExact(doc)) {
                    continue;
                }
                Optional<LocalDate> date = dates.advanceExact(doc)
                        ? Optional.of(LocalDate.ofEpochDay(dates.nextValue())) : Optional.empty();
                for (int i = 0; i < holders.docValueCount(); i++) {
                    long ord = holders.nextOrd();
                    if (ord >= ords[0] && ord < ords[1]) {
                        Holding holder = holdersOf.get(holders::lookupOrd, ord);
                        each.accept(new Holding(date, holder.key(), holder.name()));
                    }
                }
            }
        }
    }

    /**
     * The offices of the live items, from the terms of {@link NewsSchema#OFFICE}: a term stays until a merge after
     * its last document is deleted, so in a segment with deletions a term counts once a live document holds it.
     */
    static List<String> offices(IndexReader reader) throws IOException {
        Set<String> offices = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(NewsSchema.OFFICE);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum each = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                if (live == null) {
                    offices.add(term.utf8ToString());
                    continue;
                }
                postings = each.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live.get(doc)) {
                        offices.add(term.utf8ToString());
                        break;
                    }
                }
            }
        }
        return List.copyOf(offices);
    }

    private static Weight weight(IndexSearcher searcher, Term term) throws IOException {
        return searcher.createWeight(searcher.rewrite(new TermQuery(term)), ScoreMode.COMPLETE_NO_SCORES, 1);
    }

    /** The ordinals {@code [from, to)} of the values that start with {@code prefix}: sorted, they are one run. */
    private static long[] prefixOrds(SortedSetDocValues values, String prefix) throws IOException {
        return new long[] {insertionPoint(values, prefix), insertionPoint(values, prefix + Character.MAX_VALUE)};
    }

    private static long insertionPoint(SortedSetDocValues values, String term) throws IOException {
        long ord = values.lookupTerm(new BytesRef(term));
        return ord >= 0 ? ord : -ord - 1;
    }

    /**
     * Decodes a segment's holdings as records (a value another thread decoded is read through final fields), each
     * key and name kept once however many offices it holds.
     */
    private static Function<String, Holding> holdingDecoder() {
        Map<String, String> kept = new ConcurrentHashMap<>();
        return holding -> {
            String[] parts = holding.split(SEPARATOR, 3);
            return new Holding(Optional.empty(), kept.computeIfAbsent(parts[1], Function.identity()),
                    kept.computeIfAbsent(parts[2], Function.identity()));
        };
    }

    /** Every ordinal of {@code values}. */
    private static long[] all(SortedSetDocValues values) {
        return new long[] {0, values.getValueCount()};
    }

    /** A segment's decoded values of {@code field}, those of ordinals {@code [from, to)}, kept while it is open. */
    @SuppressWarnings("unchecked")
    private <T> Decoded<T> decoded(LeafReader reader, String field, long[] ords, Function<String, T> decode) {
        Map<String, Object> fields = fields(reader);
        return fields == null ? new Decoded<>(ords, decode)
                : (Decoded<T>) fields.computeIfAbsent(field, f -> new Decoded<>(ords, decode));
    }

    /**
     * As {@link #decoded}, for values of one item each (ids, titles): they are as many as the items, so the heap
     * takes them back when it needs the room, and a view then decodes them again.
     */
    @SuppressWarnings("unchecked")
    private Decoded<String> softlyDecoded(LeafReader reader, String field, long[] ords) {
        Map<String, Object> fields = fields(reader);
        if (fields == null) {
            return new Decoded<>(ords, Function.identity());
        }
        SoftReference<Decoded<String>> kept = (SoftReference<Decoded<String>>) fields.compute(field,
                (f, old) -> old != null && ((SoftReference<Decoded<String>>) old).get() != null ? old
                        : new SoftReference<>(new Decoded<>(ords, Function.identity())));
        Decoded<String> values = kept.get();
        return values != null ? values : new Decoded<>(ords, Function.identity());
    }

    /** The decoded values of a segment by field, or null when the segment cannot say when it closes. */
    private Map<String, Object> fields(LeafReader reader) {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        if (cache == null) {
            return null;
        }
        return decoded.computeIfAbsent(cache.getKey(), key -> {
            cache.addClosedListener(decoded::remove);
            return new ConcurrentHashMap<>();
        });
    }

    @FunctionalInterface
    private interface OrdLookup {
        BytesRef lookupOrd(long ord) throws IOException;
    }

    /**
     * The values of one segment's field by ordinal, from a first one on, each decoded the first time it is read. Two
     * threads may decode the same value at once; either result is the same immutable value.
     */
    private static final class Decoded<T> {
        private final long first;
        private final Object[] values;
        private final Function<String, T> decode;

        Decoded(long[] ords, Function<String, T> decode) {
            this.first = ords[0];
            this.values = new Object[Math.toIntExact(ords[1] - ords[0])];
            this.decode = decode;
        }

        @SuppressWarnings("unchecked")
        T get(OrdLookup lookup, long ord) throws IOException {
            int index = (int) (ord - first);
            Object value = values[index];
            if (value == null) {
                value = decode.apply(lookup.lookupOrd(ord).utf8ToString());
                values[index] = value;
            }
            return (T) value;
        }
    }
}
