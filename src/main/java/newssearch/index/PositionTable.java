package newssearch.index;

import java.util.function.IntPredicate;

/**
 * Finds positions in a caller's arrays by their key's hash code: an open-addressing table of two ints a slot, for
 * the bookkeeping of a reindex, where a million pages in HashMaps of Strings take hundreds of MB. The keys stay
 * with the caller, who is asked whether the key at a position is the one looked for when the hash codes match.
 */
final class PositionTable {

    private int[] hashes;
    /** Each slot's position plus one; 0 for an empty slot. */
    private int[] positions;
    private int size;

    /** A table that takes {@code expected} positions before it grows. */
    PositionTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected + expected / 3) * 2 - 1);
        hashes = new int[capacity];
        positions = new int[capacity];
    }

    /** The position whose key is the one looked for, or -1. */
    int find(int hash, IntPredicate isKey) {
        int mask = positions.length - 1;
        for (int slot = start(hash, mask); positions[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && isKey.test(positions[slot] - 1)) {
                return positions[slot] - 1;
            }
        }
        return -1;
    }

    /** Adds {@code position} unless the table has one for its key: then returns that one, else -1. */
    int putIfAbsent(int hash, int position, IntPredicate isKey) {
        int mask = positions.length - 1;
        int slot = start(hash, mask);
        for (; positions[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && isKey.test(positions[slot] - 1)) {
                return positions[slot] - 1;
            }
        }
        hashes[slot] = hash;
        positions[slot] = position + 1;
        if (++size > positions.length / 4 * 3) {
            grow();
        }
        return -1;
    }

    private void grow() {
        int[] oldHashes = hashes;
        int[] oldPositions = positions;
        hashes = new int[oldHashes.length * 2];
        positions = new int[oldPositions.length * 2];
        int mask = positions.length - 1;
        for (int old = 0; old < oldPositions.length; old++) {
            if (oldPositions[old] != 0) {
                int slot = start(oldHashes[old], mask);
                while (positions[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[old];
                positions[slot] = oldPositions[old];
            }
        }
    }

    /**
     * Spreads the hash code's bits (a multiply by the golden ratio, its high half folded onto the low): ids that
     * differ in their last characters still scatter.
     */
    private static int start(int hash, int mask) {
        return ((hash * 0x9E3779B9) >>> 16 ^ hash * 0x9E3779B9) & mask;
    }
}
