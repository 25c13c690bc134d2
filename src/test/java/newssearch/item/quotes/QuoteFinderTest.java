package newssearch.item.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;
import newssearch.item.extract.NewsItemParser;
import newssearch.item.extract.Pages;
import newssearch.page.PageReader;

class QuoteFinderTest {

    private static final Person DOE = Person.of("Jane Doe", "Head of the OSCE Centre in Ashgabat");
    private static final Person ROE = Person.of("John Roe", "Chief Monitor of the Special Monitoring Mission");

    /** The quotations as "speaker: text" lines, "-" for no speaker. */
    private static List<String> quotes(List<Person> people, String... paragraphs) {
        return QuoteFinder.find("A title", List.of(paragraphs), people).stream()
                .map(q -> q.speaker().orElse("-") + ": " + q.text()).toList();
    }

    private static List<String> quotes(String... paragraphs) {
        return quotes(List.of(DOE, ROE), paragraphs);
    }

    @Test
    void saidThenNameAndRoleAfterTheQuotation() {
        assertEquals(List.of("Jane Doe: We must protect soft targets from every kind of attack,"),
                quotes("“We must protect soft targets from every kind of attack,” said Jane Doe, Head of the OSCE"
                        + " Centre in Ashgabat."));
    }

    @Test
    void nameAndRoleThenSaidWithAColonBeforeTheQuotation() {
        assertEquals(List.of("Jane Doe: Every country in the region faces the same threats."),
                quotes("Jane Doe, Head of the OSCE Centre in Ashgabat, said: “Every country in the region faces the"
                        + " same threats.”"));
    }

    @Test
    void surnameRefersBackToTheFullName() {
        assertEquals(List.of("John Roe: Training saves lives at the border,"),
                quotes("“Training saves lives at the border,” Roe said."));
    }

    @Test
    void pronounStandsForThePersonLastNamedAsSubject() {
        assertEquals(List.of("Jane Doe: Our work here has only just begun,"),
                quotes("Jane Doe opened the event together with John Roe.",
                        "“Our work here has only just begun,” she said."));
    }

    @Test
    void pronounAfterASentenceAboutAnUnnamedPersonIsNobodyNamed() {
        assertEquals(List.of("-: At some posts we have no radio contact for days,"),
                quotes("Jane Doe handed over the diplomas.",
                        "Another participant, a woman officer, spoke of the remote crossing points. “At some posts we"
                                + " have no radio contact for days,” she said."));
    }

    @Test
    void anUnnamedPersonWithANameInAppositionIsThatPerson() {
        assertEquals(List.of("John Roe: We see the fields coming back to life,"),
                quotes("Jane Doe handed over the diplomas.",
                        "One of the graduates, John Roe, described the work. “We see the fields coming back to"
                                + " life,” he said."));
    }

    @Test
    void quotationAfterASentenceWhoseSubjectIsTheSpeaker() {
        assertEquals(List.of("John Roe: No country can face these threats on its own."),
                quotes("Jane Doe welcomed the participants. John Roe highlighted the need for co-operation.",
                        "“No country can face these threats on its own.”"));
    }

    @Test
    void quotationAfterASentenceAboutNoOneHasNoSpeaker() {
        assertEquals(List.of("-: No country can face these threats on its own."),
                quotes("Jane Doe opened the event.", "The workshop lasted two days.",
                        "“No country can face these threats on its own.”"));
    }

    @Test
    void quotationOverTwoParagraphsIsOneWithItsParagraphsJoined() {
        assertEquals(List.of("Jane Doe: The first part of the words runs here. And the second part ends them here."),
                quotes("Jane Doe said: “The first part of the words runs here.",
                        "“And the second part ends them here.”"));
    }

    @Test
    void strayMarksGiveNoQuotationAndNoFailure() {
        assertEquals(List.of("Jane Doe: The words run on to the next paragraph"),
                quotes("Jane Doe said: “The words run on to the next paragraph", "“”, he said. ” \" “", "“"));
    }

    @Test
    void severalQuotationsOfOneSpeakerInOneParagraph() {
        assertEquals(List.of("Jane Doe: First we listen to each other,", "Jane Doe: Then we act together as one.",
                        "Jane Doe: Nobody is left behind in this work,"),
                quotes("“First we listen to each other,” said Jane Doe. “Then we act together as one.” “Nobody is"
                        + " left behind in this work,” she added."));
    }

    @Test
    void straightQuotationMarksCountAsCurlyOnes() {
        assertEquals(List.of("Jane Doe: Straight marks are quotation marks too,",
                        "Jane Doe: We will listen to everyone."),
                quotes("\"Straight marks are quotation marks too,\" said Jane Doe. \"We will listen to everyone.\""));
    }

    @Test
    void aRoleTheItemGivesOnePersonNamesThem() {
        assertEquals(List.of("John Roe: The ceasefire must be respected by all sides,"),
                quotes("“The ceasefire must be respected by all sides,” the Chief Monitor said."));
    }

