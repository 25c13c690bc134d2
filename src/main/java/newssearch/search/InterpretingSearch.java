package newssearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import newssearch.item.NewsItem;
import newssearch.item.gazetteer.StateAliases;

/**
 * Any engine's search with the time and place words of a query read as filters first ({@link QueryInterpreter}):
 * the engine searches the words that are left, within the dates and countries they named, and the answer says
 * how the query was read. A request with {@code interpret} off, or whose words name no time or place, passes as
 * it is.
 */
public final class InterpretingSearch implements NewsSearch {

    private final NewsSearch engine;
    private final QueryInterpreter interpreter;

    public InterpretingSearch(NewsSearch engine, QueryInterpreter interpreter) {
        this.engine = engine;
        this.interpreter = interpreter;
    }

    /** The engine's search, reading the names of States as the extraction knows them. */
    public static InterpretingSearch over(NewsSearch engine) {
        return new InterpretingSearch(engine, new QueryInterpreter(StateAliases.bundled()));
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        Optional<Interpretation> reading = reading(request);
        if (reading.isEmpty()) {
            return engine.search(request);
        }
        SearchResult narrowed = engine.search(request.interpreted(reading.get()));
        if (narrowed.total() > 0) {
            return narrowed.readAs(reading.get());
        }
        // Nothing within what the words named: the query as typed, rather than no answer.
        SearchResult typed = engine.search(request.asTyped());
        List<String> notices = new ArrayList<>(typed.notices());
        notices.add("nothing matched within " + String.join(", ", reading.get().phrases())
                + ": these results are for the query as typed");
        return typed.withNotices(notices);
    }

    @Override
    public int export(SearchRequest request, int limit, ItemSink sink) throws IOException {
        Optional<Interpretation> reading = reading(request);
        return engine.export(reading.map(request::interpreted).orElse(request), limit, sink);
    }

    private Optional<Interpretation> reading(SearchRequest request) {
        if (!request.interpret()) {
            return Optional.empty();
        }
        Interpretation reading = interpreter.read(request.query());
        return reading.isEmpty() ? Optional.empty() : Optional.of(reading);
    }

    @Override
    public QuoteResult quotes(SearchRequest request) throws IOException {
        return engine.quotes(request);
    }

    @Override
    public Optional<ItemView> item(String id) throws IOException {
        return engine.item(id);
    }

    @Override
    public List<String> suggest(String prefix, int count) throws IOException {
        return engine.suggest(prefix, count);
    }

    @Override
    public IndexStats stats() throws IOException {
        return engine.stats();
    }

    @Override
    public Health health() throws IOException {
        return engine.health();
    }

    @Override
    public boolean holdsVectors() throws IOException {
        return engine.holdsVectors();
    }

    @Override
    public List<NewsItem> itemsNaming(String personKey) throws IOException {
        return engine.itemsNaming(personKey);
    }

    @Override
    public List<ItemPeople> itemPeople(String personKey) throws IOException {
        return engine.itemPeople(personKey);
    }

    @Override
    public List<NewsItem> itemsWithOffice(String office) throws IOException {
        return engine.itemsWithOffice(office);
    }

    @Override
    public void holdings(String office, Consumer<Holding> each) throws IOException {
        engine.holdings(office, each);
    }

    @Override
    public List<String> offices() throws IOException {
        return engine.offices();
    }

    @Override
    public void close() throws IOException {
        engine.close();
    }
}
