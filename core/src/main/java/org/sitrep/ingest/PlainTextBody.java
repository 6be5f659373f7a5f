package org.sitrep.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hands the paragraphs and headings of plain article text to a {@link BodyAssembler}. When the text has blank
 * lines they separate paragraphs (so hard-wrapped lines join up); otherwise every line is a paragraph. A line
 * set off by dashes, such as {@code - Deadly dorm strike -}, is a heading.
 */
final class PlainTextBody {
    private static final Pattern HEADING = Pattern.compile("^\\s*[-–—]\\s+(.+?)\\s+[-–—]\\s*$");
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\\x0B\f\u00A0]*\n");

    private PlainTextBody() {
    }

    static void assemble(String text, BodyAssembler out) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        boolean blankLinesSeparate = BLANK_LINE.matcher(normalized).find();
        StringBuilder paragraph = new StringBuilder();
        for (String line : normalized.split("\n")) {
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank() || heading.matches() || !blankLinesSeparate) {
                out.paragraph(paragraph.toString());
                paragraph.setLength(0);
            }
            if (heading.matches()) {
                out.heading(heading.group(1));
            } else if (!blankLinesSeparate) {
                out.paragraph(line);
            } else {
                paragraph.append(line).append('\n');
            }
        }
        out.paragraph(paragraph.toString());
    }
}
