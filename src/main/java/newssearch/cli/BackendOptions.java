package newssearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.lucene.LuceneBackend;
import newssearch.search.NewsSearch;
import newssearch.solr.SolrBackend;
import newssearch.solr.SolrSettings;

/**
 * Which engine holds the index, for {@code index}, {@code serve} and {@code search}: the embedded Lucene index
 * in a folder (the default), or a SolrCloud collection when {@code --solr} names the cluster's nodes.
 */
final class BackendOptions {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "The embedded index's folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--solr", paramLabel = "URL[,URL...]", split = ",",
            description = "Use the SolrCloud cluster with these node URLs (http://host:8983/solr) instead of the "
                    + "embedded index; several spread the load, and a node that is down is skipped.")
    List<String> solr = List.of();

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "news",
            description = "The SolrCloud collection (an alias) to use with --solr (default: ${DEFAULT-VALUE}).")
    String collection;

    boolean usesSolr() {
        return !solr.isEmpty();
    }

    /** Where the index is, for messages. */
    String describe() {
        return usesSolr() ? "collection " + collection + " on " + String.join(",", solr) : index.toString();
    }

    SolrSettings solrSettings(int shards, int replicas) {
        return new SolrSettings(solr, collection, shards, replicas);
    }

    /** Whether there is an index to search. */
    boolean exists() throws IOException {
        return usesSolr() ? SolrBackend.exists(solrSettings(0, 0)) : LuceneBackend.exists(index);
    }

    /** Opens the index for searching. */
    NewsSearch open() throws IOException {
        return usesSolr() ? SolrBackend.open(solrSettings(0, 0)) : LuceneBackend.open(index);
    }

    /**
     * Opens the index for a server, the embedded one keeping the latest {@code cachedResults} answers per reader;
     * SolrCloud keeps its own caches.
     */
    NewsSearch open(int cachedResults) throws IOException {
        return usesSolr() ? SolrBackend.open(solrSettings(0, 0)) : LuceneBackend.open(index, cachedResults);
    }

    /** Brings the index in step with the pages under {@code corpus} as {@code settings} say. */
    IndexReport index(Path corpus, IndexSettings settings, int shards, int replicas, IndexProgress watcher)
            throws IOException {
        return usesSolr()
                ? SolrBackend.index(corpus, solrSettings(shards, replicas), settings, watcher)
                : LuceneBackend.index(corpus, index, settings, watcher);
    }
}
