package newssearch.item;

/** Derives an item's id from its file: stable across reindexing, safe in a URL path. */
public final class ItemIds {

    private static final int LONGEST_EXTENSION = 5;

    private ItemIds() {
    }

    /**
     * "2024/000_a916.txt" gives "2024-000_a916": without the extension ({@code \.[A-Za-z0-9]{1,5}$}), every
     * character but {@code [A-Za-z0-9_.-]} a hyphen, the leading dots and hyphens dropped. Written out rather than
     * as three regular expressions, since the indexer derives the id of every page it reads.
     */
    public static String fromFile(String relativePath) {
        // "$" matches at the end and before a line terminator that ends the text
        int end = relativePath.length() - finalLineTerminator(relativePath);
        int extension = end;
        while (extension > 0 && isAsciiLetterOrDigit(relativePath.charAt(extension - 1))) {
            extension--;
        }
        int extensionLength = end - extension;
        boolean hasExtension = extensionLength >= 1 && extensionLength <= LONGEST_EXTENSION && extension > 0
                && relativePath.charAt(extension - 1) == '.';
        String withoutExtension = hasExtension
                ? relativePath.substring(0, extension - 1) + relativePath.substring(end) : relativePath;
        StringBuilder id = new StringBuilder(withoutExtension.length());
        for (int i = 0; i < withoutExtension.length(); ) {
            int c = withoutExtension.codePointAt(i);
            boolean kept = c < 0x80 && (isAsciiLetterOrDigit((char) c) || c == '_' || c == '.' || c == '-');
            id.append(kept ? (char) c : '-');
            i += Character.charCount(c);
        }
        int start = 0;
        while (start < id.length() && (id.charAt(start) == '.' || id.charAt(start) == '-')) {
            start++;
        }
        return start == id.length() ? "item" : id.substring(start);
    }

    private static int finalLineTerminator(String text) {
        if (text.endsWith("\r\n")) {
            return 2;
        }
        if (text.isEmpty()) {
            return 0;
        }
        char last = text.charAt(text.length() - 1);
        return last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029' ? 1 : 0;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
