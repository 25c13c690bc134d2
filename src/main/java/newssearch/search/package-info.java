/**
 * Answers a {@link newssearch.search.SearchRequest} from the index with a {@link newssearch.search.SearchResult}:
 * the user's query language, ranking, disjunctive facet counts, highlighted snippets, spelling suggestions,
 * completions and related items. {@link newssearch.search.NewsSearcher} follows reindexing done by another
 * process without a restart. It knows nothing of HTTP: a bad request is an
 * {@link newssearch.search.InvalidRequestException} whose message is written for the user.
 */
package newssearch.search;
