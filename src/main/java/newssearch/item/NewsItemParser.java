package newssearch.item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import newssearch.page.Page;

/**
 * The extraction's entry point: a {@link Page} in, a {@link NewsItem} out. The indexer and the
 * {@code extract} command both call {@link #parse}, so what is searched is what is shown.
 */
public final class NewsItemParser {

    private NewsItemParser() {
    }

    /**
     * Extracts the item a page holds.
     *
     * @param page         the page, split from its navigation
     * @param relativePath the page's path under the corpus folder, from which the id is derived
     */
    public static NewsItem parse(Page page, String relativePath) {
        ArticleLayout layout = ArticleLayout.of(page.article());
        CountryGazetteer gazetteer = CountryGazetteer.withNavigation(page.navigation());
        String text = articleText(layout);
        List<String> places = gazetteer.placesIn(text);
        return new NewsItem(
                ItemIds.fromFile(relativePath),
                relativePath,
                layout.contentType(),
                layout.title(),
                layout.lead(),
                layout.body(),
                DateExtractor.extract(layout, page.navigation()),
                layout.metadata().issuers(),
                layout.metadata().fieldsOfWork(),
                List.of(),
                places,
                countries(places, gazetteer));
    }

    /** Extracts the item of a page read from a file at the top of the corpus folder. */
    public static NewsItem parse(Page page) {
        return parse(page, page.fileName());
    }

    private static List<String> countries(List<String> places, CountryGazetteer gazetteer) {
        Set<String> countries = new LinkedHashSet<>();
        places.forEach(place -> gazetteer.stateOf(place).ifPresent(countries::add));
        return List.copyOf(countries);
    }

    private static String articleText(ArticleLayout layout) {
        List<String> parts = new ArrayList<>();
        parts.add(layout.title());
        parts.add(layout.lead());
        parts.addAll(layout.body());
        return String.join("\n", parts);
    }
}
