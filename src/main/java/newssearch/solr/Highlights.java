package newssearch.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import newssearch.index.NewsSchema;

/**
 * Highlighting with Solr's unified highlighter, set as the embedded index sets Lucene's: the title whole, the
 * lead's best passage and the body's two best, each about 160 characters, matched words (stemmed forms too) in
 * {@code <mark>}, everything else HTML-escaped, and nothing for a field where no word matched.
 */
final class Highlights {

    private static final String PASSAGE_CHARS = "160";

    private Highlights() {
    }

    static Map<String, String> params() {
        return Map.ofEntries(
                Map.entry("hl", "true"),
                Map.entry("hl.method", "unified"),
                Map.entry("hl.fl", String.join(",", NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.BODY)),
                Map.entry("hl.tag.pre", "<mark>"),
                Map.entry("hl.tag.post", "</mark>"),
                Map.entry("hl.encoder", "html"),
                Map.entry("hl.requireFieldMatch", "true"),
                Map.entry("hl.defaultSummary", "false"),
                Map.entry("hl.bs.type", "SENTENCE"),
                Map.entry("hl.bs.language", "en"),
                Map.entry("hl.fragsize", PASSAGE_CHARS),
                Map.entry("hl.fragsizeIsMinimum", "false"),
                Map.entry("hl.fragAlignRatio", "0.5"),
                Map.entry("f." + NewsSchema.TITLE + ".hl.bs.type", "WHOLE"),
                Map.entry("f." + NewsSchema.TITLE + ".hl.snippets", "1"),
                Map.entry("f." + NewsSchema.LEAD + ".hl.snippets", "1"),
                Map.entry("f." + NewsSchema.BODY + ".hl.snippets", "2"));
    }

    /** The title with its matched words marked, if any matched. */
    static Optional<String> title(JsonNode highlighting) {
        List<String> title = passages(highlighting, NewsSchema.TITLE);
        return title.isEmpty() ? Optional.empty() : Optional.of(title.get(0));
    }

    /** The lead's passage, and the body's when the lead has no match, joined as the embedded index joins them. */
    static Optional<String> snippet(JsonNode highlighting, String ellipsis) {
        List<String> parts = new ArrayList<>();
        String lead = String.join(ellipsis, passages(highlighting, NewsSchema.LEAD)).strip();
        if (!lead.isEmpty()) {
            parts.add(lead);
        }
        String body = String.join(ellipsis, passages(highlighting, NewsSchema.BODY)).strip();
        if (!body.isEmpty() && (parts.isEmpty() || !lead.contains("<mark>"))) {
            parts.add(body);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(ellipsis, parts));
    }

    private static List<String> passages(JsonNode highlighting, String field) {
        List<String> passages = new ArrayList<>();
        highlighting.path(field).forEach(passage -> passages.add(passage.asText()));
        return passages;
    }
}
