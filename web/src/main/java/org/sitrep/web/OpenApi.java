package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The OpenAPI 3.0 document of the API's routes. */
final class OpenApi {
    private OpenApi() {
    }

    static ObjectNode document(ObjectMapper mapper, List<ApiRoute> routes) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "Sitrep API").put("version", "1")
                .put("description", "The situation picture in a Sitrep store: incidents with their claims and"
                        + " evidence, articles with every fact and its character offsets, actors, relations,"
                        + " quotes, search, timeline, regional changes and exports. Read-only. Every error is a JSON"
                        + " object {\"error\": message, \"parameter\": name} with status 400 (bad parameter),"
                        + " 404 (unknown id or path) or 503 (database unavailable).");
        ObjectNode paths = doc.putObject("paths");
        for (ApiRoute r : routes) {
            ObjectNode get = paths.putObject(r.path()).putObject("get");
            get.put("summary", r.summary());
            get.put("operationId", r.path().replaceAll("[^A-Za-z]+", "_").replaceAll("^_|_$", ""));
            ArrayNode params = get.putArray("parameters");
            for (String name : r.pathParams()) {
                ObjectNode p = params.addObject().put("name", name).put("in", "path").put("required", true);
                p.putObject("schema").put("type", name.equals("id") ? "integer" : "string");
            }
            for (Param param : r.params()) {
                ObjectNode p = params.addObject().put("name", param.name()).put("in", "query")
                        .put("required", false).put("description", param.description());
                ObjectNode schema = p.putObject("schema").put("type", param.type());
                if (param.format() != null) {
                    schema.put("format", param.format());
                }
            }
            ObjectNode responses = get.putObject("responses");
            responses.putObject("200").put("description", "OK").putObject("content").putObject(r.produces())
                    .putObject("schema").put("type", r.produces().equals("application/json") ? "object" : "string");
            responses.putObject("400").put("description", "a parameter is unknown or malformed; the message names it");
            if (!r.pathParams().isEmpty()) {
                responses.putObject("404").put("description", "no such " + r.path().replaceAll(".*/api/([a-z]+).*", "$1"));
            }
        }
        return doc;
    }
}
