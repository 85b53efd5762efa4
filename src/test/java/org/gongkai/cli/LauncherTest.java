package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 11, cold paths: the jar's launcher and what it relies on. The relaunch itself needs the packaged jar and its
 * archive (bench/cold-start.sh measures it; the crash test kills the packaged service through it); here: the archive
 * is used only while it matches the jar, a command line that names one command behaves as the whole tree, and the
 * service's JVM stops at once, without its clean shutdown, when its launcher goes away (as a SIGKILL of
 * {@code java -jar} means).
 */
class LauncherTest {

    @TempDir
    Path tmp;

    @Test
    void theArchiveIsUsedOnlyWhileItMatchesTheJarAndThisJava() throws Exception {
        Path jar = Files.write(tmp.resolve("gongkai.jar"), new byte[]{1, 2, 3});
        StartupArchive archive = StartupArchive.of(jar);
        assertThat(archive.archive()).isEqualTo(tmp.resolve("gongkai.jsa").toAbsolutePath());
        assertThat(archive.usable()).as("no archive yet").isFalse();

        Files.write(archive.archive(), new byte[]{42});
        assertThat(archive.usable()).as("an archive without a stamp (e.g. half written)").isFalse();
        archive.writeStamp();
        assertThat(archive.usable()).isTrue();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(archive.usable()).as("the jar was rebuilt after the archive").isFalse();
        archive.writeStamp();
        Files.write(jar, new byte[]{1, 2, 3, 4});
        assertThat(archive.usable()).as("another jar under the same name").isFalse();
        archive.writeStamp();
        Files.writeString(archive.stampFile(), Files.readString(archive.stampFile())
                .replace("java.vm.version=" + System.getProperty("java.vm.version"), "java.vm.version=11.0.2+9"));
        assertThat(archive.usable()).as("written by another Java").isFalse();
        archive.writeStamp();
        Files.delete(archive.archive());
        assertThat(archive.usable()).isFalse();
    }

    @Test
    void aJvmStartedOtherwiseThanWithJavaDashJarIsNeverRelaunched() {
        // the test JVM runs from surefire's class path, like an IDE or `java -cp`: the command runs in it
        assertThat(StartupArchive.ofRunningJar()).isNull();
        assertThat(Launcher.relaunch(new String[]{"validate", "x.json"})).isNull();
    }

    @Test
    void theServicesJvmGetsTheParallelCollectorAndItsYoungGenerationUnlessTheOperatorChoosesThem() {
        List<String> plain = Launcher.addedOptions(true, false, List.of("-Xmx256m"));
        assertThat(plain).contains("-XX:+UseParallelGC").containsAll(Launcher.SERVICE_YOUNG_GENERATION)
                .containsAll(Launcher.SERVICE_COMPILER).doesNotContain("-XX:TieredStopAtLevel=1");
        // the operator's collector: neither the parallel collector nor its generation sizes
        assertThat(Launcher.addedOptions(true, false, List.of("-XX:+UseG1GC")))
                .doesNotContain("-XX:+UseParallelGC").doesNotContainAnyElementsOf(Launcher.SERVICE_YOUNG_GENERATION);
        // the operator's young generation, in any of its forms: the parallel collector, with the operator's sizes
        for (String own : List.of("-Xmn100m", "-XX:NewSize=64m", "-XX:MaxNewSize=128m", "-XX:NewRatio=2", "-XX:SurvivorRatio=6",
                "-XX:MaxTenuringThreshold=15", "-XX:-UseAdaptiveSizePolicy")) {
            assertThat(Launcher.addedOptions(true, false, List.of(own))).as(own)
                    .contains("-XX:+UseParallelGC").doesNotContainAnyElementsOf(Launcher.SERVICE_YOUNG_GENERATION);
        }
        // a short command: the quick compiler and the serial collector, nothing of the service's
        assertThat(Launcher.addedOptions(false, true, List.of())).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(Launcher.addedOptions(false, true, List.of("-XX:+UseParallelGC"))).containsExactly("-XX:TieredStopAtLevel=1");
    }

