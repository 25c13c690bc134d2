package newssearch.embedding;

import java.io.IOException;

/** The embedding model could not be loaded; the message says why and what to do, in one line. */
public final class ModelUnavailableException extends IOException {

    ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
