package newssearch.search;

/** Text from pages made safe to show in HTML, for titles and snippets that have nothing to highlight. */
public final class HtmlText {

    /** How much of a lead stands in for a snippet when the query matched nothing in it. */
    public static final int OPENING_CHARS = 300;

    private HtmlText() {
    }

    /** Escapes text for HTML. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A lead cut at a word boundary near {@link #OPENING_CHARS} characters, escaped. */
    public static String opening(String lead) {
        if (lead.length() <= OPENING_CHARS) {
            return escape(lead);
        }
        int cut = lead.lastIndexOf(' ', OPENING_CHARS);
        return escape(lead.substring(0, cut > 0 ? cut : OPENING_CHARS)) + " …";
    }
}
