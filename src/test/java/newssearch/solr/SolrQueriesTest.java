package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import newssearch.search.SearchFields;
import newssearch.search.UserQuery;
import newssearch.search.UserQueryParser;

/** The parsed query as Solr's standard parser receives it: every field, boost and occurrence spelled out. */
class SolrQueriesTest {

    private final UserQueryParser parser = new UserQueryParser(Map.of("Czech Republic", "Czechia"));

    private String solr(String text) {
        return SolrQueries.render(parser.parse(text), SearchFields.ITEMS);
    }

    @Test
    void aWordIsLookedForInEveryFieldWithItsBoost() {
        assertEquals("(body:terrorism^1.0 OR country:terrorism^1.5 OR issuer:terrorism^1.0 OR lead:terrorism^2.0 "
                + "OR person:terrorism^2.0 OR place:terrorism^1.5 OR title:terrorism^4.0)", solr("terrorism"));
    }

    @Test
    void fieldsPhrasesPrefixesAndExclusions() {
        assertEquals("title:OSCE", solr("title:OSCE"));
        assertEquals("issuer:\"Office of the Secretary General\"", solr("issuer:\"Office of the Secretary General\""));
        assertEquals("person:heinz*", solr("person:heinz*"));
        assertEquals("(+*:* -title:sport)", solr("-title:sport"));
        assertEquals("(title:a title:b)", solr("title:a OR title:b"));
    }

    @Test
    void wordsKeepTheirSyntaxCharactersAsText() {
        assertEquals("title:co\\-operation", solr("title:co-operation"));
        assertEquals("title:R\\&D", solr("title:R&D"));
        assertEquals("title:\"say \\\"no\\\"\"", SolrQueries.render(new UserQuery.Phrase(Optional.of("title"),
                "say \"no\"", 0), SearchFields.ITEMS));
    }

    @Test
    void nothingToSearchMatchesNothingAndBlankMatchesEverything() {
        assertEquals("-*:*", solr("((("));
        assertEquals("*:*", solr(" "));
    }
}