    /** The benchmark measures the service's JVM as the launcher starts it: the pom's bench profile has its options. */
    @Test
    void theBenchmarkRunsWithTheServicesCollectorOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher bench = java.util.regex.Pattern.compile(
                "<id>bench</id>.*?<surefire.argLine>([^<]*)</surefire.argLine>", java.util.regex.Pattern.DOTALL).matcher(pom);
        assertThat(bench.find()).as("the bench profile's surefire.argLine").isTrue();
        assertThat(List.of(bench.group(1).trim().split("\\s+"))).contains("-Xmx256m", "-XX:+UseParallelGC")
                .containsAll(Launcher.SERVICE_YOUNG_GENERATION);
    }

    @Test
    void aCommandLineThatNamesOneCommandBehavesAsTheWholeTree() {
        CommandLine whole = new CommandLine(new GongkaiCli());
        for (String name : List.of("run", "validate", "render", "template", "publish", "catalog", "import-reference", "cds-archive")) {
            String usage = whole.getSubcommands().get(name).getUsageMessage();
            Run help = run(name, "--help");
            assertThat(help.status()).as(name).isZero();
            assertThat(help.out()).as(name).isEqualTo(usage).startsWith("Usage: gongkai " + name);
        }
        assertThat(run("catalog", "check", "--help").out()).startsWith("Usage: gongkai catalog check");
        assertThat(run("--version").out().strip()).isEqualTo("gongkai 0.1.0");
        Run misspelt = run("valdate", "a.json");
        assertThat(misspelt.status()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Did you mean", "gongkai validate");
        Run missing = run("render", "a.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--out=DIR'", "Usage: gongkai render");
    }

    @Test
    void theServicesJvmSkipsPicocliOnlyForRunWithSettings() {
        assertThat(Launcher.serviceOverrides(new String[0])).as("no command: run").isEmpty();
        assertThat(Launcher.serviceOverrides(new String[]{"run"})).isEmpty();
        assertThat(Launcher.serviceOverrides(new String[]{"run", "-Dgongkai.inbox.dir=/srv/in box", "-Da=b=c", "-Dx=", "-Da=d"}))
                .containsExactly(java.util.Map.entry("gongkai.inbox.dir", "/srv/in box"), java.util.Map.entry("a", "d"),
                        java.util.Map.entry("x", ""));
        // anything else goes through picocli as before: help, other spellings, argument files, mistakes
        for (String[] other : new String[][]{{"run", "--help"}, {"run", "-D", "a=b"}, {"run", "-Da"}, {"run", "-D=a"},
                {"run", "@args.txt"}, {"run", "extra"}, {"validate", "a.json"}, {"--help"}, {"rnu"}}) {
            assertThat(Launcher.serviceOverrides(other)).as(String.join(" ", other)).isNull();
        }
        // and picocli reads the same map from the same words
        RunCommand command = new RunCommand();
        new CommandLine(command).parseArgs("-Dgongkai.inbox.dir=/srv/in box", "-Da=b=c", "-Dx=", "-Da=d");
        assertThat(command.overrides).isEqualTo(Launcher.serviceOverrides(
                new String[]{"run", "-Dgongkai.inbox.dir=/srv/in box", "-Da=b=c", "-Dx=", "-Da=d"}));
    }

    @Test
    void validateOfPlainFilesSkipsPicocliOnlyForFilesAndNothingElse() {
        assertThat(Launcher.plainValidateFiles(new String[]{"validate", "a.json", "b 2.xlsx", "dir/c.json"}))
                .containsExactly(Path.of("a.json"), Path.of("b 2.xlsx"), Path.of("dir/c.json"));
        for (String[] other : new String[][]{{"validate"}, {"validate", "--help"}, {"validate", "-h"},
                {"validate", "a.json", "--catalog-dir", "x"}, {"validate", "--max-file-size=1", "a.json"},
                {"validate", "@args.txt"}, {"validate", ""}, {"validate", "a\u0000b.json"}, {"render", "a.json"},
                {"run"}, {"valdate", "a.json"}, {}}) {
            assertThat(Launcher.plainValidateFiles(other)).as(String.join(" ", other)).isNull();
        }
    }

    /** Without picocli, the same output and status as through it: valid, invalid, missing, a bad bureau folder. */
    @Test
    void validateWithoutPicocliPrintsAndEndsAsWithIt() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(CommandsTest.EXAMPLE))
                .replace("\"approvalDate\": \"2024-02-06\"", "\"approvalDate\": \"2024-13-40\""));
        String missing = tmp.resolve("nope.json").toString();
        for (String[] files : new String[][]{{CommandsTest.EXAMPLE}, {CommandsTest.EXAMPLE, broken.toString()}, {missing}}) {
            String[] line = new String[files.length + 1];
            line[0] = "validate";
            System.arraycopy(files, 0, line, 1, files.length);
            Run picocli = run(line);
            Run direct = direct(Launcher.plainValidateFiles(line));
            assertThat(direct).as(String.join(" ", line)).isEqualTo(picocli);
        }
        assertThat(direct(List.of(broken)).status()).isEqualTo(1);
        assertThat(direct(List.of(Path.of(CommandsTest.EXAMPLE))).status()).isZero();

        Path folder = Files.createDirectories(tmp.resolve("catalog"));
        Files.writeString(folder.resolve("function-2025.tsv"), "2050399\t其他职业教育支出\n20503\n", StandardCharsets.UTF_8);
        System.setProperty(CatalogOptions.DIR, folder.toString());
        try {
            Run bad = direct(List.of(Path.of(CommandsTest.EXAMPLE)));
            assertThat(bad.status()).isEqualTo(2);
            assertThat(bad.out()).contains("function-2025.tsv").contains("第2行");
            assertThat(bad).isEqualTo(run("validate", CommandsTest.EXAMPLE));
        } finally {
            System.clearProperty(CatalogOptions.DIR);
        }
    }

    static Run direct(List<Path> files) {
        return captured(() -> ValidateCommand.withDefaults(files));
    }

    @Test
    void theServiceStopsAtOnceWhenItsLauncherGoesAway() throws Exception {
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("service.log");
        Process service = new ProcessBuilder(StartupArchive.javaExecutable().toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + Launcher.LAUNCHED + "=service", Launcher.class.getName(), "run",
                "-Dgongkai.data.dir=" + data, "-Dgongkai.http.enabled=false")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start(); // standard input: a pipe from this test, as from the launcher
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log).contains("Routes startup") && System.nanoTime() < deadline && service.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).contains("Routes startup");
            service.getOutputStream().close(); // what the kernel does when the launcher dies
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("stopped after its launcher went away").isTrue();
            assertThat(service.exitValue()).isEqualTo(137);
            assertThat(Files.readString(log)).contains("the launching process ended")
                    .doesNotContain("is shutting down"); // halted, as a kill: no clean shutdown ran
        } finally {
            service.destroyForcibly().waitFor();
        }
    }

    @Test
    void aStopOfTheLauncherLetsTheServiceStopCleanlyWithItsLifelineOpen() throws Exception {
        Path out = tmp.resolve("probe.out");
        Process child = new ProcessBuilder(StartupArchive.javaExecutable().toString(), "-cp", System.getProperty("java.class.path"),
                TermProbe.class.getName()).redirectErrorStream(true).redirectOutput(out.toFile()).start(); // stdin: a pipe
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(out).contains("ready") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            new Launcher.StopChild(child).run(); // what Ctrl-C or SIGTERM to the launcher runs
            assertThat(child.isAlive()).isFalse();
            // the child ran its clean stop, and its standard input (the launcher's lifeline) was still open meanwhile
            assertThat(Files.readString(out)).contains("stopped").doesNotContain("eof");
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        return captured(() -> GongkaiCli.execute(args));
    }

    /** The status of a command and what it printed to stdout and stderr. */
    static synchronized Run captured(java.util.function.IntSupplier command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = command.getAsInt();
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
