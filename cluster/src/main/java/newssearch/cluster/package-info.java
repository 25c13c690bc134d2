/**
 * A local SolrCloud for news-search: real Solr nodes on Jetty and an embedded ZooKeeper, started by Solr's own
 * {@code MiniSolrCloudCluster}, bound to 127.0.0.1 and kept in a temporary folder that is deleted at exit. It
 * takes the options of {@code tools/solr-cluster} ({@code --nodes N}, {@code --port P}, {@code --auth} for users
 * {@code admin} and {@code reader} with Basic authentication, {@code --tls} for HTTPS), prints
 * {@code ready: URL,...} once every node is live, and then takes {@code stop I}, {@code start I} and
 * {@code shutdown} on standard input, so that tests in another JVM can take a node away and bring it back.
 * Collections, configsets and documents are left to its clients, which talk to it over HTTP. Solr 9 brings
 * Lucene 9, so this package is built and run apart from the server, never on its classpath.
 */
package newssearch.cluster;
