package org.sitrep.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.GeoDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GeoVirusReaderTest {
    @TempDir
    Path dir;

    @Test
    void offsetsCountFromOneAndALocationOffItsNameIsLeftOut() throws IOException {
        Path file = dir.resolve("g.xml");
        Files.writeString(file, """
                <articles><article><source>https://example.org/a</source>
                <text>Cases rose in Pandi &amp; Manila.</text>
                <locations>
                <location><name>Pandi</name><start>15</start><end>20</end><lat>14.87</lat><lon>120.95</lon></location>
                <location><name>Manila</name><start>23</start><end>29</end><lat>14.6</lat><lon>121.0</lon></location>
                <location><name>Cebu</name><start>1</start><end>5</end><lat>10.3</lat><lon>123.9</lon></location>
                </locations></article></articles>""");
        List<GeoDocument> docs = GeoVirusReader.read(file);
        assertEquals(1, docs.size());
        GeoDocument d = docs.get(0);
        assertEquals("https://example.org/a", d.id());
        assertEquals(List.of("Pandi", "Manila"), d.toponyms().stream().map(g -> d.text().substring(g.start(), g.end())).toList());
        assertEquals(14.87, d.toponyms().get(0).lat());
    }

    @Test
    void malformedXmlIsAnIoErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("bad.xml");
        Files.writeString(file, "<articles><article><text>x</article>");
        IOException e = assertThrows(IOException.class, () -> GeoVirusReader.read(file));
        assertEquals(true, e.getMessage().contains("bad.xml"), e.getMessage());
    }
}
