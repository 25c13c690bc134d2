package newssearch.solr;

import newssearch.search.BackendUnavailableException;

/**
 * The cluster and this client do not accept each other: the user is refused (401) or lacks a permission (403), or
 * a node's certificate does not verify. Asking again or another node would be refused the same, so nothing
 * retries it; the message says what to change.
 */
final class SolrAccessException extends BackendUnavailableException {

    SolrAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
