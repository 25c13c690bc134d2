package newssearch.index;

import java.util.List;

/**
 * The one place that names the index's fields and facet dimensions, whichever engine holds the index: the
 * Lucene backend indexes these fields ({@code LuceneSchema} adds their analysis), the SolrCloud configset
 * declares the same ones (a test holds the two together). The JSON API uses the same words for its keys and
 * filters (fieldOfWork, country, issuer, person, year).
 */
public final class NewsSchema {

    /** The item id, indexed whole so that a reindex can replace or delete the item by it. */
    public static final String ID = "id";
    /**
     * What a document is: an item, or one quotation of an item (searched by {@code /api/quotes}). Every search
     * of items filters on it.
     */
    public static final String KIND = "kind";
    public static final String KIND_ITEM = "item";
    public static final String KIND_QUOTE = "quote";
    /** The item a document belongs to, on the item and on each of its quotations: replaced and deleted together. */
    public static final String ITEM_REF = "itemRef";
    /** The quoted words, on a quotation's document. */
    public static final String QUOTE = "quote";
    /**
     * The speaker's role as the item gives it, on a quotation's SolrCloud document; the speaker is in {@link #PERSON}.
     * The Lucene index reads it from the item's {@link #PERSON_ROLE}.
     */
    public static final String SPEAKER_ROLE = "speakerRole";
    /** On an item: each quotation as "speaker\u001Ftext", with an empty speaker when the page does not say. */
    public static final String QUOTES = "quotes";
    /** SHA-256 of the page's bytes, stored only: an unchanged page is not parsed again. */
    public static final String HASH = "hash";
    public static final String FILE = "file";
    public static final String CONTENT_TYPE = "contentType";
    public static final String TITLE = "title";
    public static final String LEAD = "lead";
    /** The body's paragraphs, stored as one value joined by newlines (a paragraph is one line of the page). */
    public static final String BODY = "body";
    public static final String PERSON = "person";
    /** "name" or "name\u001Frole": a person as stored, to give the role back with the name. */
    public static final String PERSON_ROLE = "personRole";
    /**
     * Each person's key ({@code PersonKey}: "helga schmid" for "Helga Maria Schmid"), indexed whole on an item,
     * so that {@code /api/people} finds every item that names the person however it is written.
     */
    public static final String PERSON_KEY = "personKey";
    /**
     * Each office the item's people hold ({@code Offices}: "OSCE Representative on Freedom of the Media"), indexed
     * whole on an item and kept as doc values, so that {@code /api/offices} lists the offices and finds their items.
     */
    public static final String OFFICE = "office";
    /**
     * Each holding of an office on an item, "office\u001Fkey\u001Fname", as doc values only: an office's view
     * reads its holders and their dates without reading the items.
     */
    public static final String OFFICE_HOLDER = "officeHolder";
    public static final String PLACE = "place";
    public static final String COUNTRY = "country";
    public static final String ISSUER = "issuer";
    public static final String FIELD_OF_WORK = "fieldOfWork";
    /** The date as days since 1970-01-01: points for range filters, doc values for sorting. */
    public static final String DATE = "date";
    public static final String DATE_ISO = "dateIso";
    public static final String DATE_SOURCE = "dateSource";
    /**
     * Title and lead unstemmed, for spelling suggestions that are real words ("terrorism"). The body would cost
     * a tenth of the index for words that titles and leads mostly hold too.
     */
    public static final String SPELL = "spell";
    /**
     * Title, people, places and countries as doc values: what completions are built from, read without
     * decompressing every stored document.
     */
    public static final String COMPLETION = "completion";

    /**
     * The item's embedding for semantic search ({@code newssearch.embedding}): 384 floats of length 1, compared by
     * dot product (their cosine), in an HNSW graph; on the item's document only, not on its quotations'. Lucene:
     * {@code KnnFloatVectorQuery} on this field; Solr: {@code {!knn f=vector topK=10}} and the query's vector.
     */
    public static final String VECTOR = "vector";
    /** How many numbers a {@link #VECTOR} has: the embedding model's dimensions. */
    public static final int VECTOR_DIMENSIONS = 384;

    /** Facet dimensions, in the order the API lists them. */
    public static final String DIM_FIELD_OF_WORK = "fieldOfWork";
    public static final String DIM_COUNTRY = "country";
    public static final String DIM_ISSUER = "issuer";
    public static final String DIM_PERSON = "person";
    public static final String DIM_YEAR = "year";
    /** "2024-11": for a timeline finer than years. */
    public static final String DIM_MONTH = "month";
    public static final List<String> DIMENSIONS =
            List.of(DIM_FIELD_OF_WORK, DIM_COUNTRY, DIM_ISSUER, DIM_PERSON, DIM_YEAR, DIM_MONTH);
    /**
     * The dimensions {@code /api/quotes} counts: the speaker (person) and the year. A quotation also carries its
     * item's other dimensions, so that the same filters narrow it.
     */
    public static final List<String> QUOTE_DIMENSIONS = List.of(DIM_PERSON, DIM_YEAR);

    public static final char ROLE_SEPARATOR = '\u001F';

    /**
     * The layout of the index's fields. An index written with another layout is rebuilt whole on the next
     * reindex, since Lucene refuses to mix a field's index options across segments and an unchanged page would
     * otherwise keep its old fields. 2: offsets in the postings of title, lead and body. 3: the spelling field
     * holds title and lead, without possessives. 4: completion doc values. 5: quotations, each a document of its
     * own, and the kind of every document. 6: the hash stored as bytes and not indexed; a quotation's item title,
     * date and speaker's role stored only in the item's document. 7: no offsets in the body's postings. 8: the
     * item's embedding in {@link #VECTOR}. 9: an issuer counted and filtered by its body's one name
     * ({@code IssuerNames}), and the text's split words with their own offsets (Solr's configset). 10: people's
     * keys, offices and holdings.
     */
    public static final String LAYOUT_VERSION = "10";

    private NewsSchema() {
    }
}
