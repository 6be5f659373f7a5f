package org.sitrep.web;

import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A request's query parameters, read against the parameters its route declares: an undeclared or repeated
 * parameter, or a value of the wrong form, is a {@link BadRequest} naming it.
 */
final class Query {
    /** The longest value a text parameter may have. */
    static final int MAX_TEXT = 200;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private final Map<String, List<String>> values;

    Query(Context ctx, List<Param> declared) {
        this.values = ctx.queryParamMap();
        Set<String> names = declared.stream().map(Param::name).collect(Collectors.toSet());
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!names.contains(e.getKey())) {
                throw new BadRequest(e.getKey(), "unknown parameter '" + clip(e.getKey()) + "'"
                        + (names.isEmpty() ? "; this route takes none" : "; this route takes " + String.join(", ",
                        declared.stream().map(Param::name).toList())));
            }
            if (e.getValue().size() > 1) {
                throw new BadRequest(e.getKey(), "parameter '" + e.getKey() + "' is given more than once");
            }
        }
    }

    /** The parameter's value, stripped, or null when it is absent or blank. */
    String text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        String s = v.get(0).strip();
        if (s.length() > MAX_TEXT) {
            throw new BadRequest(name, "parameter '" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        return s;
    }

    /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
    String date(String name) {
        String s = text(name);
        if (s != null && !DATE.matcher(s).matches()) {
            throw new BadRequest(name, "parameter '" + name + "' must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD),"
                    + " not '" + clip(s) + "'");
        }
        return s;
    }

    /** A whole number in [min, max], or the default when absent. */
    int integer(String name, int min, int max, int otherwise) {
        String s = text(name);
        if (s == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest(name, "parameter '" + name + "' must be a whole number from " + min + " to " + max
                + ", not '" + clip(s) + "'");
    }

    /** A value shortened for a message. */
    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
