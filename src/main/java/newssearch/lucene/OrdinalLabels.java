package newssearch.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

import newssearch.item.people.PersonKey;

/**
 * The facet values of a reader by global ordinal, each read from the doc values' terms the first time it is shown
 * and kept: a search shows the same few dozen values again and again, and each look-up seeks a segment's terms.
 * So are the keys of the person facet's names, which every search folds its names by.
 */
final class OrdinalLabels {

    private final SortedSetDocValuesReaderState state;
    /** Filled as values are shown; a String is immutable, so a thread that sees one sees it whole. */
    private final String[] labels;
    private final Map<String, String> personKeys = new ConcurrentHashMap<>();

    OrdinalLabels(SortedSetDocValuesReaderState state) {
        this.state = state;
        this.labels = new String[state.getSize()];
    }

    /** The value (the last part of its path) of global ordinal {@code ord}. */
    String label(int ord) throws IOException {
        String label = labels[ord];
        if (label == null) {
            SortedSetDocValues values = state.getDocValues();
            String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            label = path[path.length - 1];
            labels[ord] = label;
        }
        return label;
    }

    /** The {@link PersonKey} of a person facet's value. */
    String personKey(String name) {
        return personKeys.computeIfAbsent(name, PersonKey::of);
    }
}
