package newssearch.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

import newssearch.index.NewsSchema;

/**
 * The vectors of the index a full rebuild replaces, found by their page's hash: an unchanged page takes its old
 * vector instead of being embedded again. It reads the last commit, which a writer opened to create a new index
 * leaves readable until this closes.
 */
final class PreviousVectors implements Closeable {

    private final DirectoryReader reader;
    /** The document of each page hash (hex) that has a vector, as a doc id of the whole reader. */
    private final Map<String, Integer> documents;

    private PreviousVectors(DirectoryReader reader, Map<String, Integer> documents) {
        this.reader = reader;
        this.documents = Map.copyOf(documents);
    }

    /** The vectors of the last commit in {@code directory}; the caller has checked that one exists. */
    static PreviousVectors read(Directory directory) throws IOException {
        DirectoryReader reader = DirectoryReader.open(directory);
        try {
            Map<String, Integer> documents = new HashMap<>();
            Set<String> hashOnly = Set.of(NewsSchema.HASH);
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                FloatVectorValues vectors = leaf.getFloatVectorValues(NewsSchema.VECTOR);
                if (vectors == null) {
                    continue;
                }
                Bits live = leaf.getLiveDocs();
                StoredFields stored = leaf.storedFields();
                KnnVectorValues.DocIndexIterator docs = vectors.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc, hashOnly);
                        Optional<byte[]> digest = NewsDocuments.sha256(document);
                        String hash = digest.map(HexFormat.of()::formatHex).orElse(NewsDocuments.hash(document));
                        if (hash != null) {
                            documents.put(hash, context.docBase + doc);
                        }
                    }
                }
            }
            return new PreviousVectors(reader, documents);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** How many vectors it holds. */
    int size() {
        return documents.size();
    }

    /** The vector of the page with this hash, if the old index has one. Safe from any thread. */
    Optional<float[]> byHash(String hash) throws IOException {
        Integer doc = documents.get(hash);
        if (doc == null) {
            return Optional.empty();
        }
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext context = leaves.get(ReaderUtil.subIndex(doc, leaves));
        // A values object of its own per call: they keep a cursor and are not for several threads.
        FloatVectorValues vectors = context.reader().getFloatVectorValues(NewsSchema.VECTOR);
        KnnVectorValues.DocIndexIterator docs = vectors.iterator();
        int target = doc - context.docBase;
        if (docs.advance(target) != target) {
            return Optional.empty();
        }
        return Optional.of(vectors.vectorValue(docs.index()).clone());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
