package newssearch.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.javalin.http.Context;

import newssearch.export.ExportFormat;
import newssearch.export.ItemWriter;
import newssearch.search.NewsSearch;
import newssearch.search.SearchRequest;

/**
 * {@code GET /api/export?<search parameters>&format=csv|jsonl}: every match, newest first, streamed as it is read,
 * up to {@link ExportFormat#MAX_ROWS} rows; the {@code X-Export-Limit} header says the bound.
 */
final class ExportEndpoint {

    static final String LIMIT_HEADER = "X-Export-Limit";

    private ExportEndpoint() {
    }

    static void serve(Context ctx, NewsSearch searcher) throws IOException {
        SearchRequest request = SearchParameters.read(ctx);
        ExportFormat format = ExportFormat.parse(Optional.ofNullable(ctx.queryParam("format")).orElse("csv"));
        ctx.contentType(format.mediaType());
        ctx.header(LIMIT_HEADER, Integer.toString(ExportFormat.MAX_ROWS));
        ctx.header("Content-Disposition", "attachment; filename=\"news-search." + format.extension() + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        ItemWriter writer = format.writer(out, PageLinks.site(ctx));
        try {
            writer.start();
            searcher.export(request, ExportFormat.MAX_ROWS, writer::write);
            writer.finish();
        } catch (IOException | RuntimeException e) {
            if (!ctx.res().isCommitted()) {
                // Nothing is sent yet: the error body that follows is not a file to save.
                ctx.res().setHeader("Content-Disposition", null);
                ctx.res().setHeader(LIMIT_HEADER, null);
            }
            throw e;
        }
    }
}
