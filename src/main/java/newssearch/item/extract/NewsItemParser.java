package newssearch.item.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import newssearch.item.ItemIds;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.dates.DateExtractor;
import newssearch.item.dates.Dateline;
import newssearch.item.dates.DatelineParser;
import newssearch.item.gazetteer.CountryGazetteer;
import newssearch.item.gazetteer.NavigationFacts;
import newssearch.item.layout.ArticleLayout;
import newssearch.item.people.PageTokens;
import newssearch.item.people.PeopleFinder;
import newssearch.item.people.Vocabulary;
import newssearch.item.places.FoundPlaces;
import newssearch.item.places.PlaceFinder;
import newssearch.item.quotes.QuoteFinder;
import newssearch.page.BadPageException;
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
     * @throws BadPageException when the text after the navigation has neither a content-type line nor a
     *                          metadata block, so nothing says it is a news item
     */
    public static NewsItem parse(Page page, String relativePath) throws BadPageException {
        ArticleLayout layout = ArticleLayout.of(page.article());
        if (layout.contentType().isEmpty() && layout.metadata().length() == 0) {
            throw new BadPageException("has neither a content-type line (News Item) nor a metadata block "
                    + "(- Issued by:): check that it is a saved news page");
        }
        NavigationFacts navigation = NavigationFacts.of(page.navigation());
        CountryGazetteer gazetteer = navigation.gazetteer();
        List<String> leadAndBody = layout.leadAndBody();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(layout.title());
        paragraphs.add(layout.lead());
        paragraphs.addAll(layout.body());
        Vocabulary vocabulary = Vocabulary.of(navigation.words(), paragraphs, gazetteer);
        PageTokens tokens = new PageTokens();
        List<Person> people = PeopleFinder.find(layout.title(), leadAndBody, vocabulary, gazetteer, tokens);
        Optional<Dateline> dateline = leadAndBody.stream().findFirst().flatMap(DatelineParser::parse);
        FoundPlaces places = PlaceFinder.find(paragraphs, dateline, people, gazetteer, navigation.operations(),
                vocabulary, tokens);
        return new NewsItem(
                ItemIds.fromFile(relativePath),
                relativePath,
                layout.contentType(),
                layout.title(),
                layout.lead(),
                layout.body(),
                DateExtractor.extract(layout, dateline, page.navigation()),
                layout.metadata().issuers(),
                layout.metadata().fieldsOfWork(),
                people,
                places.places(),
                places.countries(),
                QuoteFinder.find(layout.title(), leadAndBody, people, tokens));
    }

    /** Extracts the item of a page read from a file at the top of the corpus folder. */
    public static NewsItem parse(Page page) throws BadPageException {
        return parse(page, page.fileName());
    }
}
