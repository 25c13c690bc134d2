package newssearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Many distinct pages made from one real seed page, for tests that need a corpus of some size: page {@code i} is
 * the seed with its word "resilience" replaced by {@code word(i)}, so every page has content of its own.
 */
public final class SeedVariants {

    private static final Path SEED = Path.of("seeds/002_1899501280fdbaa4.txt");

    private SeedVariants() {
    }

    /** The seed page's text. */
    public static String seed() throws IOException {
        return Files.readString(SEED);
    }

    /** Writes {@code count} pages named {@code prefix + i + ".txt"} into {@code corpus}. */
    public static void write(Path corpus, String prefix, int count, IntFunction<String> word) throws IOException {
        String seed = seed();
        for (int i = 0; i < count; i++) {
            Files.writeString(corpus.resolve(prefix + i + ".txt"), seed.replace("resilience", word.apply(i)));
        }
    }
}
