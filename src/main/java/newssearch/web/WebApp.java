package newssearch.web;

import java.io.IOException;
import java.util.Map;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.people.People;
import newssearch.search.BackendUnavailableException;
import newssearch.search.Health;
import newssearch.search.InterpretingSearch;
import newssearch.search.InvalidRequestException;
import newssearch.search.NewsSearch;
import newssearch.search.SortOrder;

/**
 * The service as a Javalin app: routes, error mapping, headers and the page. {@link #create} returns it
 * unstarted; {@code serve} starts it on the configured address, tests on port 0. Stopping it closes the
 * searcher.
 */
public final class WebApp {

    private static final Logger log = LoggerFactory.getLogger(WebApp.class);
    /** How long stopping waits for the requests under way: longer than the slowest search may take. */
    private static final long STOP_TIMEOUT_MILLIS = 5_000;
    private static final int DEFAULT_SUGGESTIONS = 10;
    private static final int MAX_SUGGESTIONS = 50;
    /** Completions are for what is being typed; a longer text is a search, not a prefix. */
    private static final int MAX_PREFIX_CHARS = 200;

    /** No inline script or style, nothing from elsewhere: the page's own files only. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private WebApp() {
    }

    public static Javalin create(NewsSearch engine, WebSettings settings) {
        // Every search of the page and the API reads a query's time and place words as filters, on any engine.
        NewsSearch searcher = InterpretingSearch.over(engine);
        LoadShedding queue = LoadShedding.forCores(Runtime.getRuntime().availableProcessors());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.threadPool = threadPool();
            config.jetty.modifyServer(server -> {
                // Stopping waits for the requests under way (GracefulHandler), for at most this long.
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
            });
            config.staticFiles.add("/public", Location.CLASSPATH);
            config.requestLogger.http((ctx, ms) -> log.info(RequestLogLine.format(ctx.method().name(), ctx.path(),
                    ctx.queryString(), ctx.statusCode(), ms, settings.quietQueries())));
            config.events.serverStopped(() -> closeQuietly(searcher));

            config.routes.before(WebApp::securityHeaders);
            config.routes.get("/health", ctx -> {
                Health health = searcher.health();
                // A load balancer takes a node out on a status, not on a body.
                ctx.status(health.isUp() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .json(JsonViews.health(health));
            });
            config.routes.get("/api/search", queue.guard(ctx -> {
                var request = SearchParameters.read(ctx);
                ctx.json(JsonViews.result(searcher.search(request), request.page(), request.size()));
            }));
            config.routes.get("/api/quotes", queue.guard(ctx -> {
                var request = SearchParameters.read(ctx, SortOrder.DATE);
                ctx.json(JsonViews.quotes(searcher.quotes(request), request.page(), request.size()));
            }));
            config.routes.get("/api/items/{id}", queue.guard(ctx -> {
                String id = ctx.pathParam("id");
                var item = searcher.item(id);
                if (item.isEmpty()) {
                    ctx.status(HttpStatus.NOT_FOUND).json(new ErrorBody("not_found", "No item with id '" + id
                            + "': search for it with /api/search"));
                    return;
                }
                ctx.json(JsonViews.item(item.get()));
            }));
            config.routes.get("/api/people/{name}", queue.guard(ctx -> {
                String name = ctx.pathParam("name");
                var person = People.person(searcher, name);
                if (person.isEmpty()) {
                    ctx.status(HttpStatus.NOT_FOUND).json(new ErrorBody("not_found", "No item names '" + name
                            + "': look for the name in the person facet of /api/search"));
                    return;
                }
                ctx.json(PeopleJson.person(person.get()));
            }));
            config.routes.get("/api/offices", queue.guard(ctx -> ctx.json(PeopleJson.offices(
                    People.offices(searcher, ctx.queryParam("q") == null ? "" : ctx.queryParam("q"))))));
            config.routes.get("/api/offices/{office}", queue.guard(ctx -> {
                String office = ctx.pathParam("office");
                var view = People.office(searcher, office);
                if (view.isEmpty()) {
                    ctx.status(HttpStatus.NOT_FOUND).json(new ErrorBody("not_found", "No item names a holder of '"
                            + office + "': find offices with /api/offices?q="));
                    return;
                }
                ctx.json(PeopleJson.office(view.get()));
            }));
            config.routes.get("/api/suggest", queue.guard(ctx -> {
                String prefix = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
                if (prefix.length() > MAX_PREFIX_CHARS) {
                    throw new InvalidRequestException("q", "q is too long for a completion: " + MAX_PREFIX_CHARS
                            + " characters at most");
                }
                int size = SearchParameters.integer(ctx, "size", DEFAULT_SUGGESTIONS);
                if (size < 1 || size > MAX_SUGGESTIONS) {
                    throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SUGGESTIONS
                            + ", got " + size);
                }
                ctx.json(Map.of("q", prefix, "suggestions", searcher.suggest(prefix, size)));
            }));
            config.routes.get("/api/stats", ctx -> ctx.json(JsonViews.stats(searcher.stats())));
            config.routes.get("/api/search.atom", queue.guard(ctx -> SearchFeed.serve(ctx, searcher)));
            config.routes.get("/api/export", ctx -> ExportEndpoint.serve(ctx, searcher));
            config.routes.get("/api/openapi.json", OpenApiDocument::serve);
            EdgeErrors.register(config);

            config.routes.exception(InvalidRequestException.class, (e, ctx) ->
                    ctx.status(HttpStatus.BAD_REQUEST).json(new ErrorBody("invalid_parameter", e.getMessage())));
            config.routes.exception(BackendUnavailableException.class, (e, ctx) -> {
                log.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                        .json(new ErrorBody("backend_unavailable", e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(new ErrorBody("internal_error",
                        "The server failed to answer; the error is in its log"));
            });
            config.routes.error(HttpStatus.NOT_FOUND, ctx -> {
                // A route that answered 404 itself (no such item, person or office) has said why already.
                if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                    ctx.json(new ErrorBody("not_found", "No such endpoint " + ctx.path()
                            + ": the endpoints are in /api/openapi.json and docs/api.md"));
                }
            });
        });
    }

    /**
     * Searches are CPU work: {@link LoadShedding} lets a few run per core and a bounded number wait; the pool has
     * a thread for each of those and a few more to refuse the rest at once, instead of queueing them unseen in
     * Jetty. Jetty's own selector and acceptor threads come out of the same pool.
     */
    private static QueuedThreadPool threadPool() {
        int cores = Runtime.getRuntime().availableProcessors();
        QueuedThreadPool pool = new QueuedThreadPool(Math.max(16, LoadShedding.threadsForCores(cores)),
                Math.min(8, cores * 2), 60_000);
        pool.setName("http");
        return pool;
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static void closeQuietly(NewsSearch searcher) {
        try {
            searcher.close();
        } catch (IOException e) {
            log.warn("closing the index failed: {}", e.getMessage());
        }
    }
}
