/**
 * SolrCloud as the engine, for a corpus that outgrows one machine: the search contract of
 * {@code newssearch.search} answered by a cluster through Solr's JSON API over {@code java.net.http}, with the
 * configset that ships in the jar (its schema declares the fields {@link newssearch.index.NewsSchema} names, with
 * the embedded index's analysis). {@link newssearch.solr.SolrIndexSink} writes reindexes into a collection behind
 * an alias; {@link newssearch.solr.SolrSearch} renders the parsed user query and asks for tagged-filter facets,
 * highlights, respellings, completions and related items. A protected cluster is asked as a
 * {@link newssearch.solr.SolrCredentials} user over HTTPS verified against the JVM's or a
 * {@link newssearch.solr.SolrTrustStore}'s certificates. {@link newssearch.solr.SolrBackend} is the entry point.
 */
package newssearch.solr;
