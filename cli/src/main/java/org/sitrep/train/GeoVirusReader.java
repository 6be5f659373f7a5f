package org.sitrep.train;

import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GoldToponym;
import org.sitrep.eval.GoldToponymType;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoVirus's layout: {@code <articles><article><source><text><locations><location>} with {@code <name>},
 * {@code <start>}, {@code <end>}, {@code <lat>}, {@code <lon>}. Its offsets count from one (every one of its 2,170
 * locations lies one character before its offsets), so one is taken off. Every location is a literal toponym;
 * one whose offsets do not then cover its name in the text is left out.
 */
public final class GeoVirusReader {
    private GeoVirusReader() {
    }

    public static List<GeoDocument> read(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<GeoDocument> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String source = null;
            String text = null;
            List<GoldToponym> gold = new ArrayList<>();
            Map<String, String> location = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "article" -> {
                            source = null;
                            text = null;
                            gold = new ArrayList<>();
                        }
                        case "source" -> source = r.getElementText().strip();
                        case "text" -> text = r.getElementText();
                        case "location" -> location = new HashMap<>();
                        case "name", "start", "end", "lat", "lon", "page" -> {
                            String name = r.getLocalName();
                            String value = r.getElementText().strip();
                            if (location != null) {
                                location.put(name, value);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("location") && location != null && text != null) {
                        int start = Integer.parseInt(location.get("start")) - 1;
                        int end = Integer.parseInt(location.get("end")) - 1;
                        String name = location.get("name");
                        if (start >= 0 && end <= text.length() && text.substring(start, end).equals(name)) {
                            gold.add(new GoldToponym(start, end, name, GoldToponymType.LITERAL, null,
                                    Double.parseDouble(location.get("lat")), Double.parseDouble(location.get("lon"))));
                        }
                        location = null;
                    } else if (r.getLocalName().equals("article") && text != null) {
                        out.add(new GeoDocument(source == null ? "geovirus-" + out.size() : source, text, gold));
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("cannot read " + file + " as GeoVirus: " + e.getMessage(), e);
        }
        return out;
    }
}
