package newssearch.item.text;

/**
 * White space as the extraction's patterns read it ({@code \s}: space, tab, line feed, vertical tab, form feed,
 * carriage return), folded by hand: a regular expression's replacement cost more than the rest of what the
 * callers do with the text.
 */
public final class WhiteSpace {

    private WhiteSpace() {
    }

    /** {@code text.replaceAll("\\s+", " ")}: every run of white space one space. */
    public static String collapse(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && !startsAChange(text, i)) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                while (i < length && isSpace(text.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the white space at {@code i}, if any, is other than one space alone. */
    private static boolean startsAChange(String text, int i) {
        char c = text.charAt(i);
        return isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)));
    }

    /** Whether {@code c} is white space as {@code \s} means it without the Unicode flag: a non-breaking space is not. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
