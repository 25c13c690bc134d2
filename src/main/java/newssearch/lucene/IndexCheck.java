package newssearch.lucene;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

import newssearch.index.ReindexRunningException;

/**
 * What Lucene's CheckIndex finds in an index on disk, in plain words: it reads every file of the last commit and
 * verifies its checksum and structure.
 *
 * @param items     the items a healthy index holds (its other documents are their quotations); 0 when damaged
 * @param documents the documents the commit holds, counting those of damaged segments
 * @param segments  the commit's segments
 * @param problems  one line per damaged segment or unreadable commit; empty when the index is healthy
 */
public record IndexCheck(long items, long documents, int segments, List<String> problems) {

    public IndexCheck {
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }

    /** Checks the index in {@code indexDir}, which must exist; waits for no reindex (a running one is an error). */
    public static IndexCheck of(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new NoSuchFileException(indexDir.toString(), null, "holds no index: run ./newssearch index");
        }
        try (Directory directory = FSDirectory.open(indexDir);
             Lock lock = writeLock(directory, indexDir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IOException("No index in " + indexDir + ": run ./newssearch index");
            }
            // CheckIndex holds the write lock, so that no reindex changes the files while they are read.
            try (CheckIndex check = new CheckIndex(directory, lock)) {
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                IndexCheck checked = of(check.checkIndex());
                return checked.healthy() ? checked.withItems(items(directory)) : checked;
            }
        }
    }

    private IndexCheck withItems(long count) {
        return new IndexCheck(count, documents, segments, problems);
    }

    private static long items(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(ItemBlocks.ITEMS);
        }
    }

    /** The index's write lock; first, since the first reindex of a new folder holds it before any commit exists. */
    private static Lock writeLock(Directory directory, Path indexDir) throws IOException {
        try {
            return directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        } catch (LockObtainFailedException e) {
            throw new ReindexRunningException(indexDir.toString(), e);
        }
    }

    private static IndexCheck of(CheckIndex.Status status) {
        List<String> problems = new ArrayList<>();
        if (status.missingSegments) {
            problems.add("its commit (" + (status.segmentsFileName == null ? "segments_N" : status.segmentsFileName)
                    + ") cannot be read");
        }
        long documents = 0;
        for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
            documents += segment.maxDoc;
            if (segment.error != null) {
                problems.add("segment " + segment.name + " (" + segment.maxDoc + " documents) is damaged: "
                        + IndexDamage.reason(segment.error).orElse(String.valueOf(segment.error.getMessage())));
            }
        }
        if (problems.isEmpty() && !status.clean) {
            problems.add("CheckIndex found it unclean (" + status.numBadSegments + " bad segments)");
        }
        return new IndexCheck(0, documents, status.numSegments, problems);
    }
}
