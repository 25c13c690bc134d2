package newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;

class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(NewsSchema.queryAnalyzer(), Map.of("Czech Republic", "Czechia"));

    @Test
    void blankQueryMatchesEverything() {
        assertInstanceOf(MatchAllDocsQuery.class, parser.parse("  "));
    }

    @Test
    void userFieldsSearchOnlyThatField() {
        assertEquals("title:osc", parser.parse("title:OSCE").toString());
        assertEquals("person:doe", parser.parse("person:Doe").toString());
    }

    @Test
    void unknownFieldIsSearchedAsWords() {
        String query = parser.parse("hash:abc").toString();
        assertTrue(query.contains("title:\"hash abc\""), query);
    }

    @Test
    void leadingWildcardsAndRegularExpressionsAreSearchedAsWords() {
        String leading = parser.parse("*rorism").toString();
        assertTrue(leading.contains("title:rorism") && !leading.contains("*"), leading);
        String regex = parser.parse("/ter+or/").toString();
        assertTrue(!regex.contains("/") && regex.contains("title:ter"), regex);
        String range = parser.parse("[a TO z]").toString();
        assertTrue(!range.contains("TO") || range.contains("title:"), range);
    }

    @Test
    void syntaxErrorsNeverThrow() {
        for (String input : new String[] {"(((", "\"unbalanced", "AND", "title:", "a OR", "~", "\\", "NOT", "+-"}) {
            Query query = parser.parse(input);
            assertTrue(query != null, input);
        }
        assertInstanceOf(MatchNoDocsQuery.class, parser.parse("((("));
    }

    @Test
    void multiWordCountryNamesAreFoldedWhole() {
        String query = parser.parse("Czech Republic").toString();
        assertTrue(query.contains("czechia"), query);
    }
}
