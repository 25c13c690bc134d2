/**
 * The search contract, the same for every engine: a {@link newssearch.search.SearchRequest} answered with a
 * {@link newssearch.search.SearchResult} by a {@link newssearch.search.NewsSearch}, whose implementations live
 * in {@code newssearch.lucene} and {@code newssearch.solr}. The user's query language is parsed here once
 * ({@link newssearch.search.UserQueryParser}) into a small {@link newssearch.search.UserQuery} tree that each
 * engine renders in its own terms, so that phrases, exclusions, ORs, fields, prefixes, country names and every
 * repaired input mean the same on both. Nothing here knows of Lucene, Solr or HTTP: a bad request is an
 * {@link newssearch.search.InvalidRequestException} whose message is written for the user.
 */
package newssearch.search;
