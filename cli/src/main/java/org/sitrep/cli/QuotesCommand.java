package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.QuoteSource;
import org.sitrep.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep quotes}: statements in the database, each with every article that carries it. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Lists stored quotes (one per statement, with all its sources), newest first.")
final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes whose speaker's name contains NAME.")
    String speaker;

    @Option(names = "--about", paramLabel = "TEXT", description = "Only quotes whose text contains TEXT.")
    String about;

    @Option(names = "--limit", description = "At most this many statements (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--sources", paramLabel = "N", description = "List at most N sources per quote; all are counted (default: ${DEFAULT-VALUE}).")
    int sources = 10;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredQuote> quotes = store.query(spec.commandLine().getErr(),
                db -> db.quotes(speaker, about, limit, sources));
        if (quotes == null) {
            return 1;
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode all = mapper.createArrayNode();
            for (StoredQuote q : quotes) {
                ObjectNode o = all.addObject();
                o.put("statement", q.statementId());
                o.put("text", q.text());
                o.put("speaker", q.speaker());
                o.put("direct", q.direct());
                o.put("source_count", q.sourceCount());
                ArrayNode sources = o.putArray("sources");
                for (QuoteSource s : q.sources()) {
                    sources.addObject().put("article", s.articleId()).put("source", s.source()).put("title", s.title())
                            .put("url", s.url()).put("published", s.published()).put("speaker", s.speaker())
                            .put("start", s.start()).put("end", s.end());
                }
            }
            out.println(all.toPrettyString());
            out.flush();
            return 0;
        }
        TextTable table = new TextTable("speaker", "quote", "sources", "first source");
        for (StoredQuote q : quotes) {
            QuoteSource first = q.sources().get(0);
            String where = (first.published() == null ? "" : first.published() + " ")
                    + (first.title() != null ? first.title() : first.source());
            table.row(q.speaker(), q.text(), q.sourceCount(), where);
        }
        table.print(out);
        return 0;
    }
}
