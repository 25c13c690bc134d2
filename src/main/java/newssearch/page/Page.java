package newssearch.page;

import java.util.List;
import java.util.Objects;

/**
 * A saved page split in two: the site navigation that precedes the article, and the article itself, which
 * starts with its content-type line ("News Item") or, when the page lost that line, with its title.
 *
 * @param fileName   the name of the file the page was read from, without folders
 * @param navigation the menu lines before the article, as saved ("- Albania", "Participating States")
 * @param article    the article's non-blank lines, trimmed
 */
public record Page(String fileName, List<String> navigation, List<String> article) {

    public Page {
        Objects.requireNonNull(fileName, "fileName");
        navigation = List.copyOf(navigation);
        article = List.copyOf(article);
        if (article.isEmpty()) {
            throw new IllegalArgumentException("a page needs at least one article line: " + fileName);
        }
    }
}
