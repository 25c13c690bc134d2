package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SolrPermissionTest {

    @Test
    void collectionActionsThatOnlyReadNeedTheReadPermission() {
        assertEquals("collection-admin-read: Collections API CLUSTERSTATUS",
                of("/admin/collections", Map.of("action", "CLUSTERSTATUS")));
        assertEquals("collection-admin-read: Collections API LISTALIASES",
                of("/admin/collections", Map.of("action", "LISTALIASES")));
        assertEquals("collection-admin-edit: Collections API CREATEALIAS",
                of("/admin/collections", Map.of("action", "CREATEALIAS")));
        assertEquals("collection-admin-edit: Collections API DELETE",
                of("/admin/collections", Map.of("action", "DELETE")));
    }

    @Test
    void configsetsAreListedWithConfigReadAndUploadedWithConfigEdit() {
        assertEquals("config-read: Configsets API LIST", of("/admin/configs", Map.of("action", "LIST")));
        assertEquals("config-edit: Configsets API UPLOAD", of("/admin/configs", Map.of("action", "UPLOAD")));
    }

    @Test
    void searchesReadAndUpdatesUpdate() {
        assertEquals("read: read /news/query", of("/news/query", Map.of()));
        assertEquals("read: read /news/suggest", of("/news/suggest", Map.of("suggest.q", "ter")));
        assertEquals("update: update /news_1/update", of("/news_1/update", Map.of("commit", "true")));
        assertEquals("core-admin-read: CoreAdmin API STATUS", of("/admin/cores", Map.of("action", "STATUS")));
    }

    private static String of(String path, Map<String, String> params) {
        SolrPermission permission = SolrPermission.of(path, params);
        return permission.name() + ": " + permission.action();
    }
}
