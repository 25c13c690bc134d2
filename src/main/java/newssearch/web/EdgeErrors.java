package newssearch.web;

import java.io.IOException;
import java.nio.ByteBuffer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error body for the answers the server makes itself, before or around the routes: a method an endpoint
 * does not take (405, with {@code Allow}), a path no route has (404), and what Jetty refuses while reading the
 * request, such as a URI too long (414) or headers too large (431). Jetty's refusals come before any route, when
 * the path may not even be known, so they are JSON everywhere.
 */
final class EdgeErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every API endpoint is read-only. */
    private static final String ALLOWED = "GET, HEAD";

    private EdgeErrors() {
    }

    static void register(JavalinConfig config) {
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> {
            if (isApi(ctx)) {
                ctx.header("Allow", ALLOWED).json(new ErrorBody("method_not_allowed", ctx.method() + " is not taken by "
                        + ctx.path() + ": the API answers " + ALLOWED));
            }
        });
        config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
            if (isApi(ctx) && !answeredJson(ctx)) {
                ctx.json(new ErrorBody("not_found", "No such endpoint " + ctx.path() + ": see /api/openapi.json"));
            }
        });
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private static boolean answeredJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    /** A short code for a status the server sets itself. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "request_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 500 -> "internal_error";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }

    static String message(int status) {
        return switch (status) {
            case 414 -> "The request's URI is too long for the server: send fewer or shorter parameters";
            case 431 -> "The request's headers are too large for the server: send fewer or smaller ones";
            case 413 -> "The request is too large for the server";
            case 400 -> "The server could not read the request";
            default -> "The server refused the request (HTTP " + status + ")";
        };
    }

    static byte[] body(int status) {
        try {
            return JSON.writeValueAsBytes(new ErrorBody(code(status), message(status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("two strings always write", e);
        }
    }

    /** Jetty's error handler, answering with the API's error body instead of an HTML page. */
    static final class JsonErrorHandler extends ErrorHandler {

        private static final HttpField JSON_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) throws IOException {
            response.getHeaders().put(JSON_TYPE);
            response.write(true, ByteBuffer.wrap(body(code)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(JSON_TYPE);
            return ByteBuffer.wrap(body(status));
        }
    }
}
