package org.sitrep.store;

import org.sitrep.model.Actor;
import org.sitrep.model.Amount;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Casualties;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Dateline;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventSubtype;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Heading;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;
import org.sitrep.model.TollFigure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built articles with their facts, for store tests that load no model. */
public final class Reports {
    private Reports() {
    }

    public static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return new Span(i, i + part.length());
    }

    /** A report by one outlet: Rutte's quote, a strike on Kharkiv, O'Brien's reported speech. */
    public static ArticleFacts rutte(String source, String url, String personName, String lede) {
        String text = lede + " " + personName + " said \"We will respond to every attack.\"\n\n"
                + "A Russian drone strike on Kharkiv killed two workers on Tuesday, the Kremlin said.\n\n"
                + "Analyst Sean O'Brien said the talks had failed.";
        Article article = new Article(source, 0, "Rutte vows response", LocalDate.of(2025, 3, 4),
                new Dateline("Kharkiv, Ukraine", "AFP", LocalDate.of(2025, 3, 4)),
                List.of(new Heading("Strike", text.indexOf("A Russian"))), text, url, "Staff",
                List.of(new Problem("read", "charset guessed")));
        Span rutte = span(text, personName);
        Span obrien = span(text, "Sean O'Brien");
        List<Entity> entities = List.of(
                new Entity("E1", personName, EntityType.PERSON, List.of(new Mention(rutte, personName))),
                new Entity("E2", "Kharkiv", EntityType.GPE, List.of(new Mention(span(text, "Kharkiv"), "Kharkiv"))),
                new Entity("E3", "Kremlin", EntityType.ORG, List.of(new Mention(span(text, "Kremlin"), "Kremlin"))),
                new Entity("E4", "Sean O'Brien", EntityType.PERSON, List.of(new Mention(obrien, "Sean O'Brien"))));
        String q1 = "\"We will respond to every attack.\"";
        String q2 = "the talks had failed";
        List<Quote> quotes = new ArrayList<>();
        quotes.add(new Quote(span(text, q1), q1, true, new Span(rutte.end() + 1, rutte.end() + 5), "said",
                new Speaker(personName, "E1", rutte, personName)));
        quotes.add(new Quote(span(text, q2), q2, false, new Span(obrien.end() + 1, obrien.end() + 5), "said",
                new Speaker("Sean O'Brien", "E4", obrien, "Sean O'Brien")));
        List<Place> places = List.of(
                new Place(span(text, "Kharkiv"), "Kharkiv", "Kharkiv", PlaceKind.CITY, "UA", "Kharkiv", 49.98, 36.25,
                        706483L, false),
                new Place(span(text, "Kremlin"), "Kremlin", "Russia", PlaceKind.COUNTRY, "RU", null, 55.75, 37.62,
                        null, true));
        List<Amount> amounts = List.of(new Amount(span(text, "two workers"), "two workers", 2, "workers", null));
        List<TimeExpression> times = List.of(new TimeExpression(span(text, "Tuesday"), "Tuesday", TimeType.DATE,
                "2025-03-04"));
        String clause = "A Russian drone strike on Kharkiv killed two workers on Tuesday, the Kremlin said.";
        Span russian = span(text, "Russian");
        Location kharkiv = new Location(span(text, "Kharkiv"),
                "Kharkiv", "Kharkiv", "UA", "Kharkiv", 49.98, 36.25);
        Actor russia = new Actor("Russia", null, russian);
        Actor workers = new Actor("workers", null, span(text, "workers"));
        Mention drone = new Mention(span(text, "drone"), "drone");
        EventMention mention = new EventMention(span(text, clause), List.of(span(text, "strike"), span(text, "killed")),
                russia, workers, kharkiv, drone);
        Event strike = new Event("V1", EventSubtype.AIR_DRONE_STRIKE, "2025-03-04", DatePrecision.DAY, kharkiv, russia,
                workers, drone, new Casualties(2, FatalityQualifier.EXACT, null, null, null), true,
                List.of(new TollFigure(span(text, "two"), TollFigure.Count.KILLED, 2, FatalityQualifier.EXACT)),
                List.of(mention), 0.875);
        Relation attacks = new Relation(russia, RelationPredicate.ATTACKS, new Actor("Kharkiv", "E2", span(text, "Kharkiv")),
                null, "2025-03-04", span(text, "strike"), List.of(span(text, clause)), new Actor("Kremlin", "E3", null));
        return new ArticleFacts(article, entities, times, amounts, quotes, places, List.of(strike), List.of(attacks),
                List.of(new Problem("quotes", "unclosed quote")));
    }

    /**
     * The report with its article published on another day and its strike moved: to another date, another place
     * (name, region, coordinates; the words in the text stay "Kharkiv") and another toll.
     */
    public static ArticleFacts restruck(ArticleFacts facts, LocalDate published, String date, String place,
                                        double lat, double lon, int killed) {
        Article a = facts.article();
        Article moved = new Article(a.source(), a.index(), a.title(), published, a.dateline(), a.headings(), a.text(),
                a.url(), a.byline(), a.problems());
        Event e = facts.events().get(0);
        Location l = e.location();
        Location there = new Location(l.span(), l.text(), place, l.country(), place, lat, lon);
        Event strike = new Event(e.id(), e.subtype(), date, e.precision(), there, e.actor1(), e.actor2(), e.weapon(),
                new Casualties(killed, FatalityQualifier.EXACT, null, null, null), e.civilianTargeting(),
                e.figures().stream().map(f -> new TollFigure(f.span(), f.count(), killed, f.qualifier())).toList(),
                e.mentions(), e.confidence());
        return new ArticleFacts(moved, facts.entities(), facts.times(), facts.amounts(), facts.quotes(), facts.places(),
                List.of(strike), facts.relations(), facts.problems());
    }

    public static ArticleFacts rutte(String source, String url) {
        return rutte(source, url, "Mark Rutte", "NATO's chief spoke in Brussels.");
    }
}
