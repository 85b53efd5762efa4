package org.gongkai.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.narrative.Submissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the rendered page in headless Chromium: the DOM after load has the 14 tables and the SVG charts, the
 * browser logs no console or page errors, and screenshots (desktop and phone) land in target/screenshots/.
 */
@Tag("browser")
class BrowserRenderingTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));

    @TempDir
    static Path tmp;
    static Path page;

    @BeforeAll
    static void render() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "headless Chromium not found at " + CHROMIUM + " (install Debian's chromium; .ci/run does) — browser test skipped");
        page = new DisclosureRenderer().renderAll(Submissions.example(), tmp.resolve("site")).html();
    }

    private static Result chromium(String... extra) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 90 s");
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(String stdout, String stderr) {
        List<String> consoleErrors() {
            return stderr.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains(":INFO:CONSOLE")
                    || l.contains("Refused to") || l.contains("Failed to load resource")).toList();
        }
    }

    @Test
    void domHasTheTablesAndChartsAfterLoadAndNoConsoleErrors() throws Exception {
        Result r = chromium("--dump-dom", "--virtual-time-budget=2000");
        String dom = r.stdout();
        assertThat(dom).contains("<nav class=\"toc\"");
        assertThat(dom.split("<table class=\"budget", -1)).hasSize(15);
        assertThat(dom.split("<svg ", -1)).hasSize(4);
        assertThat(dom).contains("<rect", "社会保障和就业（类）", "部门收支总体情况表", "政府采购汇总表");
        assertThat(dom).contains("<th scope=\"colgroup\" colspan=\"5\">基本支出</th>");
        assertThat(r.consoleErrors()).isEmpty();
    }

    @Test
    void screenshotsForPeople() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Path desktop = dir.resolve("pingdingshan-2024-desktop.png");
        Path phone = dir.resolve("pingdingshan-2024-phone.png");
        Files.deleteIfExists(desktop);
        Files.deleteIfExists(phone);
        Result d = chromium("--screenshot=" + desktop.toAbsolutePath(), "--window-size=1280,4000", "--hide-scrollbars");
        Result m = chromium("--screenshot=" + phone.toAbsolutePath(), "--window-size=390,3000", "--hide-scrollbars");
        assertThat(desktop).isRegularFile();
        assertThat(phone).isRegularFile();
        assertThat(Files.size(desktop)).isGreaterThan(50_000);
        assertThat(d.consoleErrors()).isEmpty();
        assertThat(m.consoleErrors()).isEmpty();
    }
}
