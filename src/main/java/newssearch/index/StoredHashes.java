package newssearch.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id and page hash of every item an index holds when a reindex starts, kept compact for a million items: the
 * ids end to end in {@link PackedStrings}, each SHA-256 as 32 bytes of one array, found through a
 * {@link PositionTable} (about 90 bytes an item, where a HashMap of the ids and hex hashes took about 250). A sink
 * fills it; then it is only read, from any thread.
 */
public final class StoredHashes {

    /** The length of a SHA-256 digest, the hash the indexer gives each page. */
    public static final int DIGEST_BYTES = 32;
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final PackedStrings ids = new PackedStrings(16, 16 * 24);
    private byte[] digests = new byte[16 * DIGEST_BYTES];
    /** Items whose hash is not a SHA-256 as the indexer writes it: no page has the same. */
    private final BitSet foreignHash = new BitSet();
    /** Items stored without a hash at all: a page with their id is new to the index, as far as the report goes. */
    private final BitSet noHash = new BitSet();
    private final PositionTable table = new PositionTable(16);

    /**
     * Records the item with {@code id} and the hash its document holds ({@code null} when it has none); a second
     * hash for the same id replaces the first.
     */
    public void put(String id, String hash) {
        if (hash != null && SHA_256_HEX.matcher(hash).matches()) {
            putDigest(id, HexFormat.of().parseHex(hash));
            return;
        }
        int position = record(id, hash == null);
        foreignHash.set(position, hash != null);
        Arrays.fill(digests, position * DIGEST_BYTES, (position + 1) * DIGEST_BYTES, (byte) 0);
    }

    /**
     * Records the item with {@code id} and the SHA-256 its document holds as bytes, as an index that stores the
     * digest itself gives it back (no hex to check and parse per item); a second hash for the same id replaces the
     * first.
     *
     * @throws IllegalArgumentException when {@code digest} is not 32 bytes long
     */
    public void putDigest(String id, byte[] digest) {
        if (digest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("a SHA-256 digest is " + DIGEST_BYTES + " bytes, got "
                    + digest.length);
        }
        int position = record(id, false);
        foreignHash.clear(position);
        System.arraycopy(digest, 0, digests, position * DIGEST_BYTES, DIGEST_BYTES);
    }

    /** The place of {@code id}, added when it is new, marked as having a hash or none. */
    private int record(String id, boolean withoutHash) {
        int position = table.putIfAbsent(id.hashCode(), ids.size(), stored -> ids.equalsAt(stored, id));
        if (position < 0) {
            position = ids.add(id);
            if (ids.size() * DIGEST_BYTES > digests.length) {
                digests = Arrays.copyOf(digests, digests.length + (digests.length >> 1));
            }
        }
        noHash.set(position, withoutHash);
        return position;
    }

    /** How many items the index holds. */
    public int size() {
        return ids.size();
    }

    public boolean contains(String id) {
        return position(id) >= 0;
    }

    /** Where the item with {@code id} is in this list, or -1 when the index does not hold it. */
    int position(String id) {
        return table.find(id.hashCode(), stored -> ids.equalsAt(stored, id));
    }

    String id(int position) {
        return ids.get(position);
    }

    /** Whether the item at {@code position} was stored with the SHA-256 {@code digest}. */
    boolean hasDigest(int position, byte[] digest) {
        return !foreignHash.get(position) && !noHash.get(position) && Arrays.equals(digests,
                position * DIGEST_BYTES, (position + 1) * DIGEST_BYTES, digest, 0, DIGEST_BYTES);
    }

    /** Whether the item at {@code position} has a hash, which a page with its id then replaces. */
    boolean hasHash(int position) {
        return !noHash.get(position);
    }
}
