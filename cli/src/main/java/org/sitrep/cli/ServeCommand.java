package org.sitrep.cli;

import org.sitrep.store.StoreException;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sitrep serve}: the web page and JSON API over a database, read-only, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the situation page (map, timeline, network, incidents, articles, quotes) and its JSON"
                + " API (/api/openapi.json) over the database, read-only, until stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on (default: ${DEFAULT-VALUE},"
            + " this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("sitrep: --port must be from 0 to 65535, not " + port);
            return 2;
        }
        WebServer server;
        try {
            server = WebServer.start(store.existingUrl(), host, port);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep: database " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("sitrep: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getOut().println("sitrep: serving " + store.url() + " at http://" + shown + ":"
                + server.port() + "/ (Ctrl-C stops)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
