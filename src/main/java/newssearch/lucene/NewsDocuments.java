package newssearch.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

import newssearch.index.NewsSchema;
import newssearch.index.StoredHashes;
import newssearch.index.StoredValues;
import newssearch.item.gazetteer.IssuerNames;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.people.NamedPeople;
import newssearch.item.people.PersonKey;
import newssearch.item.Quote;

/** Converts between a {@link NewsItem} and its Lucene {@link Document}, both ways. */
public final class NewsDocuments {

    /** Only whether a word occurs matters for spelling: no frequencies, positions or norms to store. */
    private static final FieldType SPELLING = spellingType();
    private static final int MAX_COMPLETION_CHARS = 1000;
    private static final Pattern HEX_HASH = Pattern.compile("(?:[0-9a-f]{2})+");
    private static final Set<String> QUOTE_SOURCE_STORED = Set.of(NewsSchema.ID, NewsSchema.TITLE,
            NewsSchema.DATE_ISO, NewsSchema.PERSON_ROLE, NewsSchema.QUOTES, NewsSchema.BODY);
    /**
     * Title and lead keep their offsets in the postings, so that the highlighter reads where the words are instead
     * of analysing every hit's text again (which was two thirds of a search's time).
     */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedTextType();
    /**
     * The body keeps positions only: its offsets were a seventh of the index, and a snippet comes from the body only
     * for the hits whose lead does not match, whose body the highlighter then analyses again.
     */
    private static final FieldType BODY_TEXT = TextField.TYPE_STORED;
    /**
     * A quotation's words: searched, and highlighted by analysing them again (they are a sentence or two); stored
     * only in the item's document.
     */
    private static final FieldType QUOTE_TEXT = TextField.TYPE_NOT_STORED;
    /** The dimensions a quotation is counted by; of its item's other dimensions it keeps only what filters need. */
    private static final Set<String> QUOTE_COUNTED = Set.copyOf(NewsSchema.QUOTE_DIMENSIONS);

    private NewsDocuments() {
    }

    /**
     * The documents for {@code item}, a block written at once ({@link ItemBlocks}): one per quotation, then the
     * item's, all carrying the item's id in {@link NewsSchema#ITEM_REF} so that they are replaced and deleted
     * together. Only the item's document stores anything; a quotation's reader finds it there ({@link #quoteSource}).
     */
    public static List<Document> toDocuments(NewsItem item, String hash) throws IOException {
        return toDocuments(item, hash, Optional.empty());
    }

    /** As {@link #toDocuments(NewsItem, String)}, the item's document with its embedding when there is one. */
    public static List<Document> toDocuments(NewsItem item, String hash, Optional<float[]> vector)
            throws IOException {
        List<Document> docs = new ArrayList<>();
        // Worked out once for the item, not again for each of its quotations.
        Map<String, String> keys = item.quotes().isEmpty() ? Map.of() : PersonKey.of(item.people());
        List<String> issuers = IssuerNames.canonical(item.issuers());
        for (Quote quote : item.quotes()) {
            docs.add(quoteDocument(item, quote, keys, issuers));
        }
        Document itemDoc = toDocument(item, hash);
        // The item's alone: a quotation found by meaning is a search of its own, and its block finds the item.
        vector.ifPresent(v -> itemDoc.add(vectorField(v)));
        docs.add(itemDoc);
        return docs;
    }

    /**
     * The embedding in an HNSW graph. Dot product: the vectors have length 1, so it is their cosine without
     * dividing by norms on every comparison.
     */
    static KnnFloatVectorField vectorField(float[] vector) {
        return new KnnFloatVectorField(NewsSchema.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT);
    }

