package newssearch.item;

import java.util.regex.Pattern;

/** Derives an item's id from its file: stable across reindexing, safe in a URL path. */
public final class ItemIds {

    // Compiled once: the indexer derives the id of every page it reads.
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_.-]");
    private static final Pattern LEADING_DOTS_AND_HYPHENS = Pattern.compile("^[.-]+");

    private ItemIds() {
    }

    /** "2024/000_a916.txt" gives "2024-000_a916". */
    public static String fromFile(String relativePath) {
        String withoutExtension = EXTENSION.matcher(relativePath).replaceFirst("");
        String id = LEADING_DOTS_AND_HYPHENS.matcher(UNSAFE.matcher(withoutExtension).replaceAll("-"))
                .replaceAll("");
        return id.isEmpty() ? "item" : id;
    }
}
