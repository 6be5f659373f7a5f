package org.sitrep.eval;

import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TimeML ({@code .tml}) file: the text of {@code <TEXT>} with every tag stripped and entities decoded,
 * the TIMEX3s inside it with their offsets into that text, and the document creation time.
 */
public final class TimeMlReader {

    private static final Pattern DATE = Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})");

    private final XMLInputFactory factory;

    public TimeMlReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    /** Reads one file; throws {@link IllegalArgumentException} naming the file when it is not usable TimeML. */
    public TimeMlDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads TimeML from a stream; {@code source} names it in messages. */
    public TimeMlDocument read(String source, InputStream in) {
        StringBuilder text = new StringBuilder();
        List<TimeExpression> gold = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        LocalDate dct = null;
        int textDepth = 0;
        boolean sawText = false;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        textDepth++;
                        sawText = true;
                    } else if (name.equals("TIMEX3")) {
                        String function = r.getAttributeValue(null, "functionInDocument");
                        if ("CREATION_TIME".equals(function)) {
                            if (dct == null) {
                                dct = date(source, r.getAttributeValue(null, "value"));
                            }
                            open.push(Open.CREATION_TIME);
                        } else if (textDepth > 0) {
                            open.push(new Open(text.length(), r.getAttributeValue(null, "type"),
                                    r.getAttributeValue(null, "value")));
                        } else {
                            open.push(Open.OUTSIDE_TEXT);
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("TEXT")) {
                        textDepth--;
                    } else if (name.equals("TIMEX3")) {
                        Open o = open.pop();
                        if (o.start >= 0) {
                            gold.add(timex(source, text, o));
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && textDepth > 0) {
                    text.append(r.getText());
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(source + ": not well-formed TimeML: " + e.getMessage(), e);
        }
        if (!sawText) {
            throw new IllegalArgumentException(source + ": no <TEXT> element");
        }
        if (dct == null) {
            throw new IllegalArgumentException(source + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
        }
        gold.sort((a, b) -> a.span().compareTo(b.span()));
        return new TimeMlDocument(source, dct, text.toString(), gold);
    }

    private static TimeExpression timex(String source, StringBuilder text, Open o) {
        TimeType type;
        try {
            type = TimeType.valueOf(o.type == null ? "" : o.type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": TIMEX3 at offset " + o.start + " has unknown type '"
                    + o.type + "'", e);
        }
        Span span = new Span(o.start, text.length());
        return new TimeExpression(span, text.substring(span.start(), span.end()), type,
                o.value == null || o.value.isEmpty() ? null : o.value);
    }

    private static LocalDate date(String source, String value) {
        Matcher m = value == null ? null : DATE.matcher(value);
        if (m == null || !m.find()) {
            throw new IllegalArgumentException(source + ": creation time value '" + value + "' is not a date");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(source + ": creation time value '" + value + "' is not a date", e);
        }
    }

    /** A TIMEX3 start tag waiting for its end: where it began in the text (-1 when it is not scored). */
    private record Open(int start, String type, String value) {
        static final Open CREATION_TIME = new Open(-1, null, null);
        static final Open OUTSIDE_TEXT = new Open(-1, null, null);
    }
}
