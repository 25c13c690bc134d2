package newssearch.item;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into words and punctuation marks. A possessive ending is its own token, so that
 * "Poland’s" gives the place "Poland"; hyphens and apostrophes inside a word keep it whole ("Co-ordinator",
 * "O’Brien", "Chairperson-in-Office").
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*|\\S");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private Tokenizer() {
    }

    static List<Token> tokens(String paragraph) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(paragraph);
        while (m.find()) {
            String text = m.group();
            Matcher possessive = POSSESSIVE.matcher(text);
            if (text.length() > 2 && possessive.find()) {
                int split = m.end() - 2;
                tokens.add(new Token(text.substring(0, text.length() - 2), m.start(), split));
                tokens.add(new Token(text.substring(text.length() - 2), split, m.end()));
            } else {
                tokens.add(new Token(text, m.start(), m.end()));
            }
        }
        return tokens;
    }

    /** Whether token {@code i} opens a sentence: first in the paragraph, or after an end mark or a quote. */
    static boolean opensSentence(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String before = tokens.get(i - 1).text();
        return before.equals(".") || before.equals("!") || before.equals("?") || before.equals(":")
                || before.equals("“") || before.equals("\"") || before.equals("–") || before.equals("—");
    }
}
