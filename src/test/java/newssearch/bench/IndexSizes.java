package newssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104PostingsFormat;
import org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat;
import org.apache.lucene.codecs.perfield.PerFieldDocValuesFormat;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index's bytes are spent on: copies {@code INDEX_DIR} merged to one segment and prints the bytes per file
 * extension (stored fields, postings, terms, doc values, norms, points), then, from a second copy that writes each
 * field's postings and doc values to files of their own, the bytes per field, and the stored fields' raw bytes
 * per field. The copies go under {@code WORK_DIR}; the index itself is only read.
 *
 * <pre>IndexSizes INDEX_DIR WORK_DIR</pre>
 */
public final class IndexSizes {

    private IndexSizes() {
    }

    public static void main(String[] args) throws IOException {
        Path index = Path.of(args[0]);
        Path work = Path.of(args[1]);
        System.out.printf("%s: %s bytes as written%n", index, total(index));
        Path merged = work.resolve("merged");
        merge(index, merged, new IndexWriterConfig());
        printByExtension(merged);
        Path perField = work.resolve("per-field");
        merge(index, perField, new IndexWriterConfig().setCodec(new FieldPerFileCodec()));
        printByField(perField);
        printStoredByField(merged);
    }

    private static void merge(Path from, Path to, IndexWriterConfig config) throws IOException {
        SyntheticCorpus.deleteTree(to);
        try (Directory source = FSDirectory.open(from); DirectoryReader reader = DirectoryReader.open(source);
             Directory target = FSDirectory.open(to);
             IndexWriter writer = new IndexWriter(target, config.setUseCompoundFile(false))) {
            writer.getConfig().getMergePolicy().setNoCFSRatio(0.0);
            CodecReader[] leaves = reader.leaves().stream()
                    .map(leaf -> (CodecReader) leaf.reader()).toArray(CodecReader[]::new);
            writer.addIndexes(leaves);
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static long total(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void printByExtension(Path dir) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (var files = Files.list(dir)) {
            files.forEach(file -> {
                String name = file.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                sizes.merge(ext, file.toFile().length(), Long::sum);
            });
        }
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("merged to one segment: %,d bytes%n", total);
        sizes.forEach((ext, bytes) -> System.out.printf("  %-6s %,14d  %5.1f %%%n", ext, bytes, 100.0 * bytes / total));
    }

    private static void printByField(Path dir) throws IOException {
        Map<String, String> suffixToField = new HashMap<>();
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (FieldInfo info : reader.leaves().get(0).reader().getFieldInfos()) {
                String postings = info.getAttribute(PerFieldPostingsFormat.PER_FIELD_SUFFIX_KEY);
                if (postings != null) {
                    suffixToField.put("Lucene104_" + postings, info.name);
                }
                String docValues = info.getAttribute(PerFieldDocValuesFormat.PER_FIELD_SUFFIX_KEY);
                if (docValues != null) {
                    suffixToField.put("Lucene90_" + docValues, info.name);
                }
            }
        }
        Map<String, Map<String, Long>> byField = new TreeMap<>();
        try (var files = Files.list(dir)) {
            files.filter(file -> file.getFileName().toString().contains(".")).forEach(file -> {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String stem = name.substring(0, dot);
                String field = suffixToField.entrySet().stream()
                        .filter(e -> stem.endsWith("_" + e.getKey())).map(Map.Entry::getValue).findFirst()
                        .orElse("(all)");
                byField.computeIfAbsent(field, f -> new TreeMap<>())
                        .merge(name.substring(dot + 1), file.toFile().length(), Long::sum);
            });
        }
        System.out.println("postings and doc values by field (bytes by extension):");
        byField.forEach((field, sizes) -> System.out.printf("  %-14s %,12d  %s%n", field,
                sizes.values().stream().mapToLong(Long::longValue).sum(), sizes));
    }

    private static void printStoredByField(Path dir) throws IOException {
        Map<String, long[]> raw = new ConcurrentHashMap<>();
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    stored.document(doc, new StoredFieldVisitor() {
                        @Override
                        public Status needsField(FieldInfo fieldInfo) {
                            return Status.YES;
                        }

                        @Override
                        public void stringField(FieldInfo fieldInfo, String value) {
                            add(fieldInfo, value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                        }

                        @Override
                        public void binaryField(FieldInfo fieldInfo, byte[] value) {
                            add(fieldInfo, value.length);
                        }

                        @Override
                        public void longField(FieldInfo fieldInfo, long value) {
                            add(fieldInfo, 8);
                        }

                        @Override
                        public void intField(FieldInfo fieldInfo, int value) {
                            add(fieldInfo, 4);
                        }

                        private void add(FieldInfo fieldInfo, int bytes) {
                            long[] sum = raw.computeIfAbsent(fieldInfo.name, f -> new long[2]);
                            sum[0] += bytes;
                            sum[1]++;
                        }
                    });
                }
            }
        }
        long total = raw.values().stream().mapToLong(sum -> sum[0]).sum();
        System.out.printf("stored fields, raw (uncompressed) bytes: %,d%n", total);
        new TreeMap<>(raw).forEach((field, sum) -> System.out.printf("  %-14s %,12d  %5.1f %%  %,d values%n", field,
                sum[0], 100.0 * sum[0] / total, sum[1]));
    }

    /** The default codec, but with each field's postings and doc values in files of their own. */
    private static final class FieldPerFileCodec extends Lucene104Codec {
        private final Map<String, PostingsFormat> postings = new ConcurrentHashMap<>();
        private final Map<String, DocValuesFormat> docValues = new ConcurrentHashMap<>();

        @Override
        public PostingsFormat getPostingsFormatForField(String field) {
            return postings.computeIfAbsent(field, f -> new Lucene104PostingsFormat());
        }

        @Override
        public DocValuesFormat getDocValuesFormatForField(String field) {
            return docValues.computeIfAbsent(field, f -> new Lucene90DocValuesFormat());
        }
    }
}
