package newssearch.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import newssearch.index.NewsSchema;
import newssearch.index.StoredValues;
import newssearch.item.gazetteer.IssuerNames;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.people.NamedPeople;
import newssearch.item.people.PersonKey;
import newssearch.item.Quote;

/**
 * Converts between a {@link NewsItem} and its Solr document, both ways: the same fields as the Lucene document,
 * with each facet dimension in a string field of its own ({@link #facetField}), since Solr counts facets from a
 * field's doc values rather than from one shared facet field.
 */
final class SolrDocuments {

    /** The stored fields a hit needs; the body stays on disk. */
    static final String HIT_FIELDS = String.join(",", NewsSchema.ID, NewsSchema.TITLE, NewsSchema.LEAD,
            NewsSchema.DATE_ISO, NewsSchema.ISSUER, NewsSchema.FIELD_OF_WORK, NewsSchema.COUNTRY, "score");
    private static final int MAX_COMPLETION_CHARS = 1000;

    private SolrDocuments() {
    }

    /** The string field a facet dimension is counted from: {@code facet_country}. */
    static String facetField(String dimension) {
        return "facet_" + dimension;
    }

    /**
     * The documents for {@code item}: the item's, then one per quotation ({@code <id>#q1}, ...), all carrying
     * the item's id in {@link NewsSchema#ITEM_REF} so that they are deleted together.
     */
    static List<Map<String, Object>> toDocuments(NewsItem item, String hash) {
        return toDocuments(item, hash, Optional.empty());
    }

    /** As {@link #toDocuments(NewsItem, String)}, the item's document with its embedding when there is one. */
    static List<Map<String, Object>> toDocuments(NewsItem item, String hash, Optional<float[]> vector) {
        List<Map<String, Object>> docs = new ArrayList<>();
        Map<String, Object> itemDoc = toDocument(item, hash);
        // The item's alone, as in the Lucene index; Jackson writes the floats as a JSON array.
        vector.ifPresent(v -> itemDoc.put(NewsSchema.VECTOR, v));
        docs.add(itemDoc);
        for (int i = 0; i < item.quotes().size(); i++) {
            docs.add(quoteDocument(item, item.quotes().get(i), i + 1));
        }
        return docs;
    }

