package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.sitrep.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sitrep serve}: the JSON API and the situation page over a store, on Javalin. The store is opened
 * read-only; the page and its libraries come from this jar only; every answer carries a Content-Security-Policy
 * that allows scripts from this server alone (no inline script), so text from articles can never run.
 */
public final class WebServer implements AutoCloseable {
    /** The page's views, each its own path, all answered with the one page (which reads the path). */
    static final List<String> VIEWS = List.of("/", "/map", "/incidents", "/timeline", "/network", "/quotes",
            "/changes", "/search", "/incident/{id}", "/article/{id}", "/actor/{id}");
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** The largest request body taken (the API reads none). */
    static final long MAX_REQUEST = 16 * 1024;

    private final StorePool stores;
    private final Javalin app;

    private WebServer(StorePool stores, Javalin app) {
        this.stores = stores;
        this.app = app;
    }

    /**
     * Opens the database read-only and starts serving it on host:port (port 0 picks a free one). Throws a
     * {@link StoreException} when the database cannot be read, before anything listens.
     */
    public static WebServer start(String databaseUrl, String host, int port) {
        StorePool stores = new StorePool(databaseUrl);
        ObjectMapper mapper = new ObjectMapper();
        List<ApiRoute> routes = new ArrayList<>();
        routes.addAll(new IncidentApi(stores, mapper).routes());
        routes.addAll(new ArticleApi(stores, mapper).routes());
        routes.addAll(new ActorApi(stores, mapper).routes());
        byte[] openApi = json(mapper, OpenApi.document(mapper, routes));
        byte[] page = resource("index.html");
        try {
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.http.maxRequestSize = MAX_REQUEST;
                config.http.prefer405over404 = true;
                config.staticFiles.add(s -> {
                    s.hostedPath = "/static";
                    s.directory = "/org/sitrep/web/static";
                    s.location = Location.CLASSPATH;
                });
                config.routes.before(WebServer::secure);
                for (ApiRoute r : routes) {
                    config.routes.get(r.path(), ctx -> {
                        Object answer = r.handler().handle(ctx, new Query(ctx, r.params()));
                        if (answer != null) {
                            ctx.contentType("application/json").result(json(mapper, answer));
                        }
                    });
                }
                config.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
                for (String view : VIEWS) {
                    config.routes.get(view, ctx -> {
                        if (ctx.pathParamMap().containsKey("id")) {
                            id(ctx);
                        }
                        ctx.contentType("text/html; charset=utf-8").result(page);
                    });
                }
                config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, mapper, 400, e.getMessage(), e.parameter()));
                config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, mapper, 404, e.getMessage(), null));
                config.routes.exception(StoreException.class, (e, ctx) ->
                        error(ctx, mapper, 503, "database " + e.getMessage(), null));
                config.routes.exception(Exception.class, (e, ctx) ->
                        error(ctx, mapper, 500, "internal error: " + e.getClass().getSimpleName(), null));
                config.routes.error(404, ctx -> {
                    if (!"application/json".equals(ctx.res().getContentType())) {
                        error(ctx, mapper, 404, "no such path", null);
                    }
                });
                config.routes.error(405, ctx -> error(ctx, mapper, 405, "only GET is served", null));
            }).start(host, port);
            return new WebServer(stores, app);
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        stores.close();
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", ctx.path().startsWith("/static/") ? "max-age=3600" : "no-store");
        String raw = ctx.req().getRequestURI();
        if (raw.contains("..") || raw.toLowerCase(java.util.Locale.ROOT).contains("%2e")
                || raw.contains("%2f") || raw.contains("%2F") || raw.contains("%5c") || raw.contains("%5C")
                || raw.contains("\\")) {
            throw new BadRequest("path", "a path with '..', an encoded dot, slash or backslash is refused");
        }
    }

    /** The {@code id} path parameter, a positive whole number. */
    static long id(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            long n = Long.parseLong(id);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("id", "the id must be a positive whole number, not '" + Query.clip(id) + "'");
    }

    private static void error(Context ctx, ObjectMapper mapper, int status, String message, String parameter) {
        ctx.status(status).contentType("application/json").result(json(mapper,
                mapper.createObjectNode().put("error", message).put("parameter", parameter)));
    }

    private static byte[] json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no page: org/sitrep/web/static/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
