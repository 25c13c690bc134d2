package newssearch.web;

/**
 * The one error body of the API: a short code for programs and a sentence for people.
 *
 * @param error   "invalid_parameter", "not_found", "backend_unavailable", "internal_error"; for what the server
 *                answers itself "method_not_allowed", "uri_too_long", "headers_too_large" ({@link EdgeErrors})
 * @param message what is wrong and what to do
 */
public record ErrorBody(String error, String message) {
}
