package org.sitrep.model;

/**
 * Something wrong with an input that did not stop it from being read (a dateline that would not parse, a
 * charset that had to be guessed). Recorded on the result, never thrown.
 */
public record Problem(String stage, String message) {
}
