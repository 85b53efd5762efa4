package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.camel.OpsTestSupport.today;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console and the self-check page in a real browser (headless Chromium), against the running service: the
 * console lists the departments and its "publish now" button works from the page (form token, same origin); a clerk
 * uploads the example and a broken copy and sees "valid" and the findings. Screenshots in target/screenshots/.
 */
@Tag("browser")
class OpsBrowserTest {

    @TempDir
    Path data;
    @TempDir
    Path tmp;

    GongkaiService service;
    int port;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Chromium.EXECUTABLE), "headless Chromium not found at " + Chromium.EXECUTABLE
                + " (install Debian's chromium; .ci/run does) — browser test skipped");
        LocalDate t = today();
        OpsTestSupport.published(data, "701", "平顶山市人民政府经济技术协作办公室", t.minusDays(40), t.minusDays(22), t.minusDays(3));
        OpsTestSupport.stage(data, "702", t.minusDays(10), LocalDateTime.now().minusHours(2));
        OpsTestSupport.reject(data, "703", t.minusDays(25), "20240301-100000-000");
        Map<String, String> s = OpsTestSupport.settings(data);
        s.put("gongkai.deadline.expected-departments", String.join(";",
                "701,平顶山市人民政府经济技术协作办公室," + t.minusDays(40) + ",2024",
                "702,平顶山市财政局," + t.minusDays(10) + ",2024",
                "703,平顶山市教育局," + t.minusDays(25) + ",2024",
                "705,平顶山市民政局," + t.minusDays(30) + ",2024"));
        service = GongkaiService.start(s);
        port = OpsTestSupport.port(service);
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void consoleAndSelfCheckInABrowser() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots"));
        String base = "http://127.0.0.1:" + port;
        try (Chromium browser = Chromium.start(tmp.resolve("profile"))) {
            browser.sendHeader("Authorization", OpsTestSupport.basic());
            browser.open(base + "/console?year=2024");
            assertThat(browser.eval("document.querySelectorAll('#departments tbody tr').length").asInt()).isEqualTo(4);
            assertThat(browser.eval("document.querySelector('#departments tbody tr').dataset.code").asText()).isEqualTo("705");
            String text = browser.eval("document.body.innerText").asText();
            assertThat(text).contains("已逾期 10 天", "已逾期 5 天", "还剩 10 天", "按期公开", "退回 1 次");
            browser.screenshot(shots.resolve("console.png"));

            browser.click("#publish-now");
            browser.waitFor("location.search.indexOf('done=publish-now') >= 0 && document.readyState === 'complete'");
            assertThat(browser.eval("document.querySelector('.notice').innerText").asText()).contains("已请求立即发布");

            browser.open(base + "/self-check");
            browser.chooseFile("#file", OpsTestSupport.EXAMPLE);
            browser.click("#check");
            browser.waitFor("document.getElementById('verdict') !== null");
            assertThat(browser.eval("document.getElementById('verdict').dataset.valid").asText()).isEqualTo("true");
            assertThat(browser.eval("document.getElementById('verdict').innerText").asText()).startsWith("valid");
            browser.screenshot(shots.resolve("self-check-valid.png"));

            Path broken = tmp.resolve("协作办-错误.json");
            Files.writeString(broken, OpsTestSupport.broken(OpsTestSupport.example()), StandardCharsets.UTF_8);
            browser.open(base + "/self-check");
            browser.chooseFile("#file", broken);
            browser.click("#check");
            browser.waitFor("document.getElementById('verdict') !== null");
            assertThat(browser.eval("document.getElementById('verdict').dataset.valid").asText()).isEqualTo("false");
            String report = browser.eval("document.body.innerText").asText();
            assertThat(report).startsWith("invalid").contains("协作办-错误.json", "部门支出总体情况表", "121.3", "131.3");
            browser.screenshot(shots.resolve("self-check-invalid.png"));
        }
        assertThat(Files.size(shots.resolve("console.png"))).isGreaterThan(10_000);
        assertThat(Files.size(shots.resolve("self-check-invalid.png"))).isGreaterThan(10_000);
    }
}
