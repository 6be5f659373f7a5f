package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Amount;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.Dateline;
import org.sitrep.model.Entity;
import org.sitrep.model.Heading;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;

import java.util.Locale;

/** Writes an article's facts as the JSON object documented in the README. */
final class FactsJson {
    private final ObjectMapper mapper;

    FactsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(ArticleFacts facts) {
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
            pn.put("lat", p.lat());
            pn.put("lon", p.lon());
            pn.put("id", p.id());
            pn.put("metonymy", p.metonymy());
        }
        ArrayNode problems = o.putArray("problems");
        a.problems().forEach(p -> problems.addObject().put("stage", p.stage()).put("message", p.message()));
        facts.problems().forEach(p -> problems.addObject().put("stage", p.stage()).put("message", p.message()));
        return o;
    }

    private static ObjectNode span(ObjectNode node, Span span) {
        return node.put("start", span.start()).put("end", span.end());
    }
}
