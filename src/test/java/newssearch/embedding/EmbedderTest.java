package newssearch.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbedderTest {

    private static final String DOMESTIC_VIOLENCE = "The OSCE Mission opened a shelter for women and children who "
            + "suffer violence at home, and trained police officers to respond to calls about domestic abuse.";
    private static final String ELECTIONS = "Observers from the OSCE Office for Democratic Institutions and Human "
            + "Rights said the parliamentary elections were competitive, but vote counting lacked transparency.";

    private static Embedder embedder;

    @BeforeAll
    static void load() throws IOException {
        embedder = Embedder.load();
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void aQuestionInOtherWordsIsNearerItsTopicThanAnotherTopic() {
        Embedding question = embedder.query("help for women whose husbands hit them");
        float nearer = question.similarity(embedder.passage(DOMESTIC_VIOLENCE));
        float farther = question.similarity(embedder.passage(ELECTIONS));
        assertTrue(nearer > farther + 0.05f, "domestic violence " + nearer + ", elections " + farther);
    }

    @Test
    void vectorsHave384DimensionsAndUnitLength() {
        assertEquals(384, embedder.dimensions());
        for (Embedding embedding : List.of(embedder.query("election observation"), embedder.passage(ELECTIONS))) {
            assertEquals(384, embedding.vector().length);
            assertEquals(1.0, embedding.similarity(embedding), 1e-4);
        }
    }

    @Test
    void aTextLongerThanTheWindowIsReportedTruncated() {
        String longText = (ELECTIONS + " ").repeat(30);
        assertTrue(embedder.passage(longText).truncated());
        assertFalse(embedder.passage(ELECTIONS).truncated());
        // The window holds the start: what follows it changes nothing.
        assertArrayEquals(embedder.passage(longText).vector(), embedder.passage(longText + " Moldova").vector());
    }

    @Test
    void theSameTextGivesTheSameVectorAloneOrInABatch() {
        Embedding alone = embedder.passage(ELECTIONS);
        assertArrayEquals(alone.vector(), embedder.passage(ELECTIONS).vector());
        List<Embedding> batch = embedder.passages(List.of("Short.", ELECTIONS, DOMESTIC_VIOLENCE));
        assertEquals(3, batch.size());
        assertArrayEquals(alone.vector(), batch.get(1).vector());
    }

    @Test
    void aQueryIsEmbeddedWithItsPrefixNotAsAPassage() {
        assertNotEquals(Arrays.toString(embedder.query(ELECTIONS).vector()),
                Arrays.toString(embedder.passage(ELECTIONS).vector()));
        assertEquals("e5-small-v2-q", embedder.modelName());
    }

    /** The ids Hugging Face's tokenizers library gives for the model's tokenizer.json. */
    @Test
    void tokenIdsAreTheReferenceTokenizers() throws IOException {
        WordPieceTokenizer tokenizer;
        try (InputStream json = Embedder.class.getResourceAsStream("/e5-small-v2-q-tokenizer.json")) {
            tokenizer = WordPieceTokenizer.read(json);
        }
        assertArrayEquals(new long[] {101, 1996, 9808, 3401, 1005, 1055, 3260, 1999, 11491, 1006, 18168, 5480, 1007,
                4738, 2423, 8845, 1012, 102}, tokenizer.encode(
                "The OSCE's Mission in Kosovo (OMiK) trained 25 journalists.", 512).ids());
        assertArrayEquals(new long[] {101, 17814, 1010, 7668, 2139, 3900, 1011, 24728, 1024, 15743, 1523, 16614,
                1524, 102}, tokenizer.encode("\u0141\u00f3d\u017a, Caf\u00e9 d\u00e9j\u00e0-vu: na\u00efve "
                + "\u201cquotes\u201d", 512).ids());
        WordPieceTokenizer.Tokens cut = tokenizer.encode("The OSCE's Mission in Kosovo", 5);
        assertArrayEquals(new long[] {101, 1996, 9808, 3401, 102}, cut.ids());
        assertTrue(cut.truncated());
    }
}
