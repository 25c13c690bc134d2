package newssearch.item;

import java.util.Objects;
import java.util.Optional;

/**
 * A quotation of a person or a body in an article: the quoted words and who said them.
 *
 * @param text    the quoted words without the quotation marks; a quotation that runs over several paragraphs is
 *                joined with one space
 * @param speaker the speaker's name exactly as the item's {@code people} lists it (the role is looked up there),
 *                or empty when the page does not say who
 */
public record Quote(String text, Optional<String> speaker) {

    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a quotation needs its words");
        }
    }

    public static Quote of(String text, String speakerOrNull) {
        return new Quote(text, Optional.ofNullable(speakerOrNull));
    }
}
