package org.sitrep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Place;
import org.sitrep.places.IndexedPlace;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every place of the development seeds (real AFP wire text), models loaded. */
@Tag("models")
class SitrepPlacesTest {
    private static Sitrep sitrep;

    @BeforeAll
    static void load() {
        sitrep = Sitrep.load();
    }

    /** Each distinct place as "text: name kind country admin1 [metonymy] @lat,lon" (one decimal). */
    private static Set<String> places(ArticleFacts facts) {
        Set<String> seen = new LinkedHashSet<>();
        for (Place p : facts.places()) {
            assertEquals(p.text(), p.span().of(facts.article().text()));
            seen.add(p.text() + ": " + p.name() + " " + p.kind() + " " + p.country() + " " + p.admin1()
                    + (p.metonymy() ? " metonymy" : "")
                    + (p.isResolved() ? String.format(Locale.ROOT, " @%.1f,%.1f", p.lat(), p.lon()) : " @-"));
        }
        return seen;
    }

    @Test
    void everyPlaceOfTheKyivReportWithItsOblast() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(1));
        assertEquals(List.of(
                "Ukraine: Ukraine COUNTRY UA null @49.0,31.7",
                "Russia: Russia COUNTRY RU null @60.8,99.5",
                "Moscow: Russia COUNTRY RU null metonymy @55.8,37.6",
                "Kremlin: Russia COUNTRY RU null metonymy @55.8,37.6",
                "Russian: Russia COUNTRY RU null @60.8,99.5",
                "Ukrainian: Ukraine COUNTRY UA null @49.0,31.7",
                "Sumy: Sumy REGION UA Sumy @51.1,34.1",
                "Kyiv: Ukraine COUNTRY UA null metonymy @50.5,30.5",
                "West: West OTHER null null @-",
                "United States: United States COUNTRY US null @38.7,-98.2",
                "EU: Europe CONTINENT null null @48.7,9.1",
                "Washington: United States COUNTRY US null metonymy @38.9,-77.0",
                "Sumy: Sumy CITY UA Sumy @50.9,34.8",
                "Glukhiv: Hlukhiv TOWN UA Sumy @51.7,33.9",
                "Kursk region: Kursk Oblast REGION RU Kursk Oblast @51.7,36.1",
                "the border region: Sumy REGION UA Sumy @51.1,34.1",
                "Odesa: Odesa CITY UA Odesa @46.5,30.7",
                "North Korean: North Korea COUNTRY KP null @40.1,127.1",
                "the region: Kursk Oblast REGION RU Kursk Oblast @51.7,36.1",
                "Kupiansk: Kupyansk TOWN UA Kharkiv @49.7,37.6",
                "Pokrovsk: Pokrovsk TOWN UA Donetsk @48.3,37.2"), List.copyOf(places(facts)));
    }

    @Test
    void placesOfTheNatoStories() throws IOException {
        List<Article> articles = new java.util.ArrayList<>(SitrepTest.seed("000_69033db6c55351c9.txt"));
        articles.add(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(0));
        Set<String> all = new LinkedHashSet<>();
        for (Article a : articles) {
            all.addAll(places(sitrep.process(a)));
        }
        for (String expected : List.of(
                "Kyiv: Ukraine COUNTRY UA null metonymy @50.5,30.5",
                "Moscow: Russia COUNTRY RU null metonymy @55.8,37.6",
                "Washington: United States COUNTRY US null metonymy @38.9,-77.0",
                "White House: United States COUNTRY US null metonymy @38.9,-77.0",
                "Brussels: Brussels CITY BE Brussels Capital @50.9,4.3",
                "Florida: Florida REGION US Florida @28.6,-82.5",
                "North Korean: North Korea COUNTRY KP null @40.1,127.1",
                "Dutch: Netherlands COUNTRY NL null @52.4,5.7",
                "British: United Kingdom COUNTRY GB null @54.0,-2.3",
                "Europe: Europe CONTINENT null null @48.7,9.1",
                "US: United States COUNTRY US null @38.7,-98.2")) {
            assertTrue(all.contains(expected), expected + " not among " + all);
        }
    }

    @Test
    void glukhivLiesNearTheRussianBorder() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(1));
        Place glukhiv = facts.places().stream().filter(p -> p.text().equals("Glukhiv")).findFirst().orElseThrow();
        Place kursk = facts.places().stream().filter(p -> p.text().equals("Kursk region")).findFirst().orElseThrow();
        assertEquals(707758L, glukhiv.id());
        assertTrue(IndexedPlace.kilometres(glukhiv.lat(), glukhiv.lon(), kursk.lat(), kursk.lon()) < 200);
    }
}
