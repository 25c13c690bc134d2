package newssearch.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import newssearch.index.NewsSchema;
import newssearch.index.StoredValues;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;

/** Converts between a {@link NewsItem} and its Lucene {@link Document}, both ways. */
public final class NewsDocuments {

    /** Only whether a word occurs matters for spelling: no frequencies, positions or norms to store. */
    private static final FieldType SPELLING = spellingType();
    private static final int MAX_COMPLETION_CHARS = 1000;
    /**
     * Title, lead and body keep their offsets in the postings, so that the highlighter reads where the words
     * are instead of analysing every hit's text again (which was two thirds of a search's time).
     */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedTextType();

    private NewsDocuments() {
    }

    /**
     * The documents for {@code item}: the item's, then one per quotation, all carrying the item's id in
     * {@link NewsSchema#ITEM_REF} so that they are replaced and deleted together.
     */
    public static List<Document> toDocuments(NewsItem item, String hash) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.add(toDocument(item, hash));
        for (Quote quote : item.quotes()) {
            docs.add(quoteDocument(item, quote));
        }
        return docs;
    }

    /** The item's document, with its facets built. */
    public static Document toDocument(NewsItem item, String hash) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(NewsSchema.ID, item.id(), Field.Store.YES));
        doc.add(new StringField(NewsSchema.KIND, NewsSchema.KIND_ITEM, Field.Store.NO));
        doc.add(new StringField(NewsSchema.ITEM_REF, item.id(), Field.Store.NO));
        for (Quote quote : item.quotes()) {
            doc.add(new StoredField(NewsSchema.QUOTES, StoredValues.quote(quote)));
        }
        doc.add(new StringField(NewsSchema.HASH, hash, Field.Store.YES));
        doc.add(new StoredField(NewsSchema.FILE, item.file()));
        item.contentType().ifPresent(type -> doc.add(new StoredField(NewsSchema.CONTENT_TYPE, type)));
        doc.add(new Field(NewsSchema.TITLE, item.title(), HIGHLIGHTED_TEXT));
        doc.add(new Field(NewsSchema.LEAD, item.lead(), HIGHLIGHTED_TEXT));
        doc.add(new Field(NewsSchema.BODY, String.join("\n", item.body()), HIGHLIGHTED_TEXT));
        doc.add(new Field(NewsSchema.SPELL, item.title() + "\n" + item.lead(), SPELLING));
        for (Person person : item.people()) {
            doc.add(new TextField(NewsSchema.PERSON, person.name(), Field.Store.NO));
            doc.add(new StoredField(NewsSchema.PERSON_ROLE, StoredValues.person(person)));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_PERSON, person.name()));
        }
        for (String place : item.places()) {
            doc.add(new TextField(NewsSchema.PLACE, place, Field.Store.YES));
        }
        for (String country : item.countries()) {
            doc.add(new TextField(NewsSchema.COUNTRY, country, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_COUNTRY, country));
        }
        for (String issuer : item.issuers()) {
            doc.add(new TextField(NewsSchema.ISSUER, issuer, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_ISSUER, issuer));
        }
        for (String field : item.fieldsOfWork()) {
            doc.add(new StoredField(NewsSchema.FIELD_OF_WORK, field));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_FIELD_OF_WORK, field));
        }
        doc.add(new StoredField(NewsSchema.DATE_SOURCE, item.date().source().label()));
        addDate(doc, item);
        addCompletions(doc, item);
        return LuceneSchema.facetsConfig().build(doc);
    }

    /**
     * A quotation's document: the quoted words to search and highlight, the speaker to filter and count by, and
     * the item's date and facet values, so that the item filters narrow quotations too.
     */
    private static Document quoteDocument(NewsItem item, Quote quote) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(NewsSchema.KIND, NewsSchema.KIND_QUOTE, Field.Store.NO));
        doc.add(new StringField(NewsSchema.ITEM_REF, item.id(), Field.Store.YES));
        doc.add(new Field(NewsSchema.QUOTE, quote.text(), HIGHLIGHTED_TEXT));
        doc.add(new Field(NewsSchema.TITLE, item.title(), HIGHLIGHTED_TEXT));
        quote.speaker().ifPresent(speaker -> {
            doc.add(new TextField(NewsSchema.PERSON, speaker, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_PERSON, speaker));
            item.roleOf(speaker).ifPresent(role -> doc.add(new StoredField(NewsSchema.SPEAKER_ROLE, role)));
        });
        item.countries().forEach(c -> doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_COUNTRY, c)));
        item.issuers().forEach(i -> doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_ISSUER, i)));
        item.fieldsOfWork().forEach(f -> doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_FIELD_OF_WORK, f)));
        addDate(doc, item);
        return LuceneSchema.facetsConfig().build(doc);
    }

    /** The item's date to filter and sort by, shown, and counted by year and month; nothing when it has none. */
    private static void addDate(Document doc, NewsItem item) {
        item.date().date().ifPresent(date -> {
            doc.add(new LongField(NewsSchema.DATE, date.toEpochDay(), Field.Store.NO));
            doc.add(new StoredField(NewsSchema.DATE_ISO, date.toString()));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_YEAR, Integer.toString(date.getYear())));
            doc.add(new SortedSetDocValuesFacetField(NewsSchema.DIM_MONTH, date.toString().substring(0, 7)));
        });
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
                quotes(doc));
    }

    private static List<Quote> quotes(Document doc) {
        return Arrays.stream(doc.getValues(NewsSchema.QUOTES)).map(StoredValues::quote).toList();
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
