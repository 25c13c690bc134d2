package newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import newssearch.index.IndexProgress;

class ProgressLineTest {

    private final StringWriter out = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();
    private final ProgressLine line = new ProgressLine(new PrintWriter(out), nanos::get);

    @Test
    void showsPagesPerSecondAndTimeLeft() {
        nanos.set(2_000_000_000L);
        line.pagesRead(1_000, 4_000);
        assertEquals("\rindexing: 1,000 of 4,000 pages, 500 pages/s, 0:06 left", out.toString());
    }

    @Test
    void countsTheItemsEmbeddedWhenTheRunWritesVectors() {
        nanos.set(2_000_000_000L);
        line.itemsEmbedded(950);
        line.pagesRead(1_000, 4_000);
        assertEquals("\rindexing: 1,000 of 4,000 pages, 500 pages/s, 0:06 left, 950 embedded", out.toString());
    }

    @Test
    void rewritesAtMostTwiceASecond() {
        nanos.set(1_000_000_000L);
        line.pagesRead(100, 1_000);
        nanos.set(1_200_000_000L);
        line.pagesRead(120, 1_000);
        assertFalse(out.toString().contains("120 of"), out.toString());
        nanos.set(1_600_000_000L);
        line.pagesRead(160, 1_000);
        assertTrue(out.toString().contains("160 of 1,000 pages"), out.toString());
    }

    @Test
    void wipesTheLineWhenDoneSoThatTheSummaryStandsAlone() {
        nanos.set(1_000_000_000L);
        line.pagesRead(10, 20);
        String shown = out.toString();
        nanos.set(2_000_000_000L);
        line.pagesRead(20, 20);
        String wipe = out.toString().substring(shown.length());
        assertEquals("\r" + " ".repeat(shown.length() - 1) + "\r", wipe);
    }

    @Test
    void longRunsShowHours() {
        nanos.set(1_000_000_000L);
        line.pagesRead(1, 10_000);
        assertTrue(out.toString().endsWith("2:46:39 left"), out.toString());
    }

    @Test
    void noLineWithoutATerminal() {
        assertFalse(ProgressLine.isTerminal(null));
        assertEquals(IndexProgress.NONE, ProgressLine.on(null));
    }
}
