package newssearch.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.javalin.Javalin;

import newssearch.index.IndexReport;
import newssearch.lucene.LuceneBackend;
import newssearch.web.WebApp;
import newssearch.web.WebSettings;

/**
 * A folder of pages indexed and served by the real server on a free loopback port, as a browser test class
 * starts it once; closing it stops the server and the index with it.
 */
final class ServedPages implements AutoCloseable {

    private final Javalin app;
    private final IndexReport report;

    private ServedPages(Javalin app, IndexReport report) {
        this.app = app;
        this.report = report;
    }

    /** Indexes the pages under {@code corpus} into {@code indexDir} and serves them. */
    static ServedPages start(Path corpus, Path indexDir) throws IOException {
        IndexReport report = LuceneBackend.index(corpus, indexDir, true);
        Javalin app = WebApp.create(LuceneBackend.open(indexDir), new WebSettings("127.0.0.1", 0, true)).start();
        return new ServedPages(app, report);
    }

    /** Copies the saved pages ({@code .txt}) of {@code from} into {@code to}. */
    static void copyPages(Path from, Path to) throws IOException {
        try (Stream<Path> pages = Files.list(from)) {
            for (Path file : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** What indexing the pages reported. */
    IndexReport report() {
        return report;
    }

    /** The server's address, {@code http://127.0.0.1:PORT}. */
    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
