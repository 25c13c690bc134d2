package newssearch.bench;

import java.util.List;

/**
 * A generated page: its file name and text in the saved-page format, and what was put in it, already split
 * (which the raw Lucene baseline indexes without any parsing or extraction).
 *
 * @param article     the lead and body paragraphs, the lead once, joined by newlines
 * @param countries   the states the article names or implies, as the site's list spells them
 */
record SyntheticPage(String fileName, String text, String title, String article, List<String> fieldsOfWork,
                     List<String> countries) {

    SyntheticPage {
        fieldsOfWork = List.copyOf(fieldsOfWork);
        countries = List.copyOf(countries);
    }
}
