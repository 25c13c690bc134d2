package newssearch.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder under the system's temporary folder that holds the nodes' cores and ZooKeeper's data. */
final class TemporaryFolder {

    private TemporaryFolder() {
    }

    static Path create() throws IOException {
        return Files.createTempDirectory("news-search-solr-cluster-");
    }

    /** Deletes {@code folder} and everything in it; a folder already gone is not an error. */
    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
