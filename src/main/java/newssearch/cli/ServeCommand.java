package newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

import newssearch.index.IndexProgress;
import newssearch.index.IndexSettings;
import newssearch.search.NewsSearch;
import newssearch.search.OpeningSearch;
import newssearch.search.SearchRequest;
import newssearch.search.SemanticModel;
import newssearch.web.WebApp;
import newssearch.web.WebSettings;

/** {@code newssearch serve}: the search page and JSON API, building the index first when there is none. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the search page and the JSON API; builds the index from the corpus when it is missing.",
                "SIGTERM or Ctrl-C stops it: it answers the requests under way, then exits 0."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by SIGTERM or Ctrl-C after answering the requests under way",
                "1:the server could not start (port taken, no index and no pages; see the message)",
                "2:the options were wrong (usage printed)",
                "5:building the missing index filled the disk",
                "6:the index is damaged: rebuild it with ./newssearch index --full",
                "7:building the missing index found another reindex running"})
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of saved pages, indexed when the index is missing (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Mixin
    BackendOptions backend;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--quiet-queries", description = "Leave the query text out of the request log.")
    boolean quietQueries;

    @Option(names = "--cached-results", paramLabel = "N", defaultValue = "256",
            description = "How many recent answers the embedded index keeps to give again until the next reindex "
                    + "(default: ${DEFAULT-VALUE}; 0 keeps none).")
    int cachedResults;

    @Override
    public Integer call() throws Exception {
        if (cachedResults < 0) {
            throw new ParameterException(spec.commandLine(), "--cached-results must be 0 or more, got " + cachedResults);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!backend.exists()) {
            out.println("No index in " + backend.describe() + " yet: indexing " + seeds + " first");
            out.flush();
            IndexCommand.print(backend.index(seeds, new IndexSettings(false, true), IndexCommand.DEFAULT_SHARDS,
                    IndexCommand.DEFAULT_REPLICAS, IndexProgress.NONE), out);
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            log.warn("listening on {}: other machines can reach this server", host);
        }
        // SIGTERM and Ctrl-C ask for a stop that this thread carries out, so that the process ends through
        // System.exit with 0, after the requests under way are answered, and not with 143 from a shutdown hook.
        CountDownLatch stopAsked = new CountDownLatch(1);
        for (String name : List.of("TERM", "INT")) {
            Signal.handle(new Signal(name), signal -> stopAsked.countDown());
        }
        // The index opens while the web server starts; searches that come first wait for the opening.
        OpeningSearch opening = OpeningSearch.start(() -> backend.open(cachedResults));
        warmUp(opening);
        Javalin app = WebApp.create(opening, new WebSettings(host, port, quietQueries));
        app.start();
        try {
            opening.opened();
        } catch (IOException | RuntimeException e) {
            app.stop();
            throw e;
        }
        // Once the index answers: searches in the default mode answer by their words until the model is ready. An
        // index without vectors never needs it (150 MB).
        if (opening.holdsVectors()) {
            SemanticModel.shared().startLoading();
        }
        out.println("news-search is listening on http://" + hostForUrl(host) + ":" + app.port() + "/");
        out.flush();
        stopAsked.await();
        log.info("stopping: answering the requests under way, then closing the index");
        app.stop();
        log.info("stopped");
        return 0;
    }

    /**
     * Warms the index up on another thread once it is open, while nobody waits for it: a search, so that the
     * first user's finds the query parser, analyzers, facets and highlighter loaded and compiled instead of paying
     * for them, unless a search has come already (it warms the same code up, and a second search beside it would
     * only compete for the cores); then the empty query, whose counts over every item the page shows first and
     * the reader keeps, once no call is under way, so after the first answer when one is being waited for.
     */
    private static void warmUp(OpeningSearch opening) {
        Thread warmUp = new Thread(() -> {
            try {
                NewsSearch searcher = opening.opened();
                if (!opening.busy()) {
                    searcher.search(SearchRequest.of("news search warm up"));
                }
                opening.awaitIdle();
                searcher.search(SearchRequest.of(""));
            } catch (IOException | RuntimeException e) {
                log.debug("warm-up search failed: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static String hostForUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
