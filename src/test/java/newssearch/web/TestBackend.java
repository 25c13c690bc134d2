package newssearch.web;

import java.io.IOException;
import java.nio.file.Path;

import newssearch.index.IndexReport;
import newssearch.search.NewsSearch;

/**
 * An engine the contract suites run against: the embedded Lucene index or a SolrCloud collection. Each suite
 * indexes the same pages through it and talks to the same web server over it.
 */
public interface TestBackend {

    /** Brings the backend's index in step with the pages under {@code corpus}, without vectors. */
    IndexReport index(Path corpus, boolean full) throws IOException;

    /** The same, with each item's embedding, for the searches by meaning. */
    IndexReport indexWithVectors(Path corpus) throws IOException;

    /** Opens the index for searching. */
    NewsSearch open() throws IOException;
}
