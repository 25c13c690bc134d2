/**
 * The HTTP face of the service (Javalin): the JSON API over {@link newssearch.search.NewsSearch}, one error
 * body for every failure, security headers, and the search page served from the jar. It turns request
 * parameters into a {@link newssearch.search.SearchRequest} and results into JSON; it does no searching itself.
 */
package newssearch.web;
