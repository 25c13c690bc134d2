/**
 * Keeps an index in step with the corpus folder, whichever engine holds it. {@link newssearch.index.NewsSchema}
 * names every field and facet dimension; {@link newssearch.index.Indexer} reads the folder, compares content
 * hashes, parses what changed on every core (embedding each item there through
 * {@link newssearch.index.ItemVectors}) and reports skipped pages and duplicates with their reasons; an
 * {@link newssearch.index.IndexSink} of the chosen engine ({@code newssearch.lucene}, {@code newssearch.solr})
 * writes the changes and commits once, so a reader sees the old index or the new one, never a mix.
 */
package newssearch.index;
