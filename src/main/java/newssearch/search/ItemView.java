package newssearch.search;

import java.util.List;
import java.util.Objects;

import newssearch.item.NewsItem;

/** A whole item, with the items most like it. */
public record ItemView(NewsItem item, List<Hit> related) {

    public ItemView {
        Objects.requireNonNull(item, "item");
        related = List.copyOf(related);
    }
}
