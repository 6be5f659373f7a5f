package org.sitrep.eval;

import org.sitrep.model.Problem;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a geoparsing gold file in either common format, telling them apart by content:
 * <ul>
 * <li>GeoWebNews ({@code <articles><article file="..."><text>} and {@code <toponyms><toponym>} with
 * {@code <extractedName>}, {@code <type>}, {@code <start>}, {@code <end>}, {@code <geonamesID>},
 * {@code <latitude>}, {@code <longitude>});</li>
 * <li>LGL and TR-News ({@code <articles><article docid="..."><text>} and {@code <toponym>} with {@code <start>},
 * {@code <end>}, {@code <phrase>} and an optional {@code <gaztag geonameid="...">} holding {@code <lat>} and
 * {@code <lon>}; a toponym without a gaztag is kept, unplaced).</li>
 * </ul>
 * The article id is the {@code file} or {@code docid} attribute; an article without either is told by its
 * toponyms' elements. The text is {@code <text>}'s content with entities decoded and CDATA unwrapped, as is, so
 * that the gold offsets (UTF-16 chars) point into it. Offsets that do not cover the gold's surface text are kept
 * (see {@link GeoDocument#offsetMismatches()}); an annotation whose offsets lie outside the text (GeoWebNews has five
 * with negative offsets) is left out and recorded as a {@link Problem} on its document. Bad numbers, missing
 * elements, unknown types and XML that is not well-formed are refused with an {@link IllegalArgumentException}
 * naming the file, the article, the toponym and the element.
 * DTDs and external entities are not read.
 */
public final class GeoGoldReader {

    /** The stage named on the problems this reader records. */
    public static final String STAGE = "eval.geo";

    private final XMLInputFactory factory;

    public GeoGoldReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    /** Reads one gold file. */
    public GeoCorpus read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads gold XML from a stream; {@code source} names it in messages. */
    public GeoCorpus read(String source, InputStream in) {
        Parse parse = new Parse(source);
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    parse.start(r);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    parse.end(r.getLocalName());
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    parse.characters(r.getText());
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(source + ": not well-formed XML: " + e.getMessage(), e);
        }
        if (parse.documents.isEmpty()) {
            throw new IllegalArgumentException(source + ": no <article> element");
        }
        return new GeoCorpus(source, parse.format, parse.documents);
    }

    /** The state of one read: the open elements with their text so far, the article and toponym being read. */
    private static final class Parse {
        final String source;
        final List<GeoDocument> documents = new ArrayList<>();
        final Deque<String> path = new ArrayDeque<>();
        final Deque<StringBuilder> texts = new ArrayDeque<>();
        GeoCorpus.Format format;
        String articleId;
        GeoCorpus.Format articleFormat;
        String articleText;
        List<Map<String, String>> toponyms;
        Map<String, String> toponym;

        Parse(String source) {
            this.source = source;
        }

        void start(XMLStreamReader r) {
            String name = r.getLocalName();
            String parent = path.peek();
            if (parent == null && !name.equals("articles")) {
                throw new IllegalArgumentException(source + ": root element is <" + name + ">, not <articles>");
            }
            if (name.equals("article") && "articles".equals(parent)) {
                String file = r.getAttributeValue(null, "file");
                String docid = r.getAttributeValue(null, "docid");
                articleId = file != null ? file : docid != null ? docid : "#" + (documents.size() + 1);
                articleFormat = file != null ? GeoCorpus.Format.GEOWEBNEWS
                        : docid != null ? GeoCorpus.Format.LGL : null;
                articleText = null;
                toponyms = new ArrayList<>();
            } else if (name.equals("toponym") && "toponyms".equals(parent) && toponyms != null) {
                toponym = new HashMap<>();
            } else if (name.equals("gaztag") && toponym != null && "toponym".equals(parent)) {
                toponym.put("gaztag", "");
                String id = r.getAttributeValue(null, "geonameid");
                if (id != null) {
                    toponym.put("gaztag@geonameid", id);
                }
            }
            path.push(name);
            texts.push(new StringBuilder());
        }

        void characters(String s) {
            if (!texts.isEmpty()) {
                texts.peek().append(s);
            }
        }

        void end(String name) {
            path.pop();
            String content = texts.pop().toString();
            String parent = path.peek();
            if (name.equals("text") && "article".equals(parent) && toponyms != null) {
                articleText = content;
            } else if (toponym != null && "toponym".equals(parent)) {
                toponym.put(name, content.trim());
            } else if (toponym != null && "gaztag".equals(parent)) {
                toponym.put("gaztag/" + name, content.trim());
            } else if (name.equals("toponym") && toponym != null) {
                toponyms.add(toponym);
                toponym = null;
            } else if (name.equals("article") && "articles".equals(parent) && toponyms != null) {
                documents.add(document());
                toponyms = null;
            }
        }

        private GeoDocument document() {
            String where = source + ": article " + articleId;
            if (articleText == null) {
                throw new IllegalArgumentException(where + ": no <text> element");
            }
            GeoCorpus.Format f = articleFormat;
            for (Map<String, String> t : toponyms) {
                GeoCorpus.Format tf = t.containsKey("extractedName") ? GeoCorpus.Format.GEOWEBNEWS
                        : t.containsKey("phrase") || t.containsKey("gaztag") ? GeoCorpus.Format.LGL : null;
                if (f == null) {
                    f = tf;
                } else if (tf != null && tf != f) {
                    throw new IllegalArgumentException(where + ": mixes GeoWebNews and LGL <toponym> elements");
                }
            }
            if (f == null && !toponyms.isEmpty()) {
                throw new IllegalArgumentException(where + ": <toponym> has neither <extractedName> (GeoWebNews) nor"
                        + " <phrase> or <gaztag> (LGL), cannot tell the format");
            }
            if (f != null) {
                if (format == null) {
                    format = f;
                } else if (format != f) {
                    throw new IllegalArgumentException(where + ": is in " + f + " format but earlier articles are in "
                            + format);
                }
            }
            List<GoldToponym> gold = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < toponyms.size(); i++) {
                String at = where + ", toponym " + (i + 1);
                Map<String, String> t = toponyms.get(i);
                String name = required(at, t, f == GeoCorpus.Format.GEOWEBNEWS ? "extractedName" : "phrase");
                long start = number(at, "start", required(at, t, "start"));
                long end = number(at, "end", required(at, t, "end"));
                if (start < 0 || end < start || end > articleText.length()) {
                    problems.add(new Problem(STAGE, "toponym " + (i + 1) + " '" + name + "' at " + start + "-" + end
                            + " lies outside the text (length " + articleText.length() + "); left out"));
                    continue;
                }
                gold.add(f == GeoCorpus.Format.GEOWEBNEWS ? geoWebNews(at, t, name, (int) start, (int) end)
                        : lgl(at, t, name, (int) start, (int) end));
            }
            return new GeoDocument(articleId, articleText, gold, problems);
        }

        private static GoldToponym geoWebNews(String at, Map<String, String> t, String name, int start, int end) {
            String label = required(at, t, "type");
            GoldToponymType type = GoldToponymType.fromLabel(label).orElseThrow(
                    () -> new IllegalArgumentException(at + ": unknown <type> '" + label + "'"));
            return toponym(at, t, name, start, end, type, "geonamesID", "latitude", "longitude");
        }

        private static GoldToponym lgl(String at, Map<String, String> t, String name, int start, int end) {
            return toponym(at, t, name, start, end, GoldToponymType.UNLABELLED, "gaztag@geonameid", "gaztag/lat",
                    "gaztag/lon");
        }

        private static GoldToponym toponym(String at, Map<String, String> t, String name, int start, int end,
                                           GoldToponymType type, String idKey, String latKey, String lonKey) {
            String id = t.getOrDefault(idKey, "");
            String lat = t.getOrDefault(latKey, "");
            String lon = t.getOrDefault(lonKey, "");
            if (lat.isEmpty() != lon.isEmpty()) {
                throw new IllegalArgumentException(at + ": has only one of <" + element(latKey) + "> and <"
                        + element(lonKey) + ">");
            }
            Double latitude = lat.isEmpty() ? null : degrees(at, element(latKey), lat, 90);
            Double longitude = lon.isEmpty() ? null : degrees(at, element(lonKey), lon, 180);
            Long geonamesId = id.isEmpty() ? null : number(at, element(idKey), id);
            if (geonamesId != null && geonamesId < 0) {
                throw new IllegalArgumentException(at + ": <" + element(idKey) + "> '" + id + "' is negative");
            }
            return new GoldToponym(start, end, name, type, geonamesId, latitude, longitude);
        }

        private static String required(String at, Map<String, String> t, String key) {
            String v = t.get(key);
            if (v == null || (v.isEmpty() && !key.equals("extractedName") && !key.equals("phrase"))) {
                throw new IllegalArgumentException(at + ": no <" + key + ">");
            }
            return v;
        }

        private static long number(String at, String element, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(at + ": <" + element + "> '" + value + "' is not a whole number",
                        e);
            }
        }

        private static double degrees(String at, String element, String value, double limit) {
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(at + ": <" + element + "> '" + value + "' is not a number", e);
            }
            if (!(Math.abs(d) <= limit)) {
                throw new IllegalArgumentException(at + ": <" + element + "> " + value + " is off the globe");
            }
            return d;
        }

        private static String element(String key) {
            return key.equals("gaztag@geonameid") ? "gaztag geonameid" : key.substring(key.indexOf('/') + 1);
        }
    }
}
