package newssearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the index can answer searches.
 *
 * @param status    "up" when every search can be answered, "degraded" when some part of a cluster is down but
 *                  every item is still served, "down" otherwise
 * @param documents how many items the index holds
 * @param details   what the engine says of itself (a cluster's live nodes, the collection's state), for people
 */
public record Health(String status, long documents, Map<String, Object> details) {

    public Health {
        Objects.requireNonNull(status, "status");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public boolean isUp() {
        return !status.equals("down");
    }
}
