package newssearch.export;

import java.io.IOException;

import newssearch.item.NewsItem;

/** Writes exported items one row at a time; {@link #finish} flushes what is buffered without closing the target. */
public interface ItemWriter {

    /** Writes the header, if the format has one; call once, before the first item. */
    void start() throws IOException;

    void write(NewsItem item) throws IOException;

    void finish() throws IOException;
}
