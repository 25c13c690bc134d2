package newssearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the search's word lists from {@code src/main/resources/newssearch/search/}: one entry a line, {@code #}
 * starts a comment. A missing file is a packaging error, not bad input, so it fails loudly.
 */
final class SearchResources {

    private SearchResources() {
    }

    static List<String> lines(String name) {
        String file = "/newssearch/search/" + name;
        try (InputStream in = SearchResources.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath: rebuild the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
