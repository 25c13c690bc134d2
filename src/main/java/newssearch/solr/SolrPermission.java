package newssearch.solr;

import java.util.Map;
import java.util.Set;

/**
 * The permission of Solr's rule-based authorization that a request of news-search needs, named as in
 * {@code security.json}, with the action it is for: what a refusal (403) tells the user to grant.
 */
record SolrPermission(String name, String action) {

    /** The Collections API's actions that only read, which Solr files under {@code collection-admin-read}. */
    private static final Set<String> READ_ONLY_COLLECTION_ACTIONS = Set.of("LIST", "LISTALIASES", "CLUSTERSTATUS");

    /** The permission a request to {@code path} (below a node's base URL) with these parameters needs. */
    static SolrPermission of(String path, Map<String, String> params) {
        String action = params.getOrDefault("action", "");
        if (path.equals("/admin/collections")) {
            return new SolrPermission(READ_ONLY_COLLECTION_ACTIONS.contains(action) ? "collection-admin-read"
                    : "collection-admin-edit", "Collections API " + action);
        }
        if (path.equals("/admin/configs")) {
            return new SolrPermission(action.equals("LIST") ? "config-read" : "config-edit",
                    "Configsets API " + action);
        }
        if (path.equals("/admin/cores")) {
            return new SolrPermission("core-admin-read", "CoreAdmin API " + action);
        }
        if (path.endsWith("/update")) {
            return new SolrPermission("update", "update " + path);
        }
        return new SolrPermission("read", "read " + path);
    }
}
