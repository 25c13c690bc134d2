/**
 * The extraction: turns a {@link newssearch.page.Page} into a {@link newssearch.item.NewsItem}. It reads the
 * article's layout (content type, title, lead, metadata block, body), then the facts the article states: its
 * date with where that date came from, the people with their roles, the places, the countries and the quotations
 * with their speakers. It knows nothing of Lucene or HTTP; facts it needs (country names and aliases, cities,
 * verbs of speech) are resource files beside it. It also gives the next stages one name per issuing body
 * ({@link newssearch.item.IssuerNames}), while an item keeps the names its page writes.
 */
package newssearch.item;
