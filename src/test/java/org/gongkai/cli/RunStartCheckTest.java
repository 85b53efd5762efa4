package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, `run` to the first poll: the service's start was made cheaper (the launcher's service JVM skips picocli,
 * beans build their heavy parts at first use), and none of it may let a file be taken before the bureau's catalogue
 * and profile files are checked. A bad file stops `run` with exit status 2 and the Chinese message, the submission
 * already waiting in the inbox untouched: through the launcher's service JVM and through picocli alike.
 */
class RunStartCheckTest {

    @TempDir
    Path tmp;

    @Test
    void aBadBureauCatalogueStopsTheLaunchersServiceBeforeAnyFileIsTaken() throws Exception {
        Path data = tmp.resolve("data");
        Path waiting = Files.createDirectories(data.resolve("inbox")).resolve("701.json");
        Files.copy(Path.of("examples/pingdingshan-701-2024.json"), waiting);
        Path catalog = Files.createDirectories(tmp.resolve("catalog"));
        Files.writeString(catalog.resolve("function-2025.tsv"), "2169998\t甲\n2169997\t乙\n21699X7\t丙\n", StandardCharsets.UTF_8);
        Path log = tmp.resolve("service.log");
        // the JVM the launcher starts for `run` (its standard input a pipe, as from the launcher)
        Process service = new ProcessBuilder(StartupArchive.javaExecutable().toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + Launcher.LAUNCHED + "=service", Launcher.class.getName(), "run",
                "-Dgongkai.data.dir=" + data, "-Dgongkai.catalog.dir=" + catalog, "-Dgongkai.http.enabled=false",
                "-Dgongkai.inbox.read-lock-min-age=0")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(service.waitFor(120, TimeUnit.SECONDS)).as("run stops by itself").isTrue();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(service.exitValue()).as(out).isEqualTo(2);
            assertThat(out).contains("服务未启动：", "function-2025.tsv", "第3行", "21699X7")
                    .doesNotContain("Starting to poll", "Routes startup");
            assertThat(waiting).as("the waiting submission stays in the inbox").exists();
            assertThat(data.resolve("archive")).doesNotExist();
            assertThat(data.resolve("rejected")).doesNotExist();
        } finally {
            service.destroyForcibly().waitFor();
        }
    }

    @Test
    void aBadBureauProfileStopsRunThroughPicocliBeforeAnyFileIsTaken() throws Exception {
        Path data = tmp.resolve("data");
        Path waiting = Files.createDirectories(data.resolve("inbox")).resolve("701.json");
        Files.copy(Path.of("examples/pingdingshan-701-2024.json"), waiting);
        Path profiles = Files.createDirectories(tmp.resolve("profiles"));
        Files.writeString(profiles.resolve("county.json"), "{\"id\": \"county\", \"tables\": [", StandardCharsets.UTF_8);
        LauncherTest.Run run = LauncherTest.run("run", "-Dgongkai.data.dir=" + data, "-Dgongkai.profile.dir=" + profiles,
                "-Dgongkai.http.enabled=false", "-Dgongkai.inbox.read-lock-min-age=0");
        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).contains("服务未启动：", "county.json", "内容不符合口径文件的格式");
        assertThat(waiting).as("the waiting submission stays in the inbox").exists();
        assertThat(data.resolve("archive")).doesNotExist();
    }
}
