package newssearch.item.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** White space folded by hand must be what the regular expression it replaced gives. */
class WhiteSpaceTest {

    @Test
    void collapsesAsTheRegularExpressionDid() {
        List<String> texts = List.of("", " ", "a", "a b", "a  b", " a\tb ", "a\r\nb", "a\u000Bb", "a\fb",
                "a\u00A0b", "a \u00A0 b", "\n\n", "  lead and trail  ");
        for (String text : texts) {
            assertEquals(text.replaceAll("\\s+", " "), WhiteSpace.collapse(text), text);
        }
        String alphabet = "ab \t\n\r\u000B\f\u00A0\u2028x";
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(12); c > 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(text.toString().replaceAll("\\s+", " "), WhiteSpace.collapse(text.toString()));
        }
    }
}
