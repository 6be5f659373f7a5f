package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Actor;
import org.sitrep.model.Amount;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Casualties;
import org.sitrep.model.Dateline;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Heading;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Relation;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TollFigure;

import java.util.Locale;

/** Writes an article's facts as the JSON object documented in the README. */
public final class FactsJson {
    private final ObjectMapper mapper;

    public FactsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(ArticleFacts facts) {
        Article a = facts.article();
        ObjectNode o = mapper.createObjectNode();
        o.put("source", a.source());
        o.put("article", a.index());
        o.put("title", a.title());
        o.put("published", a.published() == null ? null : a.published().toString());
        o.put("url", a.url());
        o.put("byline", a.byline());
        Dateline d = a.dateline();
        if (d == null) {
            o.putNull("dateline");
        } else {
            ObjectNode dl = o.putObject("dateline");
            dl.put("place", d.place());
            dl.put("agency", d.agency());
            dl.put("date", d.date() == null ? null : d.date().toString());
        }
        ArrayNode headings = o.putArray("headings");
        for (Heading h : a.headings()) {
            headings.addObject().put("text", h.text()).put("offset", h.offset());
        }
        o.put("text", a.text());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : facts.entities()) {
            ObjectNode en = entities.addObject();
            en.put("id", e.id());
            en.put("name", e.name());
            en.put("type", e.type().name());
            ArrayNode mentions = en.putArray("mentions");
            for (Mention m : e.mentions()) {
                span(mentions.addObject(), m.span()).put("text", m.text());
            }
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : facts.times()) {
            ObjectNode tn = times.addObject();
            tn.put("text", t.text());
            span(tn, t.span());
            tn.put("type", t.type().name());
            tn.put("value", t.value());
        }
        ArrayNode amounts = o.putArray("amounts");
        for (Amount am : facts.amounts()) {
            ObjectNode an = amounts.addObject();
            an.put("text", am.text());
            span(an, am.span());
            if (am.value() == Math.rint(am.value()) && Math.abs(am.value()) < 1e15) {
                an.put("value", (long) am.value());
            } else {
                an.put("value", am.value());
            }
            an.put("unit", am.unit());
            if (am.total() != null) {
                an.put("total", am.total().longValue());
            }
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : facts.quotes()) {
            ObjectNode qn = quotes.addObject();
            qn.put("text", q.text());
            span(qn, q.span());
            qn.put("direct", q.direct());
            qn.put("cue", q.cue());
            qn.put("cue_start", q.cueSpan().start());
            qn.put("cue_end", q.cueSpan().end());
            Speaker s = q.speaker();
            if (s == null) {
                qn.putNull("speaker");
            } else {
                ObjectNode sn = qn.putObject("speaker");
                sn.put("name", s.name());
                sn.put("entity", s.entity());
                span(sn, s.span());
            }
        }
        ArrayNode places = o.putArray("places");
        for (Place p : facts.places()) {
            ObjectNode pn = places.addObject();
            pn.put("text", p.text());
            span(pn, p.span());
            pn.put("name", p.name());
            pn.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            pn.put("country", p.country());
            pn.put("admin1", p.admin1());
            pn.put("lat", degrees(p.lat()));
            pn.put("lon", degrees(p.lon()));
            pn.put("id", p.id());
            pn.put("metonymy", p.metonymy());
        }
        ArrayNode events = o.putArray("events");
        for (Event e : facts.events()) {
            ObjectNode en = events.addObject();
            en.put("id", e.id());
            en.put("type", e.type().label());
            en.put("subtype", e.subtype().label());
            en.put("date", e.date());
            en.put("date_precision", e.precision() == null ? null : e.precision().label());
            Location l = e.location();
            if (l == null) {
                en.putNull("location");
            } else {
                ObjectNode ln = en.putObject("location");
                ln.put("text", l.text());
                ln.put("name", l.name());
                ln.put("country", l.country());
                ln.put("admin1", l.admin1());
                ln.put("lat", degrees(l.lat()));
                ln.put("lon", degrees(l.lon()));
                span(ln, l.span());
            }
            actor(en, "actor1", e.actor1());
            actor(en, "actor2", e.actor2());
            en.put("weapon", e.weapon() == null ? null : e.weapon().text());
            Casualties c = e.casualties();
            en.put("fatalities", c.fatalities());
            en.put("fatalities_qualifier", c.qualifier() == null ? null : c.qualifier().label());
            en.put("injured", c.injured());
            en.put("launched", c.launched());
            en.put("intercepted", c.intercepted());
            en.put("civilian_targeting", e.civilianTargeting());
            ArrayNode figures = en.putArray("figures");
            for (TollFigure f : e.figures()) {
                ObjectNode fn = figures.addObject();
                fn.put("count", f.count().label());
                fn.put("value", f.value());
                fn.put("qualifier", f.qualifier().label());
                span(fn, f.span());
            }
            ArrayNode triggers = en.putArray("triggers");
            e.triggers().forEach(t -> span(triggers.addObject(), t));
            ArrayNode evidence = en.putArray("evidence");
            e.evidence().forEach(t -> span(evidence.addObject(), t));
            en.put("confidence", e.confidence());
        }
        ArrayNode relations = o.putArray("relations");
        for (Relation r : facts.relations()) {
            ObjectNode rn = relations.addObject();
            actor(rn, "subject", r.subject());
            rn.put("predicate", r.predicate().label());
            actor(rn, "object", r.object());
            rn.put("what", r.what());
            rn.put("date", r.date());
            ArrayNode evidence = rn.putArray("evidence");
            r.evidence().forEach(t -> span(evidence.addObject(), t));
            rn.put("trigger_start", r.trigger().start());
            rn.put("trigger_end", r.trigger().end());
            actor(rn, "claimed_by", r.claimedBy());
        }
        ArrayNode problems = o.putArray("problems");
        a.problems().forEach(p -> problems.addObject().put("stage", p.stage()).put("message", p.message()));
        facts.problems().forEach(p -> problems.addObject().put("stage", p.stage()).put("message", p.message()));
        return o;
    }

    /** A coordinate to five decimals (about a metre), as the gazetteer's single-precision values warrant. */
    private static Double degrees(Double value) {
        return value == null ? null : Math.round(value * 1e5) / 1e5;
    }

    private static void actor(ObjectNode node, String field, Actor actor) {
        if (actor == null) {
            node.putNull(field);
        } else {
            node.putObject(field).put("name", actor.name()).put("entity", actor.entity());
        }
    }

    private static ObjectNode span(ObjectNode node, Span span) {
        return node.put("start", span.start()).put("end", span.end());
    }
}
