package newssearch.index;

import java.io.IOException;

/** Another reindex holds the index's write lock: only one process may write an index at a time. */
public final class ReindexRunningException extends IOException {

    public ReindexRunningException(String where, Throwable cause) {
        super("a reindex of " + where + " is running: wait for it to finish and try again", cause);
    }
}
