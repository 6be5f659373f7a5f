package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GeoGoldReaderTest {

    static final Path GEOWEBNEWS = Path.of("../../shared/eval/geo/GeoWebNews.xml");

    static GeoCorpus fixture(String name) throws IOException {
        try (InputStream in = GeoGoldReaderTest.class.getResourceAsStream("/eval/geo/" + name)) {
            return new GeoGoldReader().read(name, in);
        }
    }

    static GeoCorpus read(String xml) {
        return new GeoGoldReader().read("test.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static final String GWN_TOPONYM = "<toponym><extractedName>Kyiv</extractedName><normalisedName>Kyiv"
            + "</normalisedName><type>Literal</type><modifierType/><nonLocational>No</nonLocational><start>14</start>"
            + "<end>18</end><geonamesID>703448</geonamesID><latitude>50.45466</latitude><longitude>30.5238</longitude>"
            + "</toponym>";
    static final String GWN = "<?xml version=\"1.0\" ?>\n<articles><article file=\"3\"><title>t</title><text>Drones "
            + "struck Kyiv.</text><toponyms>" + GWN_TOPONYM + "</toponyms></article></articles>";

    @Test
    void readsGeoWebNewsWithEntitiesDecodedAndOffsetsIntoTheText() throws IOException {
        GeoCorpus corpus = fixture("geowebnews-excerpt.xml");
        assertEquals(GeoCorpus.Format.GEOWEBNEWS, corpus.format());
        GeoDocument doc = corpus.documents().get(0);
        assertEquals("17", doc.id());
        assertTrue(doc.text().contains("\"We will not leave,\" a resident of Douma told Reuters & said Turkey"));
        assertTrue(doc.text().contains("border.\n\nSyrians"), "newlines kept");
        assertEquals(13, doc.gold().size());
        assertEquals(List.of(), doc.offsetMismatches());
        GoldToponym beirut = doc.gold().get(0);
        assertEquals(new GoldToponym(0, 6, "BEIRUT", GoldToponymType.MIXED, 276781L, 33.89332, 35.49548), beirut);
        GoldToponym ghouta = doc.gold().stream().filter(g -> g.name().equals("eastern Ghouta")).findFirst().get();
        assertNull(ghouta.geonamesId(), "coordinates without a GeoNames id");
        assertTrue(ghouta.scored());
    }

    @Test
    void geoWebNewsScoresLiteralAndAssociativeToponymsWithCoordinatesOnly() throws IOException {
        GeoDocument doc = fixture("geowebnews-excerpt.xml").documents().get(0);
        assertEquals(List.of("BEIRUT", "Syrian", "eastern Ghouta", "Douma", "Turkey", "Lebanon"),
                doc.toponyms().stream().map(GoldToponym::name).toList());
        assertEquals(List.of("Syrians", "Damascus"),
                doc.gold().stream().filter(GoldToponym::ignored).map(GoldToponym::name).toList(),
                "the demonym and the toponym without coordinates are ignored");
    }

    @Test
    void readsLglWithTheGaztagPlaceAndKeepsToponymsWithoutOne() throws IOException {
        GeoCorpus corpus = fixture("lgl-excerpt.xml");
        assertEquals(GeoCorpus.Format.LGL, corpus.format());
        assertEquals(List.of("38543488", "44148089"), corpus.documents().stream().map(GeoDocument::id).toList());
        GeoDocument flood = corpus.documents().get(0);
        assertFalse(flood.text().contains("Flood waters rise"), "the title is not the text");
        assertTrue(flood.text().contains("towns & said \"help is coming.\""));
        assertEquals(List.of(), flood.offsetMismatches());
        assertEquals(new GoldToponym(25, 35, "Alexandria", GoldToponymType.UNLABELLED, 4314550L, 31.31129,
                -92.44514), flood.gold().get(0));
        GoldToponym river = flood.gold().get(2);
        assertEquals("Red River", river.name());
        assertNull(river.lat());
        assertTrue(river.ignored());
        assertEquals(4, flood.toponyms().size());
        GeoDocument chase = corpus.documents().get(1);
        assertEquals(List.of(), chase.offsetMismatches());
        assertEquals(6254925L, chase.gold().get(1).geonamesId(), "the gaztag's id, not the country's");
        assertEquals(5, chase.toponyms().size());
    }

    @Test
    void formatIsToldByTheToponymsWhenTheArticleHasNoIdAttribute() {
        GeoCorpus corpus = read(GWN.replace(" file=\"3\"", ""));
        assertEquals(GeoCorpus.Format.GEOWEBNEWS, corpus.format());
        assertEquals("#1", corpus.documents().get(0).id());
        assertEquals("Kyiv", corpus.documents().get(0).gold().get(0).span().of(corpus.documents().get(0).text()));
    }

    @Test
    void cdataTextIsReadAsIs() {
        GeoCorpus corpus = read("<articles><article docid=\"9\"><text><![CDATA[A & B in Kyiv]]></text><toponyms>"
                + "<toponym><start>9</start><end>13</end><phrase>Kyiv</phrase></toponym></toponyms></article>"
                + "</articles>");
        assertEquals("A & B in Kyiv", corpus.documents().get(0).text());
        assertEquals(List.of(), corpus.documents().get(0).offsetMismatches());
    }

    @Test
    void badNumberIsRefusedNamingFileArticleToponymAndElement() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(GWN.replace("<start>14</start>", "<start>fourteen</start>")));
        assertEquals("test.xml: article 3, toponym 1: <start> 'fourteen' is not a whole number",
                e.getMessage());
        IllegalArgumentException lat = assertThrows(IllegalArgumentException.class,
                () -> read(GWN.replace("50.45466", "north")));
        assertEquals("test.xml: article 3, toponym 1: <latitude> 'north' is not a number", lat.getMessage());
    }

    @Test
    void missingElementsAndUnknownTypesAreRefusedByName() {
        assertEquals("test.xml: article 3, toponym 1: no <end>", assertThrows(IllegalArgumentException.class,
                () -> read(GWN.replace("<end>18</end>", ""))).getMessage());
        assertEquals("test.xml: article 3, toponym 1: unknown <type> 'Literal_City'",
                assertThrows(IllegalArgumentException.class,
                        () -> read(GWN.replace("<type>Literal</type>", "<type>Literal_City</type>"))).getMessage());
        assertEquals("test.xml: article 3: no <text> element", assertThrows(IllegalArgumentException.class,
                () -> read(GWN.replace("<text>Drones struck Kyiv.</text>", ""))).getMessage());
        assertEquals("test.xml: root element is <TimeML>, not <articles>", assertThrows(
                IllegalArgumentException.class, () -> read("<TimeML><TEXT>x</TEXT></TimeML>")).getMessage());
    }

    @Test
    void toponymsOutsideTheTextAreLeftOutAsProblems() {
        GeoDocument doc = read(GWN.replace("</toponyms>", GWN_TOPONYM.replace("<start>14</start>",
                "<start>-139</start>").replace("<end>18</end>", "<end>-135</end>") + GWN_TOPONYM.replace(
                "<end>18</end>", "<end>80</end>") + "</toponyms>")).documents().get(0);
        assertEquals(1, doc.gold().size());
        assertEquals(List.of(
                new Problem(GeoGoldReader.STAGE, "toponym 2 'Kyiv' at -139--135 lies outside the text (length 19); "
                        + "left out"),
                new Problem(GeoGoldReader.STAGE, "toponym 3 'Kyiv' at 14-80 lies outside the text (length 19); "
                        + "left out")), doc.problems());
    }

    @Test
    void mixedFormatsAreRefused() {
        String lgl = "<toponym><start>14</start><end>18</end><phrase>Kyiv</phrase></toponym>";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(GWN.replace("</toponyms>", lgl + "</toponyms>")));
        assertEquals("test.xml: article 3: mixes GeoWebNews and LGL <toponym> elements", e.getMessage());
    }

    @Test
    void malformedXmlIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read(GWN.replace("</toponyms>", "")));
        assertTrue(e.getMessage().startsWith("test.xml: not well-formed XML: "), e.getMessage());
    }

    @Test
    void externalEntitiesAreNotRead() throws IOException {
        Path secret = Files.createTempFile("geo-secret", ".txt");
        Files.writeString(secret, "SECRET");
        try {
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE articles [<!ENTITY x SYSTEM \"" + secret.toUri()
                    + "\">]>\n" + GWN.substring(GWN.indexOf("<articles>")).replace("Drones", "&x;");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(xxe));
            assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void geoWebNewsOffsetsCoverTheExtractedNamesExceptFiveNegativeOnes() {
        assumeTrue(Files.exists(GEOWEBNEWS), "GeoWebNews.xml not on this machine");
        GeoCorpus corpus = new GeoGoldReader().read(GEOWEBNEWS);
        assertEquals(GeoCorpus.Format.GEOWEBNEWS, corpus.format());
        assertEquals(200, corpus.documents().size());
        assertEquals(6607, corpus.documents().stream().mapToInt(d -> d.gold().size()).sum());
        List<String> mismatches = corpus.documents().stream()
                .flatMap(d -> d.offsetMismatches().stream().map(g -> "article " + d.id() + " " + g.start() + "-"
                        + g.end() + " gold '" + g.name() + "' text '" + d.text().substring(g.start(), g.end()) + "'"))
                .toList();
        assertEquals(List.of(), mismatches, "every annotation inside the text covers its extracted name");
        List<String> outside = corpus.documents().stream()
                .flatMap(d -> d.problems().stream().map(p -> "article " + d.id() + ": " + p.message())).toList();
        assertEquals(5, outside.size(), String.join("\n", outside));
    }

    @Test
    void geoWebNewsScoresTheLiteralAndAssociativeToponymsWithCoordinates() {
        assumeTrue(Files.exists(GEOWEBNEWS), "GeoWebNews.xml not on this machine");
        Map<GoldToponymType, Long> scored = new GeoGoldReader().read(GEOWEBNEWS).documents().stream()
                .flatMap(d -> d.toponyms().stream())
                .collect(Collectors.groupingBy(GoldToponym::type, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(GoldToponymType.LITERAL, 850L, GoldToponymType.LITERAL_MODIFIER, 181L,
                GoldToponymType.MIXED, 269L, GoldToponymType.COERCION, 126L, GoldToponymType.EMBEDDED_LITERAL, 21L,
                GoldToponymType.METONYMIC, 372L, GoldToponymType.NON_LITERAL_MODIFIER, 501L,
                GoldToponymType.EMBEDDED_NON_LIT, 279L), scored);
        assertEquals(2599L, scored.values().stream().mapToLong(Long::longValue).sum());
    }
}
