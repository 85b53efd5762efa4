package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jar's main class ({@code java -jar target/gongkai.jar …}). Java takes JVM options only from the command line, and
 * the README's command has none, so when the jar's class-data archive ({@link StartupArchive}) is there and matches,
 * this small process starts the JVM that does the work with it — and, for the short commands, with the quick
 * compiler only ({@code -XX:TieredStopAtLevel=1}, serial GC): a validation or one document is over before the
 * optimising compiler would pay for itself; the service's JVM gets the parallel (throughput) collector with a young
 * generation of half the heap ({@link #SERVICE_YOUNG_GENERATION}) unless the options name a collector. It passes on
 * the JVM options it was given, the terminal, the exit status and Ctrl-C/SIGTERM (the child stops cleanly first), and
 * then ends. The service's JVM ({@code run}) keeps the full compiler and watches this process: if it is killed (even
 * with SIGKILL) the service stops at once, as if it had been killed itself, so a kill of {@code java -jar} never
 * leaves a service running behind it.
 * <p>Nothing of this happens when the archive is missing or stale (another Java, a rebuilt jar), when the JVM was given
 * CDS or compiler options of its own, for {@code publish} and {@code cds-archive}, or with {@code -Dgongkai.cds=false}:
 * then the command runs in this JVM, as before.
 */
public final class Launcher {
    // This class and StartupArchive run in the launching JVM before anything is compiled: no lambdas, streams or
    // string concatenation by invokedynamic here (each costs the cold JVM tens of milliseconds of CPU to bootstrap).

    /** Set on the JVM started by the launcher: {@code cli} or {@code service} (the latter watches its launcher). */
    static final String LAUNCHED = "gongkai.launched";
    /** {@code -Dgongkai.cds=false}: never start a second JVM. */
    static final String CDS = "gongkai.cds";

    /** Commands that are over in a few seconds: quick compiler only. */
    private static final Set<String> SHORT = Set.of("validate", "render", "template", "catalog", "import-reference",
            "help", "-h", "--help", "-V", "--version");
    /** More files than this and validate/import-reference run long enough for the optimising compiler to pay. */
    private static final int SHORT_MAX_FILES = 20;

    /**
     * The service's compilers wait for code that runs often: the quick compiler (C1) takes a method after five times
     * the usual number of calls and loop iterations, the optimising one (C2) after ten times. The start-up code
     * (configuration, profiles, routes) runs a few thousand times and no longer queues some 2,300 C1 and 350 C2
     * compilations on a 2-core machine before the first poll (about 0.8 s of CPU), while what runs all night
     * (validation, rendering, PDF) passes these thresholds within the first submissions: 30 submissions took 32 s of
     * CPU instead of 38 (docs/performance.md, Cold).
     */
    static final List<String> SERVICE_COMPILER = List.of(
            "-XX:Tier3InvocationThreshold=1000", "-XX:Tier3MinInvocationThreshold=500", "-XX:Tier3CompileThreshold=10000",
            "-XX:Tier3BackEdgeThreshold=300000",
            "-XX:Tier4InvocationThreshold=50000", "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    /**
     * The service's young generation under the parallel collector: half the heap (the default is a third), and each
     * survivor space at least a third of it (the adaptive sizing may otherwise shrink them to a few hundred KB). Two
     * renders in flight keep their page's boxes and styles alive across several young collections; with small
     * survivor spaces those were promoted and filled the old generation about once a second. Ratios, not sizes: they
     * follow any {@code -Xmx}, and the adaptive sizing stays on (without it the heap would not grow past its initial
     * size). Side by side, 2,000 submissions in 256 MB: collector pauses 38 → 28 s (docs/performance.md,
     * "Young generation").
     */
    static final List<String> SERVICE_YOUNG_GENERATION = List.of("-XX:NewRatio=1", "-XX:InitialSurvivorRatio=3",
            "-XX:MinSurvivorRatio=3");

    private Launcher() {
    }

    /**
     * The overrides of a service command line that is only {@code run} and {@code -Dkey=value} words (or nothing),
     * or null for anything else (help, a misspelt word, an argument file): those go through picocli as always. The
     * service's JVM skips picocli for the usual line: its classes are Java 5 class files that the archive cannot
     * hold, and reading the command tree costs the start about 0.3 s.
     */
    static Map<String, String> serviceOverrides(String[] args) {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (args.length == 0) {
            return overrides;
        }
        if (!args[0].equals("run")) {
            return null;
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            int eq = a.indexOf('=');
            if (!a.startsWith("-D") || eq <= 2) {
                return null;
            }
            overrides.put(a.substring(2, eq), a.substring(eq + 1));
        }
        return overrides;
    }

    /**
     * The files of a {@code validate} line that names files only (at least one; no option, no argument file), or null.
     * Such a line, a department's usual self-check, runs without picocli: loading and verifying picocli's classes
     * (Java 5 class files, outside the archive) and reading the command's annotations cost a cold {@code validate}
     * about 0.1 s of CPU (docs/performance.md). Anything else goes through picocli as always (help, options, mistakes).
     */
    static List<Path> plainValidateFiles(String[] args) {
        if (args.length < 2 || !args[0].equals("validate")) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                return null;
            }
            try {
                files.add(Path.of(a));
            } catch (InvalidPathException e) {
                return null; // picocli names the word that is no path
            }
        }
        return files;
    }

    public static void main(String[] args) {
        String launched = System.getProperty(LAUNCHED);
        if ("service".equals(launched)) {
            stopWhenLauncherEnds();
            Map<String, String> overrides = serviceOverrides(args);
            if (overrides != null) {
                System.exit(RunCommand.run(overrides));
            }
        } else {
            if (launched == null && !"false".equalsIgnoreCase(System.getProperty(CDS, "true"))) {
                Integer status = relaunch(args);
                if (status != null) {
                    System.exit(status);
                }
            }
            List<Path> files = plainValidateFiles(args);
            if (files != null) {
                System.exit(ValidateCommand.withDefaults(files));
            }
        }
        GongkaiCli.main(args);
    }

    /** Runs the command in a JVM started with the archive and returns its exit status, or null to run it here. */
    static Integer relaunch(String[] args) {
        String command = args.length == 0 ? "run" : args[0];
        boolean service = command.equals("run");
        boolean quick = SHORT.contains(command) && fileCount(args) <= SHORT_MAX_FILES;
        if (!service && !SHORT.contains(command)) {
            return null;
        }
        StartupArchive archive = StartupArchive.ofRunningJar();
        if (archive == null || !archive.usable()) {
            return null;
        }
        List<String> jvmOptions = jvmOptions(archive);
        if (jvmOptions == null) {
            return null;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(StartupArchive.javaExecutable().toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-XX:SharedArchiveFile=".concat(archive.archive().toString()), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        cmd.addAll(addedOptions(service, quick, jvmOptions));
        cmd.add(service ? "-D" + LAUNCHED + "=service" : "-D" + LAUNCHED + "=cli");
        cmd.add("-jar");
        cmd.add(archive.jar().toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        if (service) {
            pb.redirectInput(ProcessBuilder.Redirect.PIPE); // the service's lifeline to this process
        }
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new StopChild(child));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child's status is this process's status
            }
        }
    }

    /**
     * The JVM options this process was started with (the words before {@code -jar}), or null when they cannot be
     * read or when they choose the class-data sharing or the compiler themselves (the operator's choice wins).
     */
    private static List<String> jvmOptions(StartupArchive archive) {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (String a : arguments.get()) {
            if (a.equals("-jar")) {
                return options;
            }
            if (a.startsWith("-Xshare") || a.contains("SharedArchiveFile") || a.contains("ArchiveClassesAtExit")
                    || a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-D" + LAUNCHED)) {
                return null;
            }
            options.add(a);
        }
        return null; // not started with -jar
    }

    /** Ctrl-C or SIGTERM to this process: the child stops cleanly, then this one ends. */
    static final class StopChild extends Thread {
        private final Process child;

        StopChild(Process child) {
            super("gongkai-launcher-stop");
            this.child = child;
        }

        @Override
        public void run() {
            if (child.isAlive()) {
                // SIGTERM through the handle: Process.destroy() would also close the child's standard input, its
                // lifeline, and the service would halt at once instead of stopping cleanly
                child.toHandle().destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * The JVM options the launcher adds to the operator's ({@code jvmOptions}) for a command: the service's compiler
     * thresholds, collector and young generation, or the quick compiler and serial collector of a short command. An
     * option of the operator's of the same kind wins: then the launcher adds none of that kind.
     */
    static List<String> addedOptions(boolean service, boolean quick, List<String> jvmOptions) {
        List<String> added = new ArrayList<>();
        if (service && !choosesCompilerThresholds(jvmOptions)) {
            added.addAll(SERVICE_COMPILER);
        }
        if (quick) {
            added.add("-XX:TieredStopAtLevel=1");
            if (!choosesGc(jvmOptions)) {
                added.add("-XX:+UseSerialGC");
            }
        } else if (service && !choosesGc(jvmOptions)) {
            // The intake allocates fast (about 75 MB per PDF) and keeps little: the throughput collector spends
            // less CPU than G1 on it, most of all in a small heap (docs/performance.md, "Garbage collection").
            added.add("-XX:+UseParallelGC");
            if (!choosesYoungGeneration(jvmOptions)) {
                added.addAll(SERVICE_YOUNG_GENERATION);
            }
        }
        return added;
    }

    private static boolean choosesYoungGeneration(List<String> jvmOptions) {
        for (String o : jvmOptions) {
            if (o.startsWith("-Xmn") || o.startsWith("-XX:NewSize") || o.startsWith("-XX:MaxNewSize")
                    || o.startsWith("-XX:NewRatio") || o.contains("SurvivorRatio") || o.contains("TenuringThreshold")
                    || o.contains("AdaptiveSizePolicy")) {
                return true;
            }
        }
        return false;
    }

    private static boolean choosesCompilerThresholds(List<String> jvmOptions) {
        for (String o : jvmOptions) {
            if (o.startsWith("-XX:Tier") || o.startsWith("-XX:CompileThreshold")) {
                return true;
            }
        }
        return false;
    }

    private static boolean choosesGc(List<String> jvmOptions) {
        for (String o : jvmOptions) {
            if (o.startsWith("-XX:+Use") && o.endsWith("GC")) {
                return true;
            }
        }
        return false;
    }

    private static int fileCount(String[] args) {
        int n = 0;
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                n++;
            }
        }
        return n;
    }

    /**
     * In the service's JVM: its standard input is a pipe from the launcher, which never writes to it. When the
     * launcher ends — also when it is killed with SIGKILL — the pipe closes, and the service halts at once, as the
     * kill meant (every step of the service is safe against a kill at any moment).
     */
    private static void stopWhenLauncherEnds() {
        Thread watch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // the launcher never writes
                }
            } catch (IOException e) {
                // the pipe broke: the launcher is gone
            }
            System.err.println("gongkai: the launching process ended; stopping now.");
            Runtime.getRuntime().halt(137);
        }, "gongkai-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
