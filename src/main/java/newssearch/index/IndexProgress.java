package newssearch.index;

/**
 * Told how far a reindex has come, from the thread that reads the pages: after each page, how many of the
 * corpus's pages have been read and handed on.
 */
@FunctionalInterface
public interface IndexProgress {

    /** Nothing to tell: the default when no one watches. */
    IndexProgress NONE = (done, total) -> { };

    void pagesRead(int done, int total);

    /** How many items have been embedded so far, told just before {@link #pagesRead} when the run writes vectors. */
    default void itemsEmbedded(int embedded) {
    }
}
