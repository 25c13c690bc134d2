package newssearch.index;

import java.util.Arrays;

import newssearch.item.ItemIds;

/**
 * The first file of each page content and of each id in a reindex, files named by their place in the
 * {@link CorpusFiles}: each file's SHA-256 as 32 bytes of one array and two {@link PositionTable}s, about 60 bytes
 * a page where HashMaps of hex hashes, ids and relative paths took about 300.
 */
final class FirstFiles {

    private static final int DIGEST_BYTES = StoredHashes.DIGEST_BYTES;

    private final CorpusFiles files;
    private final byte[] digests;
    private final PositionTable byContent;
    private final PositionTable byId;

    FirstFiles(CorpusFiles files) {
        this.files = files;
        this.digests = new byte[files.size() * DIGEST_BYTES];
        this.byContent = new PositionTable(files.size());
        this.byId = new PositionTable(files.size());
    }

    /** The earlier file with the same SHA-256, or -1 when {@code file} is the first with this content. */
    int sameContent(int file, byte[] digest) {
        System.arraycopy(digest, 0, digests, file * DIGEST_BYTES, DIGEST_BYTES);
        return byContent.putIfAbsent(hashCode(digest), file, other -> Arrays.equals(digests, other * DIGEST_BYTES,
                (other + 1) * DIGEST_BYTES, digest, 0, DIGEST_BYTES));
    }

    /**
     * The earlier file that has {@code id}, or -1 when {@code file} is the first. The ids are not kept: an earlier
     * file's is derived again when the hash codes match.
     */
    int sameId(int file, String id) {
        return byId.putIfAbsent(id.hashCode(), file, other -> id.equals(ItemIds.fromFile(files.relative(other))));
    }

    /** The digest's first bytes: a SHA-256 is as good a hash code as any. */
    private static int hashCode(byte[] digest) {
        return (digest[0] & 0xFF) << 24 | (digest[1] & 0xFF) << 16 | (digest[2] & 0xFF) << 8 | (digest[3] & 0xFF);
    }
}
