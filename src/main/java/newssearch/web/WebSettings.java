package newssearch.web;

import java.util.Objects;

/**
 * How the server runs.
 *
 * @param host         the address to bind; 127.0.0.1 unless the user asks otherwise
 * @param port         the port, 0 for any free one
 * @param quietQueries leave query text out of the request log
 */
public record WebSettings(String host, int port, boolean quietQueries) {

    public WebSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }
}
