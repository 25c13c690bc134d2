package newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import newssearch.export.ExportFormat;
import newssearch.export.ItemWriter;
import newssearch.index.NewsSchema;
import newssearch.search.FacetCount;
import newssearch.search.Hit;
import newssearch.search.NewsSearch;
import newssearch.search.SearchMode;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;
import newssearch.search.SemanticModel;
import newssearch.search.SortOrder;

/**
 * {@code newssearch search}: the web search from the terminal, hits as a table; or, as {@code /api/export} gives
 * it, every match as CSV or JSON lines.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index and print the hits as a table, then the facet counts.",
                "With --format csv or jsonl, print every match instead (newest first, at most 100,000), "
                        + "as /api/export does."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (whether or not anything matched)",
                "1:the search failed (no index, a bad query; see the message)",
                "2:the options were wrong (usage printed)",
                "6:the index is damaged: rebuild it with ./newssearch index --full"})
final class SearchCommand implements Callable<Integer> {

    private static final int TITLE_WIDTH = 70;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for; none lists every item.")
    List<String> words = new ArrayList<>();

    @Option(names = "--field", paramLabel = "F", description = "Only items with this field of work (repeatable).")
    List<String> fields = new ArrayList<>();

    @Option(names = "--country", paramLabel = "C", description = "Only items about this country (repeatable).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--mode", defaultValue = "hybrid", paramLabel = "M",
            description = "keyword (by words), semantic (by meaning) or hybrid (both, fused) "
                    + "(default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--size", defaultValue = "10", description = "How many hits (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or jsonl (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--link-base", defaultValue = "http://127.0.0.1:7070", paramLabel = "URL",
            description = "The search page that csv and jsonl rows link items to (default: ${DEFAULT-VALUE}).")
    String linkBase;

    @Mixin
    BackendOptions backend;

    @Override
    public Integer call() throws Exception {
        switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "table" -> {
            }
            case "csv" -> {
                return export(ExportFormat.CSV);
            }
            case "jsonl" -> {
                return export(ExportFormat.JSONL);
            }
            default -> throw new ParameterException(spec.commandLine(),
                    "--format must be table, csv or jsonl, got '" + format + "'");
        }
        SearchRequest request = new SearchRequest(String.join(" ", words), filters(), Optional.empty(),
                Optional.empty(), SortOrder.parse(sort), 1, size, SearchRequest.DEFAULT_FACET_LIMIT, Map.of(),
                searchMode());
        SearchResult result;
        try (NewsSearch searcher = backend.open()) {
            result = searcher.search(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d hits in %d ms (%s)%n", result.total(), result.tookMs(), result.mode().id());
        result.notices().forEach(notice -> out.println("note: " + notice));
        if (result.partial()) {
            out.println("partial results: the search was cut at its time limit; narrow the query for all of them");
        }
        result.didYouMean().ifPresent(suggestion -> out.println("did you mean: " + suggestion));
        if (!result.hits().isEmpty()) {
            out.printf("%-10s  %-" + TITLE_WIDTH + "s  %s%n", "date", "title", "id");
        }
        for (Hit hit : result.hits()) {
            out.printf("%-10s  %-" + TITLE_WIDTH + "s  %s%n", hit.date().map(Object::toString).orElse("-"),
                    shorten(hit.title()), hit.id());
        }
        result.facets().forEach((dim, counts) -> {
            if (!counts.isEmpty()) {
                out.println(dim + ": " + String.join(", ", counts.stream().map(FacetCount::toString).toList()));
            }
        });
        out.flush();
        return 0;
    }

    private int export(ExportFormat exportFormat) throws IOException {
        SearchRequest request = new SearchRequest(String.join(" ", words), filters(), Optional.empty(),
                Optional.empty(), SortOrder.DATE, 1, SearchRequest.DEFAULT_SIZE, SearchRequest.DEFAULT_FACET_LIMIT,
                Map.of(), searchMode());
        PrintWriter out = spec.commandLine().getOut();
        ItemWriter writer = exportFormat.writer(out, linkBase);
        try (NewsSearch searcher = backend.open()) {
            writer.start();
            searcher.export(request, ExportFormat.MAX_ROWS, writer::write);
        }
        writer.finish();
        return 0;
    }

    /** The mode asked for; a search by meaning waits for the model, as a command answers once. */
    private SearchMode searchMode() {
        SearchMode asked = SearchMode.parse(mode);
        if (asked != SearchMode.KEYWORD && !words.isEmpty()) {
            SemanticModel.shared().awaitLoaded();
        }
        return asked;
    }

    private Map<String, List<String>> filters() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (!fields.isEmpty()) {
            filters.put(NewsSchema.DIM_FIELD_OF_WORK, fields);
        }
        if (!countries.isEmpty()) {
            filters.put(NewsSchema.DIM_COUNTRY, countries);
        }
        return filters;
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
