/**
 * Reads a saved news page and splits the site's navigation from the article. It takes a file, checks that it
 * is text a person saved (UTF-8, not binary, not empty, not huge), and gives a {@link newssearch.page.Page}:
 * the navigation lines and the article lines, without blank lines or line-ending noise. What the article means
 * is left to {@code newssearch.item}.
 */
package newssearch.page;
