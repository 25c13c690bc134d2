package newssearch.search;

/**
 * The index's files are damaged (a flipped byte, a truncated or missing file): it cannot answer until it is
 * rebuilt. The web server answers 503 with the message, the command line one line and its own exit code.
 */
public final class IndexDamagedException extends BackendUnavailableException {

    public IndexDamagedException(String where, String reason, Throwable cause) {
        super("the index in " + where + " is damaged (" + reason + "): rebuild it with ./newssearch index --full",
                cause);
    }
}
