package newssearch.item.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import newssearch.item.text.WhiteSpace;

/**
 * The parts of an article in the order the site lays them out: content type, title, lead, metadata block,
 * body. The body's first paragraph repeats the lead on the site; here it is dropped so that the lead is kept
 * once.
 */
public record ArticleLayout(
        Optional<String> contentType, String title, String lead, MetadataBlock metadata, List<String> body) {

    public ArticleLayout {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(metadata, "metadata");
        body = List.copyOf(body);
    }

    /** Lays out the article lines of a page (the first is the content-type line, or the title if that is lost). */
    public static ArticleLayout of(List<String> article) {
        int first = 0;
        Optional<String> contentType = Optional.empty();
        if (article.size() > 1 && ContentTypes.isContentType(article.get(0))) {
            contentType = Optional.of(article.get(0));
            first = 1;
        }
        int metadataStart = metadataStart(article, first);
        List<String> head;
        MetadataBlock metadata;
        List<String> rest;
        if (metadataStart >= 0) {
            head = article.subList(first, metadataStart);
            metadata = MetadataBlock.read(article, metadataStart);
            rest = article.subList(metadataStart + metadata.length(), article.size());
        } else {
            // Without a metadata block nothing marks where the lead ends: take one line, as the site writes it.
            int headEnd = Math.min(article.size(), first + 2);
            head = article.subList(first, headEnd);
            metadata = MetadataBlock.empty();
            rest = article.subList(headEnd, article.size());
        }
        String title = head.isEmpty() ? article.get(first) : head.get(0);
        String lead = head.size() > 1 ? String.join(" ", head.subList(1, head.size())) : "";
        return new ArticleLayout(contentType, title, lead, metadata, withoutRepeatedLead(rest, lead));
    }

    /** The lead, when there is one, then the body's paragraphs: the article's running text. */
    public List<String> leadAndBody() {
        List<String> paragraphs = new ArrayList<>();
        if (!lead.isEmpty()) {
            paragraphs.add(lead);
        }
        paragraphs.addAll(body);
        return paragraphs;
    }

    private static int metadataStart(List<String> article, int from) {
        for (int i = from + 1; i < article.size(); i++) {
            if (MetadataBlock.isKeyLine(article.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> withoutRepeatedLead(List<String> paragraphs, String lead) {
        if (paragraphs.isEmpty() || lead.isEmpty()) {
            return paragraphs;
        }
        String first = collapse(paragraphs.get(0));
        String collapsedLead = collapse(lead);
        List<String> body = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
        if (first.equals(collapsedLead)) {
            return body;
        }
        if (first.startsWith(collapsedLead)) {
            body.add(0, first.substring(collapsedLead.length()).strip());
            return body;
        }
        return paragraphs;
    }

    private static String collapse(String text) {
        return WhiteSpace.collapse(text).strip();
    }
}
