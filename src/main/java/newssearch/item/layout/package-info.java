/**
 * The article's layout: content type, title, lead, metadata block and body paragraphs, as the site writes
 * them. It gives the parts; the facts in them are left to {@code dates}, {@code people}, {@code places} and
 * {@code quotes}.
 */
package newssearch.item.layout;
