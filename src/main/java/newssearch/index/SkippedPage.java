package newssearch.index;

import java.util.Objects;

/**
 * A file the indexer left out, with the one-line reason a person can act on.
 *
 * @param file   the file's path relative to the corpus folder
 * @param reason what is wrong and what to do ("is not valid UTF-8: save it as UTF-8 text")
 */
public record SkippedPage(String file, String reason) {

    public SkippedPage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
