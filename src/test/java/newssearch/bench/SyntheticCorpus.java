package newssearch.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A generated corpus on disk: {@code pages/} holds the saved pages the real indexer reads, and
 * {@code split.bin} the same pages already split into title, article, fields of work and countries, which the
 * raw Lucene baseline reads. A corpus is written once per (pages, seed, generator version) and reused.
 */
record SyntheticCorpus(Path root, int pages, long seed) {

    /** Bumped whenever the generator's output changes, so that stale corpora are rewritten. */
    static final int GENERATOR_VERSION = 1;

    Path pagesDir() {
        return root.resolve("pages");
    }

    Path splitFile() {
        return root.resolve("split.bin");
    }

    private Path doneMarker() {
        return root.resolve("complete");
    }

    private String stamp() {
        return "pages=" + pages + " seed=" + seed + " generator=" + GENERATOR_VERSION;
    }

    /** The corpus of {@code pages} pages under {@code workDir}, written now unless an identical one is there. */
    static SyntheticCorpus prepare(Path workDir, int pages, long seed) throws IOException {
        SyntheticCorpus corpus = new SyntheticCorpus(workDir.resolve("corpus-" + pages + "-seed" + seed), pages, seed);
        if (Files.exists(corpus.doneMarker())
                && Files.readString(corpus.doneMarker()).strip().equals(corpus.stamp())) {
            return corpus;
        }
        corpus.write();
        return corpus;
    }

    private void write() throws IOException {
        deleteTree(root);
        Files.createDirectories(pagesDir());
        PageGenerator generator = new PageGenerator(seed);
        try (DataOutputStream split = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(splitFile()), 1 << 16))) {
            for (int i = 0; i < pages; i++) {
                SyntheticPage page = generator.page(i);
                Files.writeString(pagesDir().resolve(page.fileName()), page.text(), StandardCharsets.UTF_8);
                writeString(split, page.fileName());
                writeString(split, page.title());
                writeString(split, page.article());
                writeList(split, page.fieldsOfWork());
                writeList(split, page.countries());
            }
        }
        Files.writeString(doneMarker(), stamp() + "\n");
    }

    /** Total bytes of the saved pages. */
    long pageBytes() throws IOException {
        try (var files = Files.list(pagesDir())) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** Reads the split file, one page at a time. */
    void readSplit(Consumer<SplitPage> consumer) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(splitFile()), 1 << 16))) {
            while (true) {
                String fileName;
                try {
                    fileName = readString(in);
                } catch (EOFException end) {
                    return;
                }
                consumer.accept(new SplitPage(fileName, readString(in), readString(in), readList(in), readList(in)));
            }
        }
    }

    /** A page as the baseline gets it: no parsing, no extraction. */
    record SplitPage(String fileName, String title, String article, List<String> fieldsOfWork,
                     List<String> countries) {
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeList(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString(in));
        }
        return values;
    }
}
