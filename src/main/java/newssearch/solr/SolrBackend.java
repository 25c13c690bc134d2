package newssearch.solr;

import java.io.IOException;
import java.nio.file.Path;

import newssearch.index.IndexReport;
import newssearch.search.NewsSearch;

/** A SolrCloud cluster as the engine: how to build the collection and open it for searching. */
public final class SolrBackend {

    private SolrBackend() {
    }

    public static IndexReport index(Path corpus, SolrSettings settings, boolean full) throws IOException {
        throw new UnsupportedOperationException("SolrCloud indexing is not built yet");
    }

    public static NewsSearch open(SolrSettings settings) throws IOException {
        throw new UnsupportedOperationException("SolrCloud search is not built yet");
    }

    public static boolean exists(SolrSettings settings) throws IOException {
        throw new UnsupportedOperationException("SolrCloud search is not built yet");
    }
}
