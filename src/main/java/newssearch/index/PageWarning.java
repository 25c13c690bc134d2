package newssearch.index;

import java.util.Objects;

/**
 * A page that was indexed, but not as the site writes pages; the message says what was guessed.
 *
 * @param file    the file's path relative to the corpus folder
 * @param message what is unusual and what the indexer made of it
 */
public record PageWarning(String file, String message) {

    public PageWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
