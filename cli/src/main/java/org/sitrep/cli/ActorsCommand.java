package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.sitrep.store.ActorSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep actors}: the actors named in most articles, fused across articles. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Lists the actors named in most articles, with their mention, quote, event and relation counts.")
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--top", paramLabel = "N", description = "How many actors (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ActorSummary> actors = store.query(spec.commandLine().getErr(), db -> db.actors(top));
        if (actors == null) {
            return 1;
        }
        if (json) {
            ArrayNode all = new ObjectMapper().createArrayNode();
            for (ActorSummary a : actors) {
                all.addObject().put("actor", a.id()).put("name", a.name()).put("type", a.type())
                        .put("articles", a.articles()).put("mentions", a.mentions()).put("quotes", a.quotes())
                        .put("events", a.events()).put("relations", a.relations());
            }
            out.println(all.toPrettyString());
            out.flush();
            return 0;
        }
        TextTable table = new TextTable("actor", "type", "articles", "mentions", "quotes", "events", "relations");
        actors.forEach(a -> table.row(a.name(), a.type(), a.articles(), a.mentions(), a.quotes(), a.events(),
                a.relations()));
        table.print(out);
        return 0;
    }
}
