/**
 * Matching items as files for analysis: one row per {@link newssearch.item.NewsItem}, as CSV that spreadsheets
 * read (RFC 4180, UTF-8, several values in one cell joined by {@code "; "}, formulas neutralised) or as JSON
 * lines that notebooks read. It takes items from {@link newssearch.search.NewsSearch#export} and writes them to a
 * {@link java.io.Writer}; the web server and the {@code search} command choose where that writer goes.
 */
package newssearch.export;
