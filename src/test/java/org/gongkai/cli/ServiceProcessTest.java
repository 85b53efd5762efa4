package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as an operator starts it: a separate JVM running the CLI's run command, configured through an
 * environment variable in Camel's convention (GONGKAI_DATA_DIR for gongkai.data.dir) and -D overrides.
 */
class ServiceProcessTest {

    @TempDir
    Path work;

    @Test
    void runCommandHonoursEnvironmentAndCommandLineOverrides() throws Exception {
        Path data = work.resolve("env-data");
        Path inbox = work.resolve("cli-inbox");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GongkaiCli.class.getName(),
                "run", "-Dgongkai.inbox.dir=" + inbox, "-Dgongkai.inbox.poll-delay=200",
                "-Dgongkai.inbox.read-lock-min-age=300", "-Dgongkai.inbox.read-lock-check-interval=100",
                "-Dgongkai.http.enabled=false")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile());
        pb.environment().put("GONGKAI_DATA_DIR", data.toString());
        Process p = pb.start();
        try {
            Files.createDirectories(inbox);
            Files.copy(Path.of("examples/pingdingshan-701-2024.json").toAbsolutePath(), inbox.resolve("701.json"));
            await().atMost(Duration.ofSeconds(40)).until(() -> count(data.resolve("archive")) == 1);
            assertThat(count(data.resolve("staging"))).isPositive();
            assertThat(Files.exists(work.resolve("data"))).as("default data dir not used").isFalse();
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    static long count(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
