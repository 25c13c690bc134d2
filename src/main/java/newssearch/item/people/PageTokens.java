package newssearch.item.people;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;

/**
 * The tokens of one page's paragraphs, and the places their kind nouns name, each made once: the people, the
 * places and the quotations are read from the same paragraphs, and tokenizing them three times cost a tenth of
 * the extraction. One page's, on one thread.
 */
public final class PageTokens {

    private final Map<String, List<Token>> tokens = new HashMap<>();
    private final Map<String, List<AreaPhrases.Range>> areas = new HashMap<>();

    /** {@link Tokenizer#tokens} of the paragraph, unmodifiable. */
    public List<Token> of(String paragraph) {
        return tokens.computeIfAbsent(paragraph, p -> Collections.unmodifiableList(Tokenizer.tokens(p)));
    }

    /** {@link AreaPhrases#namedByKind} of the paragraph's tokens, unmodifiable. */
    public List<AreaPhrases.Range> areas(String paragraph) {
        return areas.computeIfAbsent(paragraph, p -> Collections.unmodifiableList(AreaPhrases.namedByKind(of(p))));
    }
}
