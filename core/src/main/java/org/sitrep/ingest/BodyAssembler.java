package org.sitrep.ingest;

import org.sitrep.model.Heading;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an article body from its blocks, in reading order: paragraphs are joined by a blank line, headings
 * are kept out of the body and point at the offset where their section begins. Whitespace inside a
 * paragraph is collapsed to single spaces.
 */
final class BodyAssembler {
    static final String PARAGRAPH_BREAK = "\n\n";

    private final StringBuilder body = new StringBuilder();
    private final List<String> pendingHeadings = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();

    /** Adds a paragraph; blank text is ignored. */
    BodyAssembler paragraph(String text) {
        String clean = collapseWhitespace(text);
        if (clean.isEmpty()) {
            return this;
        }
        if (body.length() > 0) {
            body.append(PARAGRAPH_BREAK);
        }
        for (String h : pendingHeadings) {
            headings.add(new Heading(h, body.length()));
        }
        pendingHeadings.clear();
        body.append(clean);
        return this;
    }

    /** Adds a section heading before the next paragraph; blank text is ignored. */
    BodyAssembler heading(String text) {
        String clean = collapseWhitespace(text);
        if (!clean.isEmpty()) {
            pendingHeadings.add(clean);
        }
        return this;
    }

    boolean isEmpty() {
        return body.length() == 0;
    }

    String body() {
        return body.toString();
    }

    /** The headings, including any that trail the last paragraph (they point at the body's end). */
    List<Heading> headings() {
        List<Heading> all = new ArrayList<>(headings);
        for (String h : pendingHeadings) {
            all.add(new Heading(h, body.length()));
        }
        return all;
    }

    /** Collapses runs of whitespace (including no-break and zero-width spaces) to one space, and trims. */
    static String collapseWhitespace(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                    || c == '\u200B' || c == '\uFEFF';
            boolean control = !ws && Character.isISOControl(c);
            if (ws || control) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
