package newssearch.relevance;

import java.util.Objects;

/** One line of a ranking: a document and the score it was ranked by. */
public record RankedDoc(String docid, float score) {

    public RankedDoc {
        Objects.requireNonNull(docid, "docid");
    }
}
