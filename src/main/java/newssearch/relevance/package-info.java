/**
 * Search quality as a number: runs the topics of a test collection (queries with a kind) against any
 * {@link newssearch.search.NewsSearch}, writes TREC run files, and scores them against graded judgments with
 * trec_eval's conventions (nDCG@10, recall@100, P@10, MRR@10), overall and per kind of query. It takes the search
 * contract and gives tables; it knows nothing of the engine behind it.
 */
package newssearch.relevance;
