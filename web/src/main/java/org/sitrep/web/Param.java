package org.sitrep.web;

/**
 * A query parameter an API route takes, as its OpenAPI document describes it.
 *
 * @param name        its name
 * @param type        its JSON Schema type: string or integer
 * @param format      a JSON Schema format ("date") or a pattern's name, or null
 * @param description what it selects
 */
record Param(String name, String type, String format, String description) {
    static Param string(String name, String description) {
        return new Param(name, "string", null, description);
    }

    static Param integer(String name, String description) {
        return new Param(name, "integer", null, description);
    }

    static Param date(String name, String description) {
        return new Param(name, "string", "date", description);
    }
}
