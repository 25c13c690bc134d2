package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import newssearch.lucene.LuceneBackend;

/** Every kind of bad input a scraper leaves, mixed into good pages: skipped with a reason, the rest indexed. */
class BadPagesTest {

    @TempDir
    Path work;

    private Path corpus;
    private String seed;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(work.resolve("corpus"));
        seed = Files.readString(Path.of("seeds/000_a91628f60ba626d3.txt"));
        Files.writeString(corpus.resolve("good.txt"), seed);
    }

    private IndexReport index() throws IOException {
        return LuceneBackend.index(corpus, work.resolve("index"), false);
    }

    private static Map<String, String> reasons(IndexReport report) {
        Map<String, String> reasons = new TreeMap<>();
        report.skipped().forEach(s -> reasons.put(s.file(), s.reason()));
        return reasons;
    }

    @Test
    void eachBadPageIsSkippedWithItsReason() throws IOException {
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("whitespace.txt"), " \r\n\t \n");
        Files.write(corpus.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
        Files.write(corpus.resolve("report.pdf"), "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 in Vienna".getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = seed.getBytes(StandardCharsets.UTF_16);
        Files.write(corpus.resolve("utf16.txt"), utf16);
        Files.writeString(corpus.resolve("navigation-only.txt"), seed.substring(0, seed.indexOf("News Item")));
        IndexReport report = index();

        Map<String, String> reasons = reasons(report);
        assertEquals(1, report.added(), reasons.toString());
        assertTrue(reasons.get("empty.txt").startsWith("is empty"));
        assertTrue(reasons.get("whitespace.txt").startsWith("is empty or only whitespace"));
        assertTrue(reasons.get("image.png").startsWith("is binary"));
        assertTrue(reasons.get("report.pdf").startsWith("is binary"));
        assertTrue(reasons.get("latin1.txt").startsWith("is not valid UTF-8"));
        assertTrue(reasons.get("utf16.txt").startsWith("is UTF-16 text: save it as UTF-8"));
        assertTrue(reasons.get("navigation-only.txt").startsWith("has site navigation but no article"));
        reasons.values().forEach(reason -> assertTrue(reason.contains(":") && !reason.contains("\n"), reason));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreFine() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = seed.replace("soft targets", "soft spots").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(crlf, 0, withBom, bom.length, crlf.length);
        Files.write(corpus.resolve("bom-crlf.txt"), withBom);
        IndexReport report = index();
        assertEquals(2, report.added(), report.skipped().toString());
        assertTrue(report.skipped().isEmpty());
    }

    @Test
    void hugeFileIsRefusedWithoutReadingItWhole() throws IOException {
        try (OutputStream out = Files.newOutputStream(corpus.resolve("huge.txt"))) {
            byte[] line = "- a menu line that goes on and on\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        IndexReport report = index();
        assertEquals(1, report.added());
        assertTrue(reasons(report).get("huge.txt").startsWith("is larger than 4 MB"), reasons(report).toString());
    }

    @Test
    void pageWithoutContentTypeIsIndexedWithAWarning() throws IOException {
        Files.writeString(corpus.resolve("no-type.txt"), seed.replace("\nNews Item\n", "\n"));
        IndexReport report = index();
        assertEquals(2, report.added());
        assertEquals("no-type.txt", report.warnings().get(0).file());
        assertTrue(report.warnings().get(0).message().startsWith("has no content-type line"));
    }

    @Test
    void textWithoutContentTypeOrMetadataIsNotANewsItem() throws IOException {
        Files.writeString(corpus.resolve("notes.txt"), "shopping list\nmilk\nbread");
        Files.writeString(corpus.resolve("count"), "2000");
        IndexReport report = index();
        assertEquals(1, report.added());
        assertTrue(reasons(report).get("notes.txt").startsWith("has neither a content-type line"),
                reasons(report).toString());
        assertTrue(reasons(report).containsKey("count"));
    }

    @Test
    void linksThatLoopOrPointNowhereAreReported() throws IOException {
        Path sub = Files.createDirectories(corpus.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("loop"), corpus);
        Files.createSymbolicLink(corpus.resolve("dangling.txt"), work.resolve("gone.txt"));
        IndexReport report = index();
        assertEquals(1, report.added());
        Map<String, String> reasons = reasons(report);
        assertTrue(reasons.get("sub/loop").contains("loop"), reasons.toString());
        assertTrue(reasons.get("dangling.txt").startsWith("is a link to a file that does not exist"));
    }

    @Test
    void unreadableFileIsSkipped() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
        Path locked = Files.writeString(corpus.resolve("locked.txt"), seed.replace("soft", "hard"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        IndexReport report = index();
        assertEquals(1, report.added());
        assertTrue(reasons(report).get("locked.txt").startsWith("cannot be read"));
    }

    @Test
    void fileThatFailsToReadIsSkipped() throws IOException {
        // Reading a process's memory from offset 0 fails with an I/O error, even for root.
        Path memory = Path.of("/proc/self/mem");
        assumeFalse(!Files.exists(memory), "needs Linux /proc");
        Files.createSymbolicLink(corpus.resolve("failing.txt"), memory);
        IndexReport report = index();
        assertEquals(1, report.added());
        assertTrue(reasons(report).get("failing.txt").startsWith("could not be read"), reasons(report).toString());
    }
}
