/**
 * What the extraction gives: {@link newssearch.item.NewsItem} and its parts ({@link newssearch.item.Person},
 * {@link newssearch.item.Quote}, {@link newssearch.item.ItemDate}) and item ids. Every later stage reads these
 * records. The extraction itself lives in the subpackages, imported one way: {@code text} <- {@code gazetteer},
 * {@code layout} <- {@code dates}, {@code people} <- {@code places}, {@code quotes} <- {@code extract}
 * ({@code NewsItemParser.parse}); facts it needs (country names and aliases, cities, verbs of speech) are
 * resource files in {@code src/main/resources/newssearch/item/}. It also gives the next stages one name per
 * issuing body ({@link newssearch.item.gazetteer.IssuerNames}), while an item keeps the names its page writes.
 */
package newssearch.item;
