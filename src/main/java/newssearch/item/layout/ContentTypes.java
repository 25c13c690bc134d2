package newssearch.item.layout;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import newssearch.item.text.Resources;
import newssearch.item.text.WordSets;

/**
 * Recognises the content-type line that opens an article. The site's types are listed in
 * {@code content-types.txt}; a short line ending in a type noun ("Feature Story") counts too, so that a new
 * type on the site is not read as a title.
 */
public final class ContentTypes {

    private static final Set<String> KNOWN = WordSets.copyOf(Resources.lines("content-types.txt").stream()
            .map(type -> type.toLowerCase(Locale.ROOT))
            .toList());

    private static final Pattern TYPE_LIKE = Pattern.compile(
            "(?:\\p{Lu}\\p{L}*\\s+)?(?i:item|release|statement|report|story|update|announcement|advisory)");

    private ContentTypes() {
    }

    static boolean isContentType(String line) {
        return KNOWN.contains(line.toLowerCase(Locale.ROOT)) || TYPE_LIKE.matcher(line).matches();
    }
}
