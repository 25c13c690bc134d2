package newssearch.solr;

import java.io.IOException;
import java.nio.file.Path;

import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.index.Indexer;
import newssearch.index.ItemVectors;
import newssearch.index.NewsSchema;
import newssearch.search.NewsSearch;

/** A SolrCloud cluster as the engine: how to build the collection and open it for searching. */
public final class SolrBackend {

    private SolrBackend() {
    }

    /**
     * Brings the collection in step with the pages under {@code corpus}, creating what is missing (the configset,
     * the collection and its alias); without vectors.
     *
     * @param full build a new collection beside the live one and move the alias to it when it is complete
     */
    public static IndexReport index(Path corpus, SolrSettings settings, boolean full) throws IOException {
        return index(corpus, settings, new IndexSettings(full, false), IndexProgress.NONE);
    }

    /**
     * As {@link #index(Path, SolrSettings, boolean)}, as {@code index} says (with or without vectors), telling
     * {@code watcher} how far it has come.
     */
    public static IndexReport index(Path corpus, SolrSettings settings, IndexSettings index, IndexProgress watcher)
            throws IOException {
        Indexer.checkCorpus(corpus);
        try (ItemVectors vectors = ItemVectors.load(index);
             SolrIndexSink sink = SolrIndexSink.open(SolrNodes.connect(settings), settings, index.full(),
                     vectors.model())) {
            return Indexer.index(corpus, sink, watcher, vectors);
        }
    }

    /**
     * Opens the collection for searching.
     *
     * @throws IOException when there is no such collection, or it was built with another field layout
     */
    public static NewsSearch open(SolrSettings settings) throws IOException {
        SolrNodes nodes = SolrNodes.connect(settings);
        SolrCollections collections = new SolrCollections(nodes);
        if (collections.aliasTarget(settings.collection()).isEmpty()) {
            throw new IOException("No collection " + settings.collection() + " on " + String.join(",",
                    settings.nodes()) + ": build it with ./newssearch index --solr " + String.join(",",
                    settings.nodes()) + " --collection " + settings.collection());
        }
        String layout = collections.aliasProperties(settings.collection())
                .getOrDefault(SolrIndexSink.PROPERTY_LAYOUT, "unknown");
        if (!layout.equals(NewsSchema.LAYOUT_VERSION)) {
            throw new IOException(SolrSearch.olderLayout(settings, layout));
        }
        return new SolrSearch(nodes, settings);
    }

    /** Whether the cluster has the collection's alias. */
    public static boolean exists(SolrSettings settings) throws IOException {
        return new SolrCollections(SolrNodes.connect(settings)).aliasTarget(settings.collection()).isPresent();
    }
}
