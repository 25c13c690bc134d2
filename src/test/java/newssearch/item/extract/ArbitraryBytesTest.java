package newssearch.item.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.page.BadPageException;
import newssearch.page.Page;
import newssearch.page.PageReader;

/**
 * Generated inputs: whatever bytes reach the reader and the parser, the result is an item or a clear
 * rejection, never another exception. Each case is reproducible from the seed in its failure message.
 */
class ArbitraryBytesTest {

    private static final int CASES = 1500;
    private static final String[] FRAGMENTS = {"-", "- ", "News Item", "Press Release", "- Issued on:", "- Issued by:",
            "- Fields of work:", "- 31 May 2017", "VIENNA, 31 May 2017 –", "On 1 and 2 April", "From 9 to 12 December",
            "said Jane Doe, Head of the OSCE Centre in Ashgabat.", "Ambassador", "Türkiye", "Czech Republic", "",
            "\r\n", "\n", "\t", "\u00a0", "\ufeff", "“", "—", "Participating States", "- Finland – OSCE Chairpersonship",
            "2025", "Mission to Skopje", "(", ")", "\"", "Mr.", "Dr", "of the", "OSCE", "30 February 2020",
            "99 May 2024", "- Issued on:\n- not a date", "”", ",” he said.", "„", "«", "»", "“We must act now,”",
            "she added: “"};

    @Test
    void randomBytesGiveAnItemOrAClearRejection() {
        Random random = new Random(20261123);
        for (int i = 0; i < CASES; i++) {
            long seed = random.nextLong();
            byte[] bytes = new byte[new Random(seed).nextInt(2000)];
            new Random(seed).nextBytes(bytes);
            check(bytes, "random bytes, seed " + seed);
        }
    }

    @Test
    void shuffledFragmentsOfTheFormatGiveAnItemOrAClearRejection() {
        Random random = new Random(7);
        for (int i = 0; i < CASES; i++) {
            long seed = random.nextLong();
            Random r = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int n = r.nextInt(60); n > 0; n--) {
                text.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]).append(r.nextBoolean() ? "\n" : " ");
            }
            check(text.toString().getBytes(StandardCharsets.UTF_8), "fragments, seed " + seed);
        }
    }

    @Test
    void mutatedSeedPagesGiveAnItemOrAClearRejection() throws IOException {
        List<String> lines = Arrays.asList(Files.readString(Path.of("seeds/000_a91628f60ba626d3.txt")).split("\n"));
        Random random = new Random(11);
        for (int i = 0; i < CASES / 3; i++) {
            long seed = random.nextLong();
            Random r = new Random(seed);
            List<String> mutated = new ArrayList<>(lines);
            for (int n = r.nextInt(12); n > 0 && !mutated.isEmpty(); n--) {
                int at = r.nextInt(mutated.size());
                switch (r.nextInt(4)) {
                    case 0 -> mutated.remove(at);
                    case 1 -> mutated.add(at, FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
                    case 2 -> mutated.set(at, mutated.get(at).substring(0, r.nextInt(mutated.get(at).length() + 1)));
                    default -> mutated = new ArrayList<>(mutated.subList(0, at));
                }
            }
            check(String.join("\n", mutated).getBytes(StandardCharsets.UTF_8), "mutated seed, seed " + seed);
        }
    }

    private static void check(byte[] bytes, String description) {
        try {
            Page page = PageReader.parse("generated.txt", bytes);
            NewsItem item = NewsItemParser.parse(page);
            assertNotNull(item.title(), description);
            assertFalse(item.title().isBlank(), description);
        } catch (BadPageException rejected) {
            assertFalse(rejected.getMessage().isBlank(), description);
            assertFalse(rejected.getMessage().contains("\n"), description);
        } catch (RuntimeException e) {
            fail(description + " threw " + e, e);
        }
    }
}
