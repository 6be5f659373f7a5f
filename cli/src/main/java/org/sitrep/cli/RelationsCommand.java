package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.sitrep.store.RelationQuery;
import org.sitrep.store.StoredRelation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep relations}: stored relations between actors, filtered by actor and predicate. */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "Lists stored relations (who supplies, attacks, meets, accuses whom), with their evidence.")
final class RelationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only relations whose subject or object contains NAME.")
    String actor;

    @Option(names = "--predicate", paramLabel = "P",
            description = "Only relations with this predicate (supplies, meets, appoints, permits, threatens, decrees,"
                    + " urges, accuses, invades, attacks).")
    String predicate;

    @Option(names = "--limit", description = "At most this many relations (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredRelation> relations = store.query(spec.commandLine().getErr(),
                db -> db.relations(new RelationQuery(actor, predicate, limit)));
        if (relations == null) {
            return 1;
        }
        if (json) {
            ArrayNode all = new ObjectMapper().createArrayNode();
            for (StoredRelation r : relations) {
                all.addObject().put("id", r.id()).put("article", r.articleId()).put("subject", r.subject())
                        .put("subject_actor", r.subjectActor()).put("predicate", r.predicate())
                        .put("object", r.object()).put("object_actor", r.objectActor()).put("what", r.what())
                        .put("date", r.date()).put("claimed_by", r.claimedBy()).put("evidence", r.evidence())
                        .put("start", r.start()).put("end", r.end()).put("source", r.source()).put("url", r.url());
            }
            out.println(all.toPrettyString());
            out.flush();
            return 0;
        }
        TextTable table = new TextTable("subject", "predicate", "object", "what", "date", "claimed by", "source");
        for (StoredRelation r : relations) {
            table.row(r.subject(), r.predicate(), r.object() == null ? "" : r.object(), r.what() == null ? "" : r.what(),
                    r.date() == null ? "" : r.date(), r.claimedBy() == null ? "" : r.claimedBy(),
                    r.url() != null ? r.url() : r.source());
        }
        table.print(out);
        return 0;
    }
}
