package newssearch.search;

import java.util.Objects;

/** One value of a facet dimension and how many matching items have it. */
public record FacetCount(String value, long count) {

    public FacetCount {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value + " (" + count + ")";
    }
}
