package newssearch.item.text;

import java.util.Collection;

/**
 * One bit for the hash of each word of a set: a word whose bit is clear is not in it. The extraction asks its
 * word sets about nearly every token of a page, and most tokens are in none; a small set's bits (a few
 * kilobytes) stay in the processor's cache, where a hash table's buckets and entries often do not.
 */
public final class HashBits {

    private static final int BITS_PER_WORD = 16;
    private static final int MIN_LONGS = 16;

    private final long[] bits;
    private final int mask;

    public HashBits(Collection<String> words) {
        int longs = MIN_LONGS;
        while (longs * (long) Long.SIZE < (long) words.size() * BITS_PER_WORD) {
            longs <<= 1;
        }
        this.bits = new long[longs];
        this.mask = longs - 1;
        for (String word : words) {
            int hash = word.hashCode();
            bits[(hash >>> 6) & mask] |= 1L << hash;
        }
    }

    /** False when the word is surely not in the set; true when it may be. */
    public boolean mayContain(String word) {
        int hash = word.hashCode();
        return (bits[(hash >>> 6) & mask] & 1L << hash) != 0;
    }
}
