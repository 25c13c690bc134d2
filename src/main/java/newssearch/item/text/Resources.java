package newssearch.item.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the extraction's fact files from the classpath: one entry a line, {@code #} starts a comment. A
 * missing file is a packaging error, not bad input, so it fails loudly.
 */
public final class Resources {

    private Resources() {
    }

    public static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/newssearch/item/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource newssearch/item/" + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.replaceFirst("\\s+#.*$", "").strip())
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