    /** The item's document, with its facets built. */
    public static Document toDocument(NewsItem item, String hash) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(NewsSchema.ID, item.id(), Field.Store.YES));
        doc.add(new StringField(NewsSchema.KIND, NewsSchema.KIND_ITEM, Field.Store.NO));
        doc.add(new StringField(NewsSchema.ITEM_REF, item.id(), Field.Store.NO));
        String body = String.join("\n", item.body());
        // Stored only here: the item, its export and its quotations' hits read this one document.
        for (Quote quote : item.quotes()) {
            doc.add(StoredQuotes.field(quote, body));
        }
        // Only ever read back, never searched: stored, as its 32 bytes when it is the hex of a SHA-256.
        doc.add(HEX_HASH.matcher(hash).matches()
                ? new StoredField(NewsSchema.HASH, HexFormat.of().parseHex(hash))
                : new StoredField(NewsSchema.HASH, hash));
        doc.add(new StoredField(NewsSchema.FILE, item.file()));
        item.contentType().ifPresent(type -> doc.add(new StoredField(NewsSchema.CONTENT_TYPE, type)));
        doc.add(new Field(NewsSchema.TITLE, item.title(), HIGHLIGHTED_TEXT));
        doc.add(new Field(NewsSchema.LEAD, item.lead(), HIGHLIGHTED_TEXT));
        doc.add(new Field(NewsSchema.BODY, body, BODY_TEXT));
        doc.add(new Field(NewsSchema.SPELL, item.title() + "\n" + item.lead(), SPELLING));
        addNames(doc, NewsSchema.PERSON, item.people().stream().map(Person::name).toList());
        for (Person person : item.people()) {
            doc.add(new StoredField(NewsSchema.PERSON_ROLE, StoredValues.person(person)));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_PERSON, person.name()));
        }
        // Whole terms, not text: the people and office views find an item by an exact key or office.
        NamedPeople named = NamedPeople.of(item);
        named.distinctKeys().forEach(key -> doc.add(new StringField(NewsSchema.PERSON_KEY, key, Field.Store.NO)));
        for (String office : named.distinctOffices()) {
            doc.add(new StringField(NewsSchema.OFFICE, office, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(NewsSchema.OFFICE, new BytesRef(office)));
        }
        for (String holding : named.holdings()) {
            doc.add(new SortedSetDocValuesField(NewsSchema.OFFICE_HOLDER, new BytesRef(holding)));
        }
        addNames(doc, NewsSchema.PLACE, item.places());
        item.places().forEach(place -> doc.add(new StoredField(NewsSchema.PLACE, place)));
        addNames(doc, NewsSchema.COUNTRY, item.countries());
        for (String country : item.countries()) {
            doc.add(new StoredField(NewsSchema.COUNTRY, country));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_COUNTRY, country));
        }
        addNames(doc, NewsSchema.ISSUER, item.issuers());
        item.issuers().forEach(issuer -> doc.add(new StoredField(NewsSchema.ISSUER, issuer)));
        // Counted and filtered by the body's one name; the item shows the name its page writes.
        for (String issuer : IssuerNames.canonical(item.issuers())) {
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_ISSUER, issuer));
        }
        for (String field : item.fieldsOfWork()) {
            doc.add(new StoredField(NewsSchema.FIELD_OF_WORK, field));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_FIELD_OF_WORK, field));
        }
        doc.add(new StoredField(NewsSchema.DATE_SOURCE, item.date().source().label()));
        addDate(doc, item);
        item.date().date().ifPresent(date -> doc.add(new StoredField(NewsSchema.DATE_ISO, date.toString())));
        addCompletions(doc, item);
        PeopleValues.add(doc, item, named.mentions());
        return LuceneSchema.facetsConfig().build(doc);
    }

    /**
     * A quotation's document, which stores nothing: the quoted words to search, the speaker to filter and count
     * by, and the item's date and facet values, so that the item filters narrow quotations too. Only the dimensions
     * quotations are counted by are doc values; the others are drill-down terms alone, which filters match.
     * {@code title:} reaches the item's title through the block.
     */
    private static Document quoteDocument(NewsItem item, Quote quote, Map<String, String> keys,
                                          List<String> issuers) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(NewsSchema.KIND, NewsSchema.KIND_QUOTE, Field.Store.NO));
        doc.add(new StringField(NewsSchema.ITEM_REF, item.id(), Field.Store.NO));
        doc.add(new Field(NewsSchema.QUOTE, quote.text(), QUOTE_TEXT));
        // Lucene wants the facet field's doc values in every document that has the field: a quotation without a
        // value it is counted by keeps the others as doc values too.
        boolean hasCountedValue = quote.speaker().isPresent() || item.date().date().isPresent();
        quote.speaker().ifPresent(speaker -> {
            doc.add(new TextField(NewsSchema.PERSON, speaker, Field.Store.NO));
            addQuoteFacet(doc, NewsSchema.DIM_PERSON, speaker, hasCountedValue);
            // The speaker's key, as on the item: a person filter finds every writing of the name.
            String key = keys.get(speaker);
            doc.add(new StringField(NewsSchema.PERSON_KEY, key != null ? key : PersonKey.of(speaker),
                    Field.Store.NO));
        });
        item.countries().forEach(c -> addQuoteFacet(doc, NewsSchema.DIM_COUNTRY, c, hasCountedValue));
        issuers.forEach(i -> addQuoteFacet(doc, NewsSchema.DIM_ISSUER, i, hasCountedValue));
        item.fieldsOfWork().forEach(f -> addQuoteFacet(doc, NewsSchema.DIM_FIELD_OF_WORK, f, hasCountedValue));
        item.date().date().ifPresent(date -> {
            doc.add(new LongField(NewsSchema.DATE, date.toEpochDay(), Field.Store.NO));
            addQuoteFacet(doc, NewsSchema.DIM_YEAR, year(date), hasCountedValue);
            addQuoteFacet(doc, NewsSchema.DIM_MONTH, month(date), hasCountedValue);
        });
        return LuceneSchema.facetsConfig().build(doc);
    }

    /**
     * A facet value of a quotation: counted when quotations are counted by {@code dim}, else only filtered by,
     * unless the quotation has no counted value at all.
     */
    private static void addQuoteFacet(Document doc, String dim, String value, boolean hasCountedValue) {
        if (QUOTE_COUNTED.contains(dim) || !hasCountedValue) {
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        } else {
            String field = LuceneSchema.facetsConfig().getDimConfig(dim).indexFieldName;
            doc.add(new StringField(field, DrillDownQuery.term(field, dim, value).bytes(), Field.Store.NO));
        }
    }

    /**
     * The names of a multi-valued field analysed as one text, one name to a line: the terms and positions that one
     * field per name gives (no gap between values either way), in one pass of the analyzer instead of one per name.
     */
    private static void addNames(Document doc, String field, List<String> names) {
        if (!names.isEmpty()) {
            doc.add(new TextField(field, String.join("\n", names), Field.Store.NO));
        }
    }

    /** The item's date to filter and sort by, and counted by year and month; nothing when it has none. */
    private static void addDate(Document doc, NewsItem item) {
        item.date().date().ifPresent(date -> {
            doc.add(new LongField(NewsSchema.DATE, date.toEpochDay(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_YEAR, year(date)));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_MONTH, month(date)));
        });
    }

    private static String year(LocalDate date) {
        return Integer.toString(date.getYear());
    }

    /** "2024-11". */
    private static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    private static void addCompletions(Document doc, NewsItem item) {
        List<String> entries = new ArrayList<>();
        entries.add(item.title());
        item.people().forEach(person -> entries.add(person.name()));
        entries.addAll(item.places());
        entries.addAll(item.countries());
        for (String entry : entries) {
            // Doc values hold at most 32766 bytes a value; no title or name comes near, but a broken page might.
            if (entry.length() <= MAX_COMPLETION_CHARS) {
                doc.add(new SortedSetDocValuesField(NewsSchema.COMPLETION, new BytesRef(entry)));
            }
        }
    }

    /** The item a stored document holds. */
    public static NewsItem toItem(Document doc) {
        String body = doc.get(NewsSchema.BODY);
        return new NewsItem(
                doc.get(NewsSchema.ID),
                doc.get(NewsSchema.FILE),
                Optional.ofNullable(doc.get(NewsSchema.CONTENT_TYPE)),
                doc.get(NewsSchema.TITLE),
                doc.get(NewsSchema.LEAD),
                body == null || body.isEmpty() ? List.of() : Arrays.asList(body.split("\n")),
                StoredValues.date(doc.get(NewsSchema.DATE_ISO), doc.get(NewsSchema.DATE_SOURCE)),
                List.of(doc.getValues(NewsSchema.ISSUER)),
                List.of(doc.getValues(NewsSchema.FIELD_OF_WORK)),
                people(doc),
                List.of(doc.getValues(NewsSchema.PLACE)),
                List.of(doc.getValues(NewsSchema.COUNTRY)),
                quotes(doc, body == null ? "" : body));
    }

    private static List<Quote> quotes(Document doc, String body) {
        return Arrays.stream(doc.getFields(NewsSchema.QUOTES)).map(stored -> StoredQuotes.read(stored, body))
                .toList();
    }

    /** The page's hash a stored item document holds, as the indexer gave it. */
    public static String hash(Document doc) {
        IndexableField hash = doc.getField(NewsSchema.HASH);
        if (hash == null) {
            return null;
        }
        BytesRef bytes = hash.binaryValue();
        return bytes == null ? hash.stringValue()
                : HexFormat.of().formatHex(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    }

    /**
     * The SHA-256 a stored item document holds as its 32 bytes, as the indexer's hex hash is stored; empty when
     * the document holds another hash, or none ({@link #hash} reads those).
     */
    public static Optional<byte[]> sha256(Document doc) {
        IndexableField hash = doc.getField(NewsSchema.HASH);
        BytesRef bytes = hash == null ? null : hash.binaryValue();
        return bytes == null || bytes.length != StoredHashes.DIGEST_BYTES ? Optional.empty()
                : Optional.of(Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
    }

    /**
     * What a quotation shows of its item, read from the item's document {@code itemDoc}: the id, title, date, the
     * people with their roles, and the quotations themselves (with the body, where most are stored as places).
     */
    static QuoteSource quoteSource(StoredFields stored, int itemDoc) throws IOException {
        Document doc = stored.document(itemDoc, QUOTE_SOURCE_STORED);
        String iso = doc.get(NewsSchema.DATE_ISO);
        String body = doc.get(NewsSchema.BODY);
        return new QuoteSource(doc.get(NewsSchema.ID), doc.get(NewsSchema.TITLE),
                iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso)), people(doc),
                quotes(doc, body == null ? "" : body));
    }

    /** The item's id, title, date, people and quotations, as a quotation shows them. */
    record QuoteSource(String id, String title, Optional<LocalDate> date, List<Person> people, List<Quote> quotes) {

        /** The role the item gives {@code speaker}, as {@link NewsItem#roleOf} does. */
        public Optional<String> roleOf(String speaker) {
            return Person.roleOf(people, speaker);
        }
    }

    private static List<Person> people(Document doc) {
        return Arrays.stream(doc.getValues(NewsSchema.PERSON_ROLE)).map(StoredValues::person).toList();
    }

    private static FieldType highlightedTextType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType spellingType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
