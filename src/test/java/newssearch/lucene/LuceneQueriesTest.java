package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

import newssearch.search.SearchFields;
import newssearch.search.UserQueryParser;

/** The parsed query as Lucene runs it: the analysis the classic query parser applied, field by field. */
class LuceneQueriesTest {

    private final UserQueryParser parser = new UserQueryParser(Map.of("Czech Republic", "Czechia"));
    private final LuceneQueries queries = new LuceneQueries(LuceneSchema.queryAnalyzer());

    private Query lucene(String text) {
        return queries.render(parser.parse(text), SearchFields.ITEMS);
    }

    @Test
    void blankQueryMatchesEverything() {
        assertInstanceOf(MatchAllDocsQuery.class, lucene("  "));
    }

    @Test
    void userFieldsSearchOnlyThatField() {
        assertEquals("title:osc", lucene("title:OSCE").toString());
        assertEquals("person:doe", lucene("person:Doe").toString());
    }

    @Test
    void unknownFieldIsSearchedAsWords() {
        String query = lucene("hash:abc").toString();
        assertTrue(query.contains("title:\"hash abc\""), query);
    }

    @Test
    void aWordIsLookedForInEveryFieldWithItsBoost() {
        assertEquals("(body:terror)^1.0 (country:terror)^1.5 (issuer:terror)^1.0 (lead:terror)^2.0 "
                + "(person:terror)^2.0 (place:terror)^1.5 (title:terror)^4.0", lucene("terrorism").toString());
    }

    @Test
    void prefixesAreNormalisedNotStemmed() {
        assertEquals("title:trainin*", lucene("title:Trainin*").toString());
    }

    @Test
    void hyphenatedWordsAreLookedUpJoined() {
        assertEquals("title:cooper", lucene("title:co-operation").toString());
    }

    @Test
    void stopWordsAloneMatchNothingAndBesideOtherWordsAreDropped() {
        assertInstanceOf(MatchNoDocsQuery.class, lucene("the"));
        assertEquals("+title:border", lucene("title:the title:border").toString());
    }

    @Test
    void leadingWildcardsAndRegularExpressionsAreSearchedAsWords() {
        String leading = lucene("*rorism").toString();
        assertTrue(leading.contains("title:rorism") && !leading.contains("*"), leading);
        String regex = lucene("/ter+or/").toString();
        assertTrue(!regex.contains("/") && regex.contains("title:ter"), regex);
    }

    @Test
    void syntaxErrorsNeverThrow() {
        for (String input : new String[] {"(((", "\"unbalanced", "AND", "title:", "a OR", "~", "\\", "NOT", "+-"}) {
            assertTrue(lucene(input) != null, input);
        }
        assertInstanceOf(MatchNoDocsQuery.class, lucene("((("));
    }

    @Test
    void multiWordCountryNamesAreFoldedWhole() {
        String query = lucene("Czech Republic").toString();
        assertTrue(query.contains("czechia"), query);
    }
}
