package newssearch.solr;

import java.io.IOException;

/** Solr refused a request: its message, with the status it answered. */
final class SolrException extends IOException {

    private final int status;

    SolrException(String message) {
        this(message, 0);
    }

    SolrException(String message, int status) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
