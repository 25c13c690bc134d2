package newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The query language as every engine receives it: readable renderings of the parsed tree. */
class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(Map.of("Czech Republic", "Czechia", "Turkey",
            "Türkiye"));

    /** A compact rendering: + must, - must not, ? should; fields before a colon; ~ for proximity. */
    private String parsed(String text) {
        return render(parser.parse(text));
    }

    private static String render(UserQuery query) {
        return switch (query) {
            case UserQuery.All a -> "*";
            case UserQuery.Nothing n -> "none";
            case UserQuery.Word w -> w.field().map(f -> f + ":").orElse("") + w.text();
            case UserQuery.Phrase p -> p.field().map(f -> f + ":").orElse("") + "\"" + p.text() + "\"";
            case UserQuery.Prefix p -> p.field().map(f -> f + ":").orElse("") + p.prefix() + "*";
            case UserQuery.Proximity p -> "near(" + p.text() + ")";
            case UserQuery.Words w -> "some(" + String.join(" ", w.words()) + ")";
            case UserQuery.Group g -> "(" + String.join(" ", g.clauses().stream().map(c -> switch (c.occur()) {
                case MUST -> "+";
                case SHOULD -> "?";
                case MUST_NOT -> "-";
            } + render(c.query())).toList()) + ")";
        };
    }

    @Test
    void plainWordsMatchTogetherAndAPlainQueryGetsAProximityClause() {
        assertEquals("(+some(soft targets) ?near(soft targets))", parsed("soft targets"));
        assertEquals("terrorism", parsed("terrorism"));
    }

    @Test
    void explicitSyntaxKeepsItsStrictMeaning() {
        assertEquals("(+soft +targets)", parsed("+soft +targets"));
        assertEquals("(+(+soft +targets) ?near(soft AND targets))", parsed("soft AND targets"));
        assertEquals("(+\"soft targets\" +some(protection measures))", parsed("\"soft targets\" protection measures"));
        assertEquals("(+person:Doe +some(border training))", parsed("person:Doe border training"));
        assertEquals("(+(+some(border training) -Moldova) ?near(border training -Moldova))",
                parsed("border training -Moldova"));
    }

    @Test
    void questionWordsAreDroppedWhenOtherWordsRemain() {
        assertEquals("(+some(the trafficking victims) ?near(the trafficking victims))",
                parsed("what has been done about the trafficking victims"));
        assertEquals("(+some(who what) ?near(who what))", parsed("who what"));
        assertEquals("terrorism", parsed("how terrorism"));
    }

    @Test
    void orMakesBothNeighboursOptionalAsInTheClassicSyntax() {
        assertEquals("(+(?forged ?resilience) ?near(forged OR resilience))", parsed("forged OR resilience"));
        assertEquals("(?a ?b +c)", parsed("a OR (b) c"));
        assertEquals("(+a +b)", parsed("a AND (b)"));
    }

    @Test
    void exclusionsAloneMeanEverythingBut() {
        assertEquals("(+* -sport)", parsed("-sport"));
        assertEquals("(+(+terrorism -Ashgabat) ?near(terrorism -Ashgabat))", parsed("terrorism -Ashgabat"));
        assertEquals("(+terrorism -Ashgabat)", parsed("terrorism NOT (Ashgabat)"));
    }

    @Test
    void phrasesFieldsPrefixesAndGroups() {
        assertEquals("\"soft targets\"", parsed("\"soft targets\""));
        assertEquals("title:resilience", parsed("Title:resilience"));
        assertEquals("issuer:\"Office of the Secretary General\"",
                parsed("issuer:\"Office of the Secretary General\""));
        assertEquals("forg*", parsed("forg*"));
        assertEquals("(+(?a ?b) +c)", parsed("(a OR b) c"));
        assertEquals("(+title:border +title:guards)", parsed("title:(border guards)"));
    }

    @Test
    void unknownFieldsAreSearchedAsTheirWords() {
        assertEquals("\"hash abc\"", parsed("hash:abc"));
    }

    @Test
    void countryNamesBecomeEveryNameOfTheState() {
        assertEquals("(?\"Türkiye\" ?\"Turkey\")", parsed("Turkey"));
        assertEquals("(+(+(?\"Czechia\" ?\"Czech Republic\") +border) ?near(Czech Republic border))",
                parsed("Czech Republic border"));
        assertEquals("\"Turkey\"", parsed("\"Turkey\""));
    }

    @Test
    void whatTheSyntaxRefusesIsSearchedAsPlainWords() {
        assertEquals("rorism", parsed("*rorism"));
        assertEquals("some(ter or)", parsed("/ter+or/"));
        assertEquals("some(a TO z)", parsed("[a TO z]"));
        assertEquals("terrorism", parsed("terrorism~"));
        assertEquals("(+some(terrorism and) ?near(terrorism AND))", parsed("terrorism AND"));
        assertEquals("some(soft targets)", parsed("\"soft targets"));
        assertEquals("some(a b c)", parsed("a:b:c"));
        assertEquals("none", parsed("((("));
        assertEquals("t", parsed("t*"));
    }

    @Test
    void tooManyWordsAreRefusedWithTheParameterNamed() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> parser.parse("word ".repeat(200)));
        assertEquals("q", e.parameter());
    }
}
