package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.export.IncidentExports;
import org.sitrep.store.Claim;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep events}: stored incidents (events fused across articles), newest first, filtered by place, date,
 * type, actor and toll, each with the claims of the reports it was fused from.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Lists stored incidents (events fused across articles), newest first, with each report's claim.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--country", paramLabel = "CC", description = "Only events in this country (ISO 3166-1 alpha-2 code).")
    String country;

    @Option(names = "--admin1", paramLabel = "REGION", description = "Only events in this first-level region (whole name).")
    String admin1;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after this ISO date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before this ISO date.")
    String to;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only events of this ACLED type or sub-type (\"Air/drone strike\", \"Battles\").")
    String type;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only events whose either actor's name contains NAME.")
    String actor;

    @Option(names = "--min-fatalities", paramLabel = "N", description = "Only events with at least N killed.")
    int minFatalities;

    @Option(names = "--limit", description = "At most this many events (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (String date : new String[]{from, to}) {
            if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                spec.commandLine().getErr().println("sitrep: '" + date + "' is not an ISO date (YYYY, YYYY-MM or"
                        + " YYYY-MM-DD)");
                return 2;
            }
        }
        List<StoredEvent> events = store.query(spec.commandLine().getErr(),
                db -> db.events(EventQuery.NEWEST.withCountry(country).withAdmin1(admin1)
                        .withDates(from, to).withType(type).withActor(actor).withMinFatalities(minFatalities).withLimit(limit)));
        if (events == null) {
            return 1;
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode all = mapper.createArrayNode();
            events.forEach(e -> all.add(IncidentExports.json(mapper, e)));
            out.println(all.toPrettyString());
            out.flush();
            return 0;
        }
        TextTable table = new TextTable("date", "event", "where", "actor1", "actor2", "killed", "reports", "source");
        for (StoredEvent e : events) {
            String where = e.location() == null ? "" : e.location()
                    + (e.country() == null ? "" : ", " + (e.admin1() == null ? "" : e.admin1() + ", ") + e.country());
            String killed = e.fatalities() == null ? ""
                    : (e.qualifier() == null || e.qualifier().equals("exact") ? "" : e.qualifier() + " ") + e.fatalities();
            if (e.disputed()) {
                killed += " (" + e.fatalitiesLow() + "-" + e.fatalitiesHigh() + ")";
            }
            Claim first = e.claims().get(0);
            table.row(e.date() == null ? "" : e.date(), e.subtype(), where, e.actor1() == null ? "" : e.actor1(),
                    e.actor2() == null ? "" : e.actor2(), killed, e.claims().size(),
                    first.url() != null ? first.url() : first.source());
        }
        table.print(out);
        return 0;
    }
}
