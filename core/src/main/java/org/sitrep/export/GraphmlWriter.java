package org.sitrep.export;

import org.sitrep.resolve.ActorResolver;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.RelationQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredRelation;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the store's actors and relations as GraphML 1.0, streaming: a node per actor that takes part in a
 * relation (an actor of the store, else a name no actor holds), an edge per relation with an object, from
 * subject to object, with its predicate, date, what, claimant, evidence and article. Every attribute is declared
 * with a {@code key}, as Gephi and yEd expect. Two passes over the relations: nodes first, then edges.
 */
public final class GraphmlWriter {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";
    /** Characters XML 1.0 cannot hold, even escaped (control characters an article's text may carry). */
    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private record Key(String id, String domain, String type) {
    }

    private static final List<Key> KEYS = List.of(new Key("name", "node", "string"), new Key("type", "node", "string"),
            new Key("articles", "node", "long"), new Key("events", "node", "long"),
            new Key("relations", "node", "long"), new Key("predicate", "edge", "string"),
            new Key("date", "edge", "string"), new Key("what", "edge", "string"),
            new Key("claimed_by", "edge", "string"), new Key("evidence", "edge", "string"),
            new Key("article", "edge", "long"), new Key("source", "edge", "string"));

    /** Writes every actor in a relation and every relation. */
    public void write(Store db, Writer out) {
        write(db, RelationQuery.ALL, out);
    }

    /** Writes the relations a query selects, and their actors. */
    public void write(Store db, RelationQuery query, Writer out) {
        // Pass 1: the nodes, by id: "a<actor id>" for an actor, "n<k>" for a name no actor holds.
        Map<Long, String> actorNodes = new LinkedHashMap<>();
        Map<String, String> nameNodes = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        db.forEachRelation(query, r -> {
            if (r.object() != null) {
                node(r.subject(), r.subjectActor(), actorNodes, nameNodes, names);
                node(r.object(), r.objectActor(), actorNodes, nameNodes, names);
            }
        });
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace(NS);
            for (Key k : KEYS) {
                x.writeCharacters("\n  ");
                x.writeEmptyElement("key");
                x.writeAttribute("id", k.id());
                x.writeAttribute("for", k.domain());
                x.writeAttribute("attr.name", k.id());
                x.writeAttribute("attr.type", k.type());
            }
            x.writeCharacters("\n  ");
            x.writeStartElement("graph");
            x.writeAttribute("id", "sitrep");
            x.writeAttribute("edgedefault", "directed");
            XmlFailure failure = new XmlFailure();
            db.forEachActor(a -> {
                String id = actorNodes.get(a.id());
                if (id != null) {
                    failure.run(() -> actorNode(x, id, a));
                }
            });
            for (Map.Entry<String, String> n : nameNodes.entrySet()) {
                x.writeCharacters("\n    ");
                x.writeStartElement("node");
                x.writeAttribute("id", n.getValue());
                data(x, "name", names.get(n.getKey()));
                x.writeEndElement();
            }
            db.forEachRelation(query, r -> {
                if (r.object() != null) {
                    failure.run(() -> edge(x, r, source(r.subject(), r.subjectActor(), actorNodes, nameNodes),
                            source(r.object(), r.objectActor(), actorNodes, nameNodes)));
                }
            });
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
    }

    private static void node(String name, Long actor, Map<Long, String> actorNodes, Map<String, String> nameNodes,
                             Map<String, String> names) {
        if (actor != null) {
            actorNodes.putIfAbsent(actor, "a" + actor);
        } else {
            String key = ActorResolver.fold(name);
            if (!nameNodes.containsKey(key)) {
                nameNodes.put(key, "n" + (nameNodes.size() + 1));
                names.put(key, name);
            }
        }
    }

    private static String source(String name, Long actor, Map<Long, String> actorNodes, Map<String, String> nameNodes) {
        return actor != null ? actorNodes.get(actor) : nameNodes.get(ActorResolver.fold(name));
    }

    private static void actorNode(XMLStreamWriter x, String id, ActorSummary a) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("node");
        x.writeAttribute("id", id);
        data(x, "name", a.name());
        data(x, "type", a.type());
        data(x, "articles", Long.toString(a.articles()));
        data(x, "events", Long.toString(a.events()));
        data(x, "relations", Long.toString(a.relations()));
        x.writeEndElement();
    }

    private static void edge(XMLStreamWriter x, StoredRelation r, String from, String to) throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("edge");
        x.writeAttribute("id", "r" + r.id());
        x.writeAttribute("source", from);
        x.writeAttribute("target", to);
        data(x, "predicate", r.predicate());
        data(x, "date", r.date());
        data(x, "what", r.what());
        data(x, "claimed_by", r.claimedBy());
        data(x, "evidence", r.evidence());
        data(x, "article", Long.toString(r.articleId()));
        data(x, "source", r.url() != null ? r.url() : r.source());
        x.writeEndElement();
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(NOT_XML.matcher(value).replaceAll("\uFFFD"));
        x.writeEndElement();
    }

    /** Carries an XML writer's checked exception out of a consumer. */
    private static final class XmlFailure {
        interface Step {
            void run() throws XMLStreamException;
        }

        void run(Step step) {
            try {
                step.run();
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
            }
        }
    }
}