    @Test
    void aRoleRightAfterTheVerbNamesItsHolderAndAccordingToNamesTheSpeaker() {
        assertEquals(List.of("John Roe: The ceasefire must be respected by all sides,",
                        "Jane Doe: more people were helped this year than ever before."),
                quotes("“The ceasefire must be respected by all sides,” says Chief Monitor.",
                        "According to Doe, “more people were helped this year than ever before.”"));
    }

    @Test
    void aBodyOrAnUnnamedPersonIsNoSpeaker() {
        assertEquals(List.of("-: The Committee calls for their immediate release,",
                        "-: I will take back a new way of planning patrols,"),
                quotes("“The Committee calls for their immediate release,” the joint statement said.",
                        "“I will take back a new way of planning patrols,” said one of the graduates."));
    }

    @Test
    void partOfASentenceQuotedBelongsToItsSubject() {
        assertEquals(List.of("Jane Doe: heavily tilted towards the governing parties"),
                quotes("Jane Doe said the media coverage was “heavily tilted towards the governing parties”."));
    }

    @Test
    void titlesOfEventsProjectsAndDocumentsAreNotQuotations() {
        assertEquals(List.of(),
                quotes("Officials met at a Regional Conference on “Critical Infrastructure Protection in Central"
                                + " Asia: Strengthening Resilience, Enhancing Security”.",
                        "The work is part of the project “Mitigating Climate Change Threats to Critical Energy"
                                + " Infrastructure”, funded by Austria.",
                        "The Assembly meets under the theme “Parliamentary diplomacy in the face of war”.",
                        "Its motto, “Security through dialogue and co-operation”, was agreed.",
                        "It was funded under the “Strengthening the rule of law in the region” programme."));
    }

    @Test
    void aQuestionInTitleCaseIsATitle() {
        assertEquals(List.of("Jane Doe: Where do we go from here?"),
                quotes("The panel, “Media Freedom in the Region: What Comes Next?”, was held in Vienna.",
                        "“Where do we go from here?” asked Jane Doe."));
    }

    @Test
    void figuresAreWordsAndASentenceInCapitalsIsNoTitle() {
        assertEquals(List.of("Jane Doe: Only 5 of 27 courts,", "Jane Doe: Thank you, Ambassador Roe."),
                quotes("“Only 5 of 27 courts,” said Jane Doe. “Thank you, Ambassador Roe.”"));
    }

    @Test
    void theOneAParticipleActsOnIsNotTheSpeaker() {
        assertEquals(List.of("Jane Doe: Vienna is glad to host the Mission,"),
                quotes("Welcoming John Roe to Vienna, Jane Doe said: “Vienna is glad to host the Mission,” and"
                        + " opened the meeting."));
    }

    @Test
    void shortQuotedPhrasesAreNotQuotations() {
        assertEquals(List.of(), quotes("Jane Doe spoke of a policy of “zero tolerance” for “fake news”."));
    }

    @Test
    void theLeadRepeatedInTheBodyIsReadOnce() {
        NewsItem item = Pages.article("Chair visits Ashgabat",
                "“Dialogue is the only way forward for the region,” said Jane Doe, Head of the OSCE Centre.",
                "The visit lasted two days.");
        assertEquals(List.of(Quote.of("Dialogue is the only way forward for the region,", "Jane Doe")), item.quotes());
    }

    @Test
    void seedsGiveJohnMcGregorsQuotationsAndBerndHeinzesOnTerrorism() throws Exception {
        NewsItem softTargets = NewsItemParser.parse(PageReader.read(Path.of("seeds/000_a91628f60ba626d3.txt")));
        NewsItem infrastructure = NewsItemParser.parse(PageReader.read(Path.of("seeds/002_1899501280fdbaa4.txt")));
        assertEquals(List.of("Geldimyrat Haldurdyyev", "Bernd Heinze", "John McGregor", "John McGregor"),
                softTargets.quotes().stream().map(q -> q.speaker().orElse("-")).toList());
        assertTrue(softTargets.quotes().get(1).text().contains("to combat terrorism"));
        assertTrue(softTargets.quotes().get(3).text().startsWith("In order to better protect soft targets"));
        assertEquals(List.of("Yazguly Agabayev", "Alena Kupchyna", "John McGregor"),
                infrastructure.quotes().stream().map(q -> q.speaker().orElse("-")).toList());
        // "… across Central Asia and beyond,” he said.": the pronoun after a paragraph whose subject he is
        assertTrue(infrastructure.quotes().get(2).text().startsWith("Our interconnectedness means"));
    }

    @Test
    void thePlaceOfAPostBeforeANameLeavesTheSpeakersNameWhole() {
        NewsItem item = Pages.article("Fair opens", "Mayor of Graz Hanna Leitner called the fair “a place where "
                + "every neighbour is welcome”.");
        assertEquals(List.of("Hanna Leitner: a place where every neighbour is welcome"), item.quotes().stream()
                .map(q -> q.speaker().orElse("-") + ": " + q.text()).toList());
    }
}
