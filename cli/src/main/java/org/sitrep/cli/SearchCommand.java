package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.sitrep.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sitrep search}: full-text search over stored articles and quotes, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search over article titles, text and quotes (SQLite FTS5 BM25; PostgreSQL ts_rank),"
                + " printing the matching sentence.")
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Words to find (all of them must match).")
    String query;

    @Option(names = "--limit", description = "At most this many matches (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SearchHit> hits = store.query(spec.commandLine().getErr(), db -> db.search(query, limit));
        if (hits == null) {
            return 1;
        }
        if (json) {
            ArrayNode all = new ObjectMapper().createArrayNode();
            for (SearchHit h : hits) {
                all.addObject().put("kind", h.kind()).put("article", h.articleId()).put("title", h.title())
                        .put("url", h.url()).put("sentence", h.sentence()).put("score", h.score());
            }
            out.println(all.toPrettyString());
            out.flush();
            return 0;
        }
        TextTable table = new TextTable("score", "in", "article", "title", "sentence");
        hits.forEach(h -> table.row(String.format(Locale.ROOT, "%.3f", h.score()), h.kind(), h.articleId(),
                h.title(), h.sentence()));
        table.print(out);
        return 0;
    }
}
