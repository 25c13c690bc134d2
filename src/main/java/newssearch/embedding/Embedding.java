package newssearch.embedding;

import java.util.Objects;

/**
 * A text's embedding: a unit-length vector (L2 norm 1, so that a dot product is the cosine), and whether the text
 * was longer than the model's window and only its start was embedded.
 */
public record Embedding(float[] vector, boolean truncated) {

    public Embedding {
        Objects.requireNonNull(vector, "vector");
        vector = vector.clone();
    }

    /** The dot product with {@code other}: their cosine similarity, as both have length 1. */
    public float similarity(Embedding other) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException("vectors of " + vector.length + " and " + other.vector.length
                    + " dimensions cannot be compared");
        }
        float dot = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * other.vector[i];
        }
        return dot;
    }
}
