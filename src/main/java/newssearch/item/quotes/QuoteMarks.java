package newssearch.item.quotes;

import java.util.ArrayList;
import java.util.List;

import newssearch.item.text.Token;

/**
 * Pairs the quotation marks of one paragraph: curly marks (“…”, also „…” and «…»), which may nest, and straight
 * ones ("…"), which open after a space or at the start and close otherwise. A span whose closing mark is missing
 * runs to the paragraph's end: the site lets a quotation run on into the next paragraph that way.
 */
public final class QuoteMarks {

    private QuoteMarks() {
    }

    /**
     * The outermost quoted spans, in order.
     *
     * @param open  the index of the opening mark's token
     * @param close the index of the closing mark's token, or the number of tokens when the paragraph ends first
     */
    record Span(int open, int close) {

        boolean closed(List<Token> tokens) {
            return close < tokens.size();
        }

        /** The quoted words as written, without the marks. */
        String text(List<Token> tokens, String paragraph) {
            int from = tokens.get(open).end();
            int to = close < tokens.size() ? tokens.get(close).start() : paragraph.length();
            return paragraph.substring(from, to).strip();
        }

        boolean covers(int token) {
            return token > open && token < close;
        }
    }

    static boolean hasMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»';
    }

    /** Whether token {@code i} is a mark that opens a quotation (the first token of a continued one, say). */
    static boolean opensAt(List<Token> tokens, String paragraph, int i) {
        if (i >= tokens.size() || tokens.get(i).text().length() != 1) {
            return false;
        }
        char c = tokens.get(i).text().charAt(0);
        return c == '“' || c == '„' || c == '«' || (c == '"' || c == '”') && afterSpace(paragraph, tokens.get(i));
    }

    static List<Span> spans(List<Token> tokens, String paragraph) {
        List<Span> spans = new ArrayList<>();
        int depth = 0;
        int open = -1;
        boolean straight = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.text().length() != 1 || !isMark(token.text().charAt(0))) {
                continue;
            }
            char c = token.text().charAt(0);
            if (depth == 0) {
                if (opensAt(tokens, paragraph, i)) {
                    depth = 1;
                    open = i;
                    straight = c == '"';
                }
            } else if (straight) {
                if (c == '"') {
                    spans.add(new Span(open, i));
                    depth = 0;
                }
            } else if (c == '“' || c == '„' || c == '«') {
                depth++;
            } else if (c == '”' || c == '»') {
                depth--;
                if (depth == 0) {
                    spans.add(new Span(open, i));
                }
            }
        }
        if (depth > 0) {
            spans.add(new Span(open, tokens.size()));
        }
        return spans;
    }

    private static boolean afterSpace(String paragraph, Token token) {
        if (token.start() == 0) {
            return true;
        }
        char before = paragraph.charAt(token.start() - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '—' || before == '–'
                || before == '-' || before == '/';
    }
}
