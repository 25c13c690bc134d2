package newssearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import newssearch.item.NewsItem;
import newssearch.item.people.NamedPeople;

/**
 * What the web server and the {@code search} command ask of an index, whichever engine holds it: the embedded
 * Lucene index ({@code newssearch.lucene}) or a SolrCloud collection ({@code newssearch.solr}). Both give every
 * answer the same meaning; a request that cannot be answered as asked throws {@link InvalidRequestException},
 * an engine that cannot be reached {@link BackendUnavailableException}.
 */
public interface NewsSearch extends Closeable {

    /** Hits for the requested page, the exact total, facet counts and, if nothing matched, a respelling. */
    SearchResult search(SearchRequest request) throws IOException;

    /**
     * Quotations whose words match the request's query, narrowed by its filters (the speaker is the person
     * filter); newest first unless the request sorts by relevance.
     */
    QuoteResult quotes(SearchRequest request) throws IOException;

    /** The whole item with this id and the items most like it, if the index has it. */
    Optional<ItemView> item(String id) throws IOException;

    /** Up to {@code count} completions of what the user has typed so far. */
    List<String> suggest(String prefix, int count) throws IOException;

    /** Documents, facet value counts, the last reindex and the index size. */
    IndexStats stats() throws IOException;

    /**
     * Whether the index holds the items' embeddings, so that searches by meaning can answer once the model is
     * loaded: an engine that cannot tell says yes.
     */
    default boolean holdsVectors() throws IOException {
        return true;
    }

    /** Whether the index can answer, and what the engine reports of itself. */
    Health health() throws IOException;

    /**
     * Every item the request matches, past the {@link SearchRequest#MAX_WINDOW} of {@link #search}: newest first,
     * undated items last, ties in an order that holds for the whole export. The request's page, size, sort and
     * facet limits are ignored.
     *
     * @param limit the most items to hand over
     * @param sink  takes the items one at a time, as they are read
     * @return how many items the sink took
     */
    int export(SearchRequest request, int limit, ItemSink sink) throws IOException;

    /** Takes exported items; writing them out may fail, which ends the export. */
    /**
     * Every item that names the person of this key ({@code PersonKey}), whichever way it writes the name: what a
     * person's view is made of. Items in no particular order.
     */
    List<NewsItem> itemsNaming(String personKey) throws IOException;

    /**
     * The people of every item that names the person of this key, in no particular order. An engine that keeps
     * them beside its items answers without reading the items; this reads them.
     */
    default List<ItemPeople> itemPeople(String personKey) throws IOException {
        return itemsNaming(personKey).stream().map(ItemPeople::of).toList();
    }

    /** Every item one of whose people holds this office ({@code Offices}), in no particular order. */
    List<NewsItem> itemsWithOffice(String office) throws IOException;

    /**
     * Every holding of this office, given to {@code each} one by one: for each item, each person it names as
     * holding the office, once. One by one, because an office of a large corpus is held in tens of thousands of
     * items and its view keeps only a few figures a holder. An engine that keeps the holdings beside its items
     * answers without reading the items; this reads them.
     */
    default void holdings(String office, Consumer<Holding> each) throws IOException {
        for (NewsItem item : itemsWithOffice(office)) {
            NamedPeople named = NamedPeople.of(item);
            Set<String> keys = new HashSet<>();
            named.keys().forEach((written, key) -> {
                if (named.officeOf(written).filter(office::equals).isPresent() && keys.add(key)) {
                    each.accept(new Holding(item.date().date(), key, written));
                }
            });
        }
    }

    /** The offices the items' people hold, each once, in no particular order. */
    List<String> offices() throws IOException;

    @FunctionalInterface
    interface ItemSink {
        void accept(NewsItem item) throws IOException;
    }
}
