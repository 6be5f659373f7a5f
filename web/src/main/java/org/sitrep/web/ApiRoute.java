package org.sitrep.web;

import io.javalin.http.Context;

import java.util.List;

/**
 * A GET route of the API: its path (with {@code {id}} path parameters), what it answers, the query parameters it
 * takes, the media type it answers in, and its handler. The same records register the routes and write the
 * OpenAPI document, so the document cannot drift from the routes.
 */
record ApiRoute(String path, String summary, List<Param> params, String produces, Handler handler) {
    /** Answers a request whose parameters were checked against the route's: a JSON value, or null when written. */
    interface Handler {
        Object handle(Context ctx, Query query) throws Exception;
    }

    ApiRoute {
        params = List.copyOf(params);
    }

    /** The path parameters, by name, in order. */
    List<String> pathParams() {
        return java.util.regex.Pattern.compile("\\{([a-z_]+)}").matcher(path).results().map(m -> m.group(1)).toList();
    }
}
