package newssearch.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import newssearch.item.ItemDate;
import newssearch.item.NewsItem;

class EmbeddedTextTest {

    @Test
    void titleLeadAndBodyInTheirOrder() {
        assertEquals("Title\nLead.\nFirst paragraph.\nSecond paragraph.",
                EmbeddedText.of(item(List.of("First paragraph.", "Second paragraph."))));
    }

    @Test
    void aLongBodyStopsPastWhatTheWindowHolds() {
        String paragraph = "x".repeat(999);
        String text = EmbeddedText.of(item(Collections.nCopies(100, paragraph)));
        assertEquals(EmbeddedText.MAX_CHARS, text.length());
        assertTrue(text.startsWith("Title\nLead.\nxxx"));
    }

    private static NewsItem item(List<String> body) {
        return new NewsItem("000_a", "000_a.txt", Optional.of("News Item"), "Title", "Lead.", body,
                ItemDate.none(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
