package newssearch.item.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits a paragraph into words and punctuation marks. A possessive ending is its own token, so that
 * "Poland’s" gives the place "Poland"; hyphens and apostrophes inside a word keep it whole ("Co-ordinator",
 * "O’Brien", "Chairperson-in-Office"), so does a turned comma before a letter ("Yo‘l").
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /**
     * The paragraph's tokens: words
     * ({@code [\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+|‘\p{L}[\p{L}\p{M}\p{N}]*)*}) and every other
     * character that is not white space, one a token. Scanned by hand rather than by a regular expression: a
     * page's paragraphs and menu are scanned several times, and the regular expressions took half the time
     * of the whole extraction (TokenizerTest checks that the scan agrees with them).
     */
    public static List<Token> tokens(String paragraph) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = paragraph.length();
        while (i < length) {
            int c = paragraph.codePointAt(i);
            if (WhiteSpace.isSpace(c)) {
                i++;
            } else if (isWordChar(c, true)) {
                int end = wordEnd(paragraph, i, true);
                addWord(tokens, paragraph, i, end);
                i = end;
            } else {
                int end = i + Character.charCount(c);
                tokens.add(new Token(paragraph.substring(i, end), i, end));
                i = end;
            }
        }
        return tokens;
    }

    /** A word with a possessive ending gives two tokens, so that "Poland’s" gives the place "Poland". */
    private static void addWord(List<Token> tokens, String paragraph, int start, int end) {
        if (end - start > 2 && paragraph.charAt(end - 1) == 's'
                && (paragraph.charAt(end - 2) == '\'' || paragraph.charAt(end - 2) == '’')) {
            tokens.add(new Token(paragraph.substring(start, end - 2), start, end - 2));
            tokens.add(new Token(paragraph.substring(end - 2, end), end - 2, end));
        } else {
            tokens.add(new Token(paragraph.substring(start, end), start, end));
        }
    }

    /**
     * The words of {@code text} as {@link newssearch.item.people.Vocabulary} counts them, letters and marks only
     * ({@code [\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+|‘\p{L}[\p{L}\p{M}]*)*}), in order.
     */
    public static List<String> letterWords(String text) {
        List<String> words = new ArrayList<>();
        addLetterWords(text, false, words);
        return words;
    }

    /**
     * Adds the words of {@code text}, as {@link #letterWords} reads them, to {@code into}; with
     * {@code lowerCaseOnly}, only those that start with a lower-case letter, and no string is made for the others.
     */
    public static void addLetterWords(String text, boolean lowerCaseOnly, Collection<String> into) {
        int i = 0;
        int length = text.length();
        while (i < length) {
            int c = text.codePointAt(i);
            if (isWordChar(c, false)) {
                int end = wordEnd(text, i, false);
                if (!lowerCaseOnly || Character.isLowerCase(c)) {
                    into.add(text.substring(i, end));
                }
                i = end;
            } else {
                i += Character.charCount(c);
            }
        }
    }

    /** The end of the word starting at {@code start}: word characters, joined by single hyphens or apostrophes. */
    private static int wordEnd(String text, int start, boolean digits) {
        int i = skipWordChars(text, start, digits);
        while (i + 1 < text.length() && joins(text, i, digits)) {
            i = skipWordChars(text, i + 1, digits);
        }
        return i;
    }

    /**
     * Whether the mark at {@code i} joins the word before it to the one after it: a hyphen or an apostrophe
     * before a word character, or a modifier letter apostrophe written as a turned comma before a letter, as in
     * Uzbek ("Yo‘l", "O‘zbekiston"), where it is part of the word and no opening quotation mark.
     */
    private static boolean joins(String text, int i, boolean digits) {
        char c = text.charAt(i);
        if (isJoiner(c)) {
            return isWordChar(text.codePointAt(i + 1), digits);
        }
        return c == '‘' && Character.isLetter(text.codePointAt(i + 1));
    }

    private static int skipWordChars(String text, int i, boolean digits) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isWordChar(c, digits)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    /** {@code \p{L}}, {@code \p{M}} and, with digits, {@code \p{N}}. */
    private static boolean isWordChar(int c, boolean digits) {
        if (c < 0x80) {
            // ASCII, most of a page: its letters and digits, and no mark
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digits && c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> digits;
            default -> false;
        };
    }

    /** Whether token {@code i} opens a sentence: first in the paragraph, or after an end mark or a quote. */
    public static boolean opensSentence(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String before = tokens.get(i - 1).text();
        return before.equals(".") || before.equals("!") || before.equals("?") || before.equals(":")
                || before.equals("“") || before.equals("\"") || before.equals("–") || before.equals("—");
    }
}
