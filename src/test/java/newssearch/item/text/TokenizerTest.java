package newssearch.item.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** The patterns the hand-written scan stands for. */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:[-'’][\\p{L}\\p{M}\\p{N}]+|‘\\p{L}[\\p{L}\\p{M}\\p{N}]*)*|\\S");
    private static final Pattern LETTER_WORD = Pattern.compile(
            "[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+|‘\\p{L}[\\p{L}\\p{M}]*)*");
    /** Letters, marks, digits, joiners, spaces of several kinds, punctuation and a character beyond the BMP. */
    private static final String[] PIECES = {"a", "Ž", "ğ", "ș", "\u0301", "7", "²", "-", "'", "’", "‘", "’s", "'s", " ",
            "\u00a0", "\t", "\n", ",", ".", "“", "–", "/", "(", "\uD835\uDC00", "OSCE", "s"};

    private static List<String> tokenTexts(String text) {
        return Tokenizer.tokens(text).stream().map(Token::text).toList();
    }

    /** The tokens as the regular expression and the possessive split gave them. */
    private static List<String> byPattern(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.length() > 2 && (token.endsWith("’s") || token.endsWith("'s"))) {
                tokens.add(token.substring(0, token.length() - 2));
                tokens.add(token.substring(token.length() - 2));
            } else {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static List<String> lettersByPattern(String text) {
        return LETTER_WORD.matcher(text).results().map(MatchResult::group).toList();
    }

    @Test
    void wordsKeepInnerHyphensAndApostrophesAndPossessivesSplit() {
        assertEquals(List.of("The", "Co-ordinator", "met", "O’Brien", "in", "Poland", "’s", "capital", "."),
                tokenTexts("The Co-ordinator met O’Brien in Poland’s capital."));
        assertEquals(List.of("OSCE", "-", "wide", "Chairperson-in-Office", "–", "G20"),
                tokenTexts("OSCE -wide Chairperson-in-Office – G20"));
    }

    @Test
    void aTurnedCommaBeforeALetterStaysInsideTheWord() {
        assertEquals(List.of("the", "Qo‘ng", "group", "met", "‘", "Ann", "’", "and", "‘", "7"),
                tokenTexts("the Qo‘ng group met ‘Ann’ and ‘7"));
    }

    @Test
    void scanAgreesWithThePatternsOnRandomText() {
        Random random = new Random(42);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String sample = text.toString();
            assertEquals(byPattern(sample), tokenTexts(sample), sample);
            assertEquals(lettersByPattern(sample), Tokenizer.letterWords(sample), sample);
        }
    }
}
