package newssearch.page;

import java.util.List;

/**
 * Finds where the site's navigation ends and the article begins, from the shape of the menu rather than a
 * copy of it. Every menu line is an item ({@code - Albania}) or a lone {@code -} that opens a block, and a
 * block heading ({@code Participating States}) always follows such a lone {@code -}. The article starts at
 * the first line that is neither an item nor a heading: the content-type line, which follows the last menu
 * item ({@code - Networks and research} then {@code News Item}).
 */
public final class NavigationSplitter {

    private NavigationSplitter() {
    }

    /**
     * @param lines the page's non-blank lines
     * @return the index of the article's first line, or -1 when the page is navigation only
     */
    public static int articleStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean menuItem = isMenuItem(line);
            boolean blockHeading = i > 0 && isBlockOpener(lines.get(i - 1));
            if (!menuItem && !blockHeading) {
                return i;
            }
        }
        return -1;
    }

    static boolean isMenuItem(String line) {
        return isBlockOpener(line) || line.startsWith("- ");
    }

    private static boolean isBlockOpener(String line) {
        return line.equals("-");
    }
}
