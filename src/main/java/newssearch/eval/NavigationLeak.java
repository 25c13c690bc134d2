package newssearch.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the body paragraphs that are lines of the page's own navigation, which must never reach an item.
 * The navigation is taken from the labelled page itself (every line before the labelled content-type line), not
 * from the splitter under test.
 */
final class NavigationLeak {

    private NavigationLeak() {
    }

    static int count(List<String> pageLines, String contentType, List<String> body) {
        Set<String> navigation = new HashSet<>();
        for (String line : pageLines) {
            String stripped = line.strip();
            if (stripped.equals(contentType)) {
                break;
            }
            // "- Albania" may leak as itself or as "Albania"; the lone "-" that opens a block is no text.
            if (!stripped.isEmpty() && !stripped.equals("-")) {
                navigation.add(stripped);
                navigation.add(stripped.replaceFirst("^-\\s+", ""));
            }
        }
        return (int) body.stream().map(String::strip).filter(navigation::contains).count();
    }
}
