package newssearch.embedding;

import newssearch.item.NewsItem;

/**
 * Which text of an item is embedded: its title, its lead, then the body's paragraphs while they may still fit the
 * model's window. The embedder cuts the text at its last token; stopping at a few thousand characters only saves
 * tokenizing paragraphs it would drop.
 */
public final class EmbeddedText {

    /**
     * Enough characters for the window: 512 WordPiece tokens of OSCE English are about 2,600 characters; the margin
     * covers texts of short words and numbers.
     */
    static final int MAX_CHARS = 4000;

    private EmbeddedText() {
    }

    /** The text of {@code item} to embed as a passage. */
    public static String of(NewsItem item) {
        StringBuilder text = new StringBuilder(item.title());
        if (!item.lead().isBlank()) {
            text.append('\n').append(item.lead());
        }
        for (String paragraph : item.body()) {
            if (text.length() >= MAX_CHARS) {
                break;
            }
            text.append('\n').append(paragraph);
        }
        return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text.toString();
    }
}
