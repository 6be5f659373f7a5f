package org.sitrep.web;

/** A request the API cannot answer as asked: answered with 400 and a message naming the parameter. */
final class BadRequest extends RuntimeException {
    private final String parameter;

    BadRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter at fault. */
    String parameter() {
        return parameter;
    }
}
