package newssearch.item.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import newssearch.item.NewsItem;
import newssearch.page.BadPageException;
import newssearch.page.Page;
import newssearch.page.PageReader;

/** Pages for tests: the fixture files, and articles written in a test behind a small navigation. */
public final class Pages {

    /** A short menu in the site's shape: Finland chairs in 2025; Estonia is listed but named by no article. */
    static final String NAVIGATION = String.join("\n",
            "-", "Participating States", "- Albania", "- Czech Republic", "- Estonia",
            "- Finland – OSCE Chairpersonship 2025", "- Kyrgyzstan", "- Türkiye",
            "- Asian Partners for Co-operation",
            "-", "Field operations", "- Mission to Skopje", "- Centre in Ashgabat", "- Networks and research");

    private Pages() {
    }

    /** A fixture page from {@code src/test/resources/pages/}. */
    static Page fixture(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture page " + name);
            }
            return PageReader.parse(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadPageException e) {
            throw new IllegalStateException(name + " " + e.getMessage(), e);
        }
    }

    public static NewsItem item(String name) {
        try {
            return NewsItemParser.parse(fixture(name));
        } catch (BadPageException e) {
            throw new IllegalStateException(name + " " + e.getMessage(), e);
        }
    }

    /** The item of a News Item page with this title and lead, a one-issuer metadata block, and this body. */
    public static NewsItem article(String title, String lead, String... body) {
        String text = NAVIGATION + "\nNews Item\n" + title + "\n" + lead
                + "\n- Issued on:\n- Issued by:\n- OSCE Secretariat\n" + lead + "\n" + String.join("\n", body);
        try {
            return NewsItemParser.parse(PageReader.parse("test.txt", text.getBytes(StandardCharsets.UTF_8)));
        } catch (BadPageException e) {
            throw new IllegalStateException(e);
        }
    }
}
