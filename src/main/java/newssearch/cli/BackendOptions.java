package newssearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Option;

import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.lucene.LuceneBackend;
import newssearch.search.InterpretingSearch;
import newssearch.search.NewsSearch;
import newssearch.solr.SolrBackend;
import newssearch.solr.SolrCredentials;
import newssearch.solr.SolrSettings;
import newssearch.solr.SolrTrustStore;

/**
 * Which engine holds the index, for {@code index}, {@code serve} and {@code search}: the embedded Lucene index
 * in a folder (the default), or a SolrCloud collection when {@code --solr} names the cluster's nodes, asked as
 * {@code --solr-user} when the cluster requires a user. Passwords come from the environment or a file, never from
 * an argument, where {@code ps} would show them to everyone on the machine.
 */
final class BackendOptions {

    static final String PASSWORD_VARIABLE = "NEWSSEARCH_SOLR_PASSWORD";
    static final String TRUST_STORE_PASSWORD_VARIABLE = "NEWSSEARCH_SOLR_TRUSTSTORE_PASSWORD";

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

    @Option(names = "--solr-user", paramLabel = "NAME",
            description = "With --solr: the SolrCloud user every request is sent as (Basic authentication); its "
                    + "password comes from the environment variable " + PASSWORD_VARIABLE
                    + " or --solr-password-file, never from the command line.")
    String solrUser;

    @Option(names = "--solr-password-file", paramLabel = "FILE",
            description = "With --solr-user: a file holding the password, alone on its first line or on a line "
                    + "NAME=PASSWORD (as tools/solr-cluster --auth writes them).")
    Path solrPasswordFile;

    @Option(names = "--solr-truststore", paramLabel = "FILE",
            description = "With --solr https://...: verify the nodes' certificates against this PKCS12 or JKS "
                    + "trust store instead of the JVM's; its password comes from " + TRUST_STORE_PASSWORD_VARIABLE
                    + ". Host names are checked either way.")
    Path solrTrustStore;

    boolean usesSolr() {
        return !solr.isEmpty();
    }

    /** Where the index is, for messages. */
    String describe() {
        return usesSolr() ? "collection " + collection + " on " + String.join(",", solr) : index.toString();
    }

    SolrSettings solrSettings(int shards, int replicas) throws IOException {
        return new SolrSettings(solr, collection, shards, replicas, credentials(), trustStore());
    }

    private Optional<SolrCredentials> credentials() throws IOException {
        if (solrUser == null) {
            if (solrPasswordFile != null) {
                throw new IllegalArgumentException("--solr-password-file needs --solr-user NAME: say whose "
                        + "password it is");
            }
            return Optional.empty();
        }
        if (solrPasswordFile != null) {
            return Optional.of(new SolrCredentials(solrUser, PasswordFile.read(solrPasswordFile, solrUser)));
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null) {
            throw new IllegalArgumentException("--solr-user " + solrUser + " needs its password: set "
                    + PASSWORD_VARIABLE + " or give --solr-password-file FILE");
        }
        return Optional.of(new SolrCredentials(solrUser, password));
    }

    private Optional<SolrTrustStore> trustStore() {
        if (solrTrustStore == null) {
            return Optional.empty();
        }
        String password = System.getenv(TRUST_STORE_PASSWORD_VARIABLE);
        return Optional.of(new SolrTrustStore(solrTrustStore, password == null ? "" : password));
    }

    /** Whether there is an index to search. */
    boolean exists() throws IOException {
        return usesSolr() ? SolrBackend.exists(solrSettings(0, 0)) : LuceneBackend.exists(index);
    }

    /** Opens the index for searching, its queries' time and place words read as filters, as the server does. */
    NewsSearch open() throws IOException {
        return InterpretingSearch.over(usesSolr() ? SolrBackend.open(solrSettings(0, 0)) : LuceneBackend.open(index));
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