    static Map<String, Object> toDocument(NewsItem item, String hash) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(NewsSchema.ID, item.id());
        doc.put(NewsSchema.KIND, NewsSchema.KIND_ITEM);
        doc.put(NewsSchema.ITEM_REF, item.id());
        doc.put(NewsSchema.QUOTES, item.quotes().stream().map(StoredValues::quote).toList());
        doc.put(NewsSchema.HASH, hash);
        doc.put(NewsSchema.FILE, item.file());
        item.contentType().ifPresent(type -> doc.put(NewsSchema.CONTENT_TYPE, type));
        doc.put(NewsSchema.TITLE, item.title());
        doc.put(NewsSchema.LEAD, item.lead());
        doc.put(NewsSchema.BODY, String.join("\n", item.body()));
        doc.put(NewsSchema.SPELL, item.title() + "\n" + item.lead());
        List<String> names = item.people().stream().map(Person::name).toList();
        doc.put(NewsSchema.PERSON, names);
        doc.put(NewsSchema.PERSON_ROLE, item.people().stream().map(StoredValues::person).toList());
        NamedPeople named = NamedPeople.of(item);
        doc.put(NewsSchema.PERSON_KEY, List.copyOf(named.distinctKeys()));
        doc.put(NewsSchema.OFFICE, List.copyOf(named.distinctOffices()));
        doc.put(NewsSchema.OFFICE_HOLDER, List.copyOf(named.holdings()));
        doc.put(NewsSchema.PLACE, item.places());
        doc.put(NewsSchema.COUNTRY, item.countries());
        doc.put(NewsSchema.ISSUER, item.issuers());
        doc.put(NewsSchema.FIELD_OF_WORK, item.fieldsOfWork());
        doc.put(NewsSchema.DATE_SOURCE, item.date().source().label());
        doc.put(facetField(NewsSchema.DIM_PERSON), names);
        putItemFacetsAndDate(doc, item);
        List<String> completions = new ArrayList<>();
        completions.add(item.title());
        completions.addAll(names);
        completions.addAll(item.places());
        completions.addAll(item.countries());
        doc.put(NewsSchema.COMPLETION, completions.stream().filter(c -> c.length() <= MAX_COMPLETION_CHARS)
                .distinct().toList());
        return doc;
    }

    /** A quotation's document, with its item's date and facet values so that the item filters narrow it. */
    private static Map<String, Object> quoteDocument(NewsItem item, Quote quote, int number) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(NewsSchema.ID, item.id() + "#q" + number);
        doc.put(NewsSchema.KIND, NewsSchema.KIND_QUOTE);
        doc.put(NewsSchema.ITEM_REF, item.id());
        doc.put(NewsSchema.QUOTE, quote.text());
        doc.put(NewsSchema.TITLE, item.title());
        quote.speaker().ifPresent(speaker -> {
            doc.put(NewsSchema.PERSON, List.of(speaker));
            doc.put(facetField(NewsSchema.DIM_PERSON), List.of(speaker));
            doc.put(NewsSchema.PERSON_KEY, List.of(PersonKey.of(item.people()).getOrDefault(speaker,
                    PersonKey.of(speaker))));
            item.roleOf(speaker).ifPresent(role -> doc.put(NewsSchema.SPEAKER_ROLE, role));
        });
        putItemFacetsAndDate(doc, item);
        return doc;
    }

    /**
     * The item's field, country and issuer facet values and its date (to filter and sort by, shown, and counted
     * by year and month), on the item's document and on each of its quotations'.
     */
    private static void putItemFacetsAndDate(Map<String, Object> doc, NewsItem item) {
        doc.put(facetField(NewsSchema.DIM_FIELD_OF_WORK), item.fieldsOfWork());
        doc.put(facetField(NewsSchema.DIM_COUNTRY), item.countries());
        // Counted and filtered by the body's one name; the item shows the name its page writes.
        doc.put(facetField(NewsSchema.DIM_ISSUER), IssuerNames.canonical(item.issuers()));
        item.date().date().ifPresent(date -> {
            doc.put(NewsSchema.DATE, date.toEpochDay());
            doc.put(NewsSchema.DATE_ISO, date.toString());
            doc.put(facetField(NewsSchema.DIM_YEAR), Integer.toString(date.getYear()));
            doc.put(facetField(NewsSchema.DIM_MONTH), date.toString().substring(0, 7));
        });
    }

    /** The item a stored document holds. */
    static NewsItem toItem(JsonNode doc) {
        String body = text(doc, NewsSchema.BODY);
        return new NewsItem(
                text(doc, NewsSchema.ID),
                text(doc, NewsSchema.FILE),
                Optional.ofNullable(doc.path(NewsSchema.CONTENT_TYPE).textValue()),
                text(doc, NewsSchema.TITLE),
                text(doc, NewsSchema.LEAD),
                body.isEmpty() ? List.of() : Arrays.asList(body.split("\n")),
                StoredValues.date(doc.path(NewsSchema.DATE_ISO).textValue(), doc.path(NewsSchema.DATE_SOURCE).asText()),
                texts(doc, NewsSchema.ISSUER),
                texts(doc, NewsSchema.FIELD_OF_WORK),
                people(doc),
                texts(doc, NewsSchema.PLACE),
                texts(doc, NewsSchema.COUNTRY),
                quotes(doc));
    }

    private static List<Quote> quotes(JsonNode doc) {
        return texts(doc, NewsSchema.QUOTES).stream().map(StoredValues::quote).toList();
    }

    static Optional<LocalDate> date(JsonNode doc) {
        String iso = doc.path(NewsSchema.DATE_ISO).textValue();
        return iso == null ? Optional.empty() : Optional.of(LocalDate.parse(iso));
    }

    static String text(JsonNode doc, String field) {
        JsonNode value = doc.path(field);
        return value.isArray() ? (value.isEmpty() ? "" : value.get(0).asText()) : value.asText("");
    }

    static List<String> texts(JsonNode doc, String field) {
        JsonNode values = doc.path(field);
        if (values.isMissingNode() || values.isNull()) {
            return List.of();
        }
        if (!values.isArray()) {
            return List.of(values.asText());
        }
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    private static List<Person> people(JsonNode doc) {
        return texts(doc, NewsSchema.PERSON_ROLE).stream().map(StoredValues::person).toList();
    }
}
