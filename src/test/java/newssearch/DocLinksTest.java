package newssearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the pages of {@code docs/} link to each other, to files of the repository and to headings: every
 * relative link must name a file or folder that exists, and every {@code #anchor} a heading of its page, by
 * GitHub's rule for heading ids. Links to other sites are not followed.
 */
class DocLinksTest {

    /** {@code [text](target)} and {@code ![alt](target "title")}; the text may hold one level of brackets. */
    private static final Pattern LINK = Pattern.compile(
            "!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    /** What GitHub leaves of a heading in its id: letters, marks, digits, connectors (_), spaces and hyphens. */
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyRelativeLinkAndAnchorInTheReadmeAndDocsPointsAtSomething() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            broken.addAll(brokenLinks(page));
        }
        assertEquals(List.of(), broken);
        assertTrue(pages.size() > 5, "docs/ holds the topics: " + pages);
    }

    @Test
    void aMissingFileAMissingHeadingAndAMissingAnchorAreReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other page\n\n## Exit codes\n");
        Files.writeString(dir.resolve("page.md"), String.join("\n",
                "# A page",
                "See [the codes](other.md#exit-codes), [a folder](.) and [here](#a-page).",
                "A [gone](missing.md) file, [a heading](other.md#exit-code) that is not there, [this](#nowhere).",
                "`[in code](not-a-link.md)` and [a site](https://example.org/x.md#y) are not checked.",
                "```",
                "[in a block](also-not.md)",
                "```",
                ""));
        assertEquals(List.of("page.md: missing.md (no such file)", "page.md: other.md#exit-code (no such heading)",
                "page.md: #nowhere (no such heading)"), brokenLinks(dir.resolve("page.md")));
    }

    @Test
    void headingsGetTheIdsGitHubGivesThem() {
        assertEquals("get-apisearch", slug("`GET /api/search`"));
        assertEquals("follow-a-search-get-apisearchatom", slug("Follow a search: `GET /api/search.atom`"));
        assertEquals("extract-and-eval", slug("`extract` and `eval`"));
        assertEquals("how-an-items-date-is-found", slug("How an item's date is found"));
        assertEquals("the-http-api-and-the-query-language", slug("The HTTP API and the query language"));
        assertEquals("people-places-and-countries", slug("People, places and countries"));
        assertEquals("see-the-page", slug("See [the page](x.md)"));
    }

    @Test
    void aRepeatedHeadingGetsANumber(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.md");
        Files.writeString(page, "# Notes\n\n## Notes\n\n## Notes\n");
        assertEquals(Set.of("notes", "notes-1", "notes-2"), anchors(page));
    }

    /** Each link of {@code page} that points nowhere, as {@code page: target (why)}. */
    static List<String> brokenLinks(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        String name = page.getFileName().toString();
        for (String target : links(page)) {
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // https:, mailto: and the like: another site's business
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path file = path.isEmpty() ? page
                    : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (!Files.exists(file)) {
                broken.add(name + ": " + target + " (no such file)");
            } else if (anchor != null && file.toString().endsWith(".md") && !anchors(file).contains(anchor)) {
                broken.add(name + ": " + target + " (no such heading)");
            }
        }
        return broken;
    }

    /** The targets of the links outside code blocks and code spans. */
    private static List<String> links(Path page) throws IOException {
        List<String> targets = new ArrayList<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(page)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (link.find()) {
                targets.add(link.group(1));
            }
        }
        return targets;
    }

    /** The ids of a page's headings, a repeated one numbered from 1 as GitHub numbers them. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : Files.readAllLines(page)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (inFence || !heading.matches()) {
                continue;
            }
            String slug = slug(heading.group(2));
            int times = seen.merge(slug, 1, Integer::sum);
            anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
        }
        return anchors;
    }

    /** GitHub's id of a heading: its text as shown, in lower case, without punctuation, spaces as hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // a link shows its text
                .replaceAll("<[^>]+>", "")
                .replace("`", "")
                .replaceAll("\\*+", "");
        return NOT_IN_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }
}
