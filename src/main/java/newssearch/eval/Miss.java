package newssearch.eval;

import java.util.Objects;

/**
 * One value the extraction got wrong on one page.
 *
 * @param expected the labelled value, or "-" when the extraction found a value the label does not have
 * @param got      the extracted value, or "-" when it missed the labelled one
 */
public record Miss(String file, String field, String expected, String got) {

    public static final String NOTHING = "-";

    public Miss {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(got, "got");
    }
}
