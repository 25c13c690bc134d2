/**
 * Semantic search's embeddings: {@link newssearch.embedding.Embedder} turns a query or an item's text into a
 * unit-length vector with a small sentence-embedding model (e5-small-v2) that runs in this JVM, offline;
 * {@link newssearch.embedding.EmbeddedText} says which text of an item is embedded. The index stores the vectors
 * and the search compares a query's with them; this package knows nothing of either.
 */
package newssearch.embedding;
