package org.sitrep.web;

/** An id or path the store does not hold: answered with 404 and a JSON message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
