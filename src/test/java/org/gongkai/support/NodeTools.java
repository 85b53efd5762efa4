package org.gongkai.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node.js checkers under {@code src/test/js/} (Frictionless, axe-core with Chromium). {@code .ci/run}
 * installs their npm packages ({@code npm ci}); on a machine where that was not done the first test does it. Tests
 * are skipped, with the reason, only when Node.js itself is missing.
 */
public final class NodeTools {

    public static final Path DIR = Path.of("src/test/js");
    private static final Path NODE = Path.of(System.getProperty("gongkai.node", "/usr/bin/node"));

    private NodeTools() {
    }

    /** Skips the calling test when Node.js is missing; installs the npm packages when they are not there yet. */
    public static synchronized void assumeReady() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(NODE),
                "Node.js not found at " + NODE + " (install Debian's nodejs and npm; .ci/run does) — checker skipped");
        if (!Files.isDirectory(DIR.resolve("node_modules"))) {
            Result r = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 600);
            if (r.exit() != 0) {
                throw new IOException("npm ci in " + DIR + " failed: " + r.stderr());
            }
        }
    }

    /** Runs {@code node script args...} in {@code src/test/js}. */
    public static Result node(String script, List<String> args, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(NODE.toString(), script));
        cmd.addAll(args);
        return run(cmd, timeoutSeconds);
    }

    private static Result run(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("node-out", ".txt");
        Path err = Files.createTempFile("node-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).directory(DIR.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public record Result(int exit, String stdout, String stderr) {
    }
}
