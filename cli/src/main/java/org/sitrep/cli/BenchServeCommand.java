package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.store.StoreException;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code sitrep bench-serve}: the web API under a bounded load on loopback. Serves the database, then a fixed
 * number of clients, each sending one request after another (a closed loop), ask the page's queries for a fixed
 * time; reports p50 and p99 latency per query and requests per second.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = "Web API benchmark: serves the database on loopback and times the page's queries under a"
                + " bounded load (p50, p99, requests/s).")
final class BenchServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 4;

    @Option(names = "--seconds", description = "How long the load runs (default: ${DEFAULT-VALUE}).")
    int seconds = 20;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (clients < 1 || seconds < 1) {
            spec.commandLine().getErr().println("sitrep bench-serve: --clients and --seconds must be at least 1");
            return 2;
        }
        try (WebServer server = WebServer.start(store.url(), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper mapper = new ObjectMapper();
            JsonNode newest = mapper.readTree(send(http, base + "/api/incidents?limit=100"));
            List<Long> incidents = new ArrayList<>();
            List<Long> articles = new ArrayList<>();
            newest.get("incidents").forEach(i -> {
                incidents.add(i.get("id").asLong());
                articles.add(i.at("/claims/0/article").asLong());
            });
            JsonNode top = mapper.readTree(send(http, base + "/api/incidents?limit=1&country=UA"));
            String country = top.get("incidents").isEmpty() ? "UA" : top.at("/incidents/0/country").asText();
            Map<String, List<String>> queries = new LinkedHashMap<>();
            queries.put("incidents", List.of("/api/incidents?limit=100"));
            queries.put("incidents_country", List.of("/api/incidents?limit=100&country=" + country));
            queries.put("points", List.of("/api/points"));
            queries.put("timeline", List.of("/api/timeline"));
            queries.put("changes", List.of("/api/changes"));
            queries.put("incident", incidents.stream().map(id -> "/api/incidents/" + id).toList());
            queries.put("article", articles.stream().distinct().map(id -> "/api/articles/" + id).toList());
            queries.put("network", List.of("/api/network"));
            queries.put("quotes", List.of("/api/quotes?limit=50"));
            queries.put("search", List.of("/api/search?q=drone+strike", "/api/search?q=ceasefire",
                    "/api/search?q=Kyiv"));
            List<String> names = new ArrayList<>(queries.keySet());
            for (String name : names) { // warm each once
                send(http, base + queries.get(name).get(0));
            }
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Map<String, List<Long>>>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                runs.add(pool.submit(() -> {
                    Map<String, List<Long>> times = new LinkedHashMap<>();
                    while (System.nanoTime() < end) {
                        String name = names.get(random.nextInt(names.size()));
                        List<String> paths = queries.get(name);
                        long t0 = System.nanoTime();
                        send(http, base + paths.get(random.nextInt(paths.size())));
                        times.computeIfAbsent(name, k -> new ArrayList<>()).add(System.nanoTime() - t0);
                    }
                    return times;
                }));
            }
            Map<String, List<Long>> all = new LinkedHashMap<>();
            for (Future<Map<String, List<Long>>> run : runs) {
                run.get().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            }
            pool.shutdown();
            List<Long> every = new ArrayList<>();
            var figures = mapper.createObjectNode();
            figures.put("clients", clients).put("seconds", seconds);
            for (String name : names) {
                List<Long> t = all.getOrDefault(name, List.of());
                every.addAll(t);
                figures.put(name + "_p50_ms", ms(t, 0.50)).put(name + "_p99_ms", ms(t, 0.99)).put(name + "_n", t.size());
            }
            figures.put("all_p50_ms", ms(every, 0.50)).put("all_p99_ms", ms(every, 0.99))
                    .put("requests_per_s", Math.round(every.size() * 10.0 / seconds) / 10.0);
            if (json) {
                out.println(mapper.writeValueAsString(figures));
            } else {
                figures.fields().forEachRemaining(f -> out.printf("%-28s %s%n", f.getKey(), f.getValue().asText()));
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep: database " + e.getMessage());
            return 1;
        }
    }

    private static String send(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static double ms(List<Long> nanos, double q) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return Math.round(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 10_000.0) / 100.0;
    }
}
