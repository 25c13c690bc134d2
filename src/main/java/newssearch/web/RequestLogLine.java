package newssearch.web;

/** One request as the server logs it; with quiet queries the query string, which may be private, is left out. */
final class RequestLogLine {

    private RequestLogLine() {
    }

    static String format(String method, String path, String queryString, int status, float millis, boolean quiet) {
        String query = quiet || queryString == null || queryString.isEmpty() ? "" : "?" + queryString;
        return method + " " + path + query + " -> " + status + " in " + Math.round(millis) + " ms";
    }
}
