package newssearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.javalin.http.Context;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 description of the API, a resource written once beside this
 * class and kept true by the tests, which read it with an OpenAPI parser and check real answers against its
 * schemas. A new endpoint adds its path there.
 */
final class OpenApiDocument {

    private static final String RESOURCE = "/newssearch/web/openapi.json";
    private static final byte[] DOCUMENT = load();

    private OpenApiDocument() {
    }

    static void serve(Context ctx) {
        ctx.contentType("application/json").result(DOCUMENT);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
