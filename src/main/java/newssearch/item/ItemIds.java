package newssearch.item;

/** Derives an item's id from its file: stable across reindexing, safe in a URL path. */
public final class ItemIds {

    private ItemIds() {
    }

    /** "2024/000_a916.txt" gives "2024-000_a916". */
    public static String fromFile(String relativePath) {
        String withoutExtension = relativePath.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String id = withoutExtension.replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^[.-]+", "");
        return id.isEmpty() ? "item" : id;
    }
}
