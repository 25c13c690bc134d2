package newssearch.search;

/**
 * The engine behind the index cannot answer now (a cluster that is down or unreachable, an index that cannot be
 * read). The message says which and what to do; the web server answers 503 with it.
 */
public class BackendUnavailableException extends RuntimeException {

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
