package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local SolrCloud of {@code tools/solr-cluster}, asked over HTTP as any client would ask it. */
class LocalSolrCloudProcessTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalSolrCloudProcess cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        LocalSolrCloudProcess.requireRunnable();
        cluster = LocalSolrCloudProcess.start(3);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void nodeStoppedLeavesTheLiveNodesAndComesBackOnItsOwnUrl() throws Exception {
        List<String> urls = cluster.nodeUrls();
        assertEquals(3, urls.size(), urls.toString());
        List<String> allNodes = urls.stream().map(LocalSolrCloudProcessTest::nodeName).sorted().toList();
        assertEquals(allNodes, liveNodes(urls.get(0)));

        cluster.stopNode(1);
        List<String> others = allNodes.stream().filter(name -> !name.equals(nodeName(urls.get(1)))).toList();
        assertEquals(others, liveNodes(urls.get(0)));
        assertThrows(ConnectException.class, () -> liveNodes(urls.get(1)));

        cluster.startNode(1);
        assertEquals(allNodes, liveNodes(urls.get(1)));
    }

    /** The live nodes that CLUSTERSTATUS on {@code url} lists, sorted, in Solr's naming (127.0.0.1:8983_solr). */
    private static List<String> liveNodes(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                URI.create(url + "/admin/collections?action=CLUSTERSTATUS&wt=json"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        List<String> live = new ArrayList<>();
        for (JsonNode node : JSON.readTree(response.body()).path("cluster").path("live_nodes")) {
            live.add(node.asText());
        }
        live.sort(null);
        return live;
    }

    /** The name Solr gives the node at {@code url}: http://127.0.0.1:8983/solr is 127.0.0.1:8983_solr. */
    private static String nodeName(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort() + "_" + uri.getPath().substring(1);
    }
}
