package newssearch.web;

/**
 * The one error body of the API: a short code for programs and a sentence for people.
 *
 * @param error   "invalid_parameter", "not_found", "internal_error"
 * @param message what is wrong and what to do
 */
public record ErrorBody(String error, String message) {
}
