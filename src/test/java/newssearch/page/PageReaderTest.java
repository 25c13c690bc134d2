package newssearch.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PageReaderTest {

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PageReaderTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void windowsLineEndingsLeaveNoCarriageReturns() throws Exception {
        byte[] bytes = fixture("crlf-line-endings.txt");
        assertEquals('\r', new String(bytes, StandardCharsets.UTF_8).charAt(1), "the fixture must keep CRLF");
        Page page = PageReader.parse("crlf-line-endings.txt", bytes);
        assertEquals("News Item", page.article().get(0));
        assertEquals("Youth forum held in Tirana", page.article().get(1));
        assertFalse(page.article().stream().anyMatch(line -> line.contains("\r")));
    }

    @Test
    void navigationEndsAtTheContentTypeLine() throws Exception {
        Page page = PageReader.parse("two-issuers.txt", fixture("two-issuers.txt"));
        assertEquals("- Networks and research", page.navigation().get(page.navigation().size() - 1));
        assertEquals("News Item", page.article().get(0));
    }

    @Test
    void pageWithoutMetadataBlockStillSplits() throws Exception {
        Page page = PageReader.parse("no-metadata-block.txt", fixture("no-metadata-block.txt"));
        assertEquals("Police academy opens new library", page.article().get(1));
    }

    @Test
    void navigationOnlyIsABadPage() {
        byte[] bytes = "-\nParticipating States\n- Albania".getBytes(StandardCharsets.UTF_8);
        assertThrows(BadPageException.class, () -> PageReader.parse("nav.txt", bytes));
    }
}
