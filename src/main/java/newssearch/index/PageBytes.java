package newssearch.index;

/**
 * A page read from the corpus and found new or changed, on its way to be parsed and indexed.
 *
 * @param replaces whether the index holds an older version of the page under the same id
 */
record PageBytes(String file, String id, byte[] bytes, String hash, boolean replaces) {
}
