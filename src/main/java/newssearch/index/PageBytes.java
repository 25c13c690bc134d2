package newssearch.index;

/**
 * A page read from the corpus and found new or changed, on its way to be parsed and indexed.
 *
 * @param stored   the position of the item with its id in the run's {@link StoredHashes}, or -1 when the index
 *                 does not hold it
 * @param replaces whether the index holds an older version of the page under the same id, with a hash
 */
record PageBytes(String file, byte[] bytes, String hash, int stored, boolean replaces) {
}
