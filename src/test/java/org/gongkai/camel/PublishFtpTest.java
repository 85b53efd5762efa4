package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication over FTP to an in-process Apache MINA FtpServer, the whole service running. */
class PublishFtpTest {

    static final String NAME = "平顶山市人民政府经济技术协作办公室";

    @TempDir
    Path data;
    @TempDir
    Path ftpRoot;

    static PublicationReport pass(GongkaiService service) {
        return service.context().createProducerTemplate().requestBody("direct:publish", "", PublicationReport.class);
    }

    Map<String, String> settings(String uri) {
        Map<String, String> m = PublishTestSupport.settings(data);
        m.put("gongkai.publish.uri", uri);
        return m;
    }

    void stage(String code, String name, String edition, LocalDateTime at) throws Exception {
        StagedFixtures.stage(data.resolve("staging"), code, name, LocalDate.now().minusDays(5), code + "@example.gov.cn", at, edition);
    }

    static Path onlyVersion(Path dept) throws Exception {
        try (Stream<Path> s = Files.list(dept)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    static long partFiles(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void aNormalNightPublishesChineseNamesIntactAndARerunUploadsNothing() throws Exception {
        stage("701", NAME, "初版", LocalDateTime.now().minusHours(2));
        stage("702", "平顶山市审计局", "初版", LocalDateTime.now().minusHours(1));
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot).start();
             GongkaiService service = GongkaiService.start(settings(ftp.uri(FtpTestServer.PASSWORD)))) {

            PublicationReport night = pass(service);

            assertThat(night.failures()).isEmpty();
            assertThat(night.published()).hasSize(2);
            Path v = onlyVersion(ftpRoot.resolve("2024/701"));
            assertThat(v.resolve(StagedFixtures.PDF)).exists().content().startsWith("%PDF-1.7 " + NAME);
            assertThat(v.resolve("csv/01-收支总表.csv")).exists();
            assertThat(ftpRoot.resolve("index.html")).content().contains(NAME).contains("平顶山市审计局");
            assertThat(ftpRoot.resolve("manifest.json")).content().contains(StagedFixtures.PDF);
            assertThat(partFiles(ftpRoot)).isZero();
            assertThat(ftp.stores.get()).isEqualTo(2 * 5 + 2 + 2);
            assertThat(ftp.renames.get()).isEqualTo(ftp.stores.get());
            await().atMost(Duration.ofSeconds(10)).until(() -> PublishTestSupport.outbox(data).size() >= 3);

            int before = ftp.stores.get();
            PublicationReport rerun = pass(service);

            assertThat(rerun.published()).isEmpty();
            assertThat(rerun.failures()).isEmpty();
            assertThat(ftp.stores.get()).isEqualTo(before);
        }
    }

    @Test
    void aServerThatIsDownIsRetriedAlertsTheOperatorsAndTheNextRunPublishes() throws Exception {
        stage("701", NAME, "初版", LocalDateTime.now().minusHours(2));
        int port = FtpTestServer.freePort();
        FtpTestServer ftp = new FtpTestServer(ftpRoot, port);
        try (GongkaiService service = GongkaiService.start(settings(ftp.uri(FtpTestServer.PASSWORD)))) {

            PublicationReport down = pass(service);

            assertThat(down.failed()).isTrue();
            assertThat(down.failures()).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("无法连接发布服务器"));
            assertThat(new org.gongkai.publish.StagingArea(data.resolve("staging")).stagedFolders()).hasSize(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> !PublishTestSupport.withSubject(data, "告警").isEmpty());
            var alert = PublishTestSupport.withSubject(data, "告警").get(0);
            assertThat(PublishTestSupport.to(alert)).isEqualTo("ops@czj.example.gov.cn");
            assertThat(PublishTestSupport.text(alert)).contains("无法连接发布服务器").contains(NAME).contains("暂存");
            var digest = PublishTestSupport.withSubject(data, "预算公开发布日报").get(0);
            assertThat(PublishTestSupport.text(digest)).contains("一、已发布（0 个）").contains("二、发布失败（1 项）");

            ftp.start();
            PublicationReport up = pass(service);

            assertThat(up.failed()).isFalse();
            assertThat(up.published()).singleElement().satisfies(p -> assertThat(p.folder()).startsWith("2024/701/v1-"));
            assertThat(onlyVersion(ftpRoot.resolve("2024/701")).resolve(StagedFixtures.PDF)).exists();
        } finally {
            ftp.close();
        }
    }

    @Test
    void aRefusedLoginIsReportedAsSuchAndNothingIsLost() throws Exception {
        stage("701", NAME, "初版", LocalDateTime.now().minusHours(2));
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot).start();
             GongkaiService service = GongkaiService.start(settings(ftp.uri("wrong-password")))) {

            PublicationReport refused = pass(service);

            assertThat(refused.failures()).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("发布服务器拒绝登录"));
            assertThat(ftp.stores.get()).isZero();
            try (Stream<Path> s = Files.list(ftpRoot)) {
                assertThat(s).isEmpty();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> !PublishTestSupport.withSubject(data, "告警").isEmpty());
            assertThat(PublishTestSupport.text(PublishTestSupport.withSubject(data, "告警").get(0))).contains("拒绝登录");
        }
    }

    @Test
    void aConnectionDroppedMidUploadIsRetriedWithinTheRun() throws Exception {
        stage("701", NAME, "初版", LocalDateTime.now().minusHours(2));
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot).start();
             GongkaiService service = GongkaiService.start(settings(ftp.uri(FtpTestServer.PASSWORD)))) {
            ftp.dropOnStore = 3;

            PublicationReport r = pass(service);

            assertThat(r.failures()).isEmpty();
            Path v = onlyVersion(ftpRoot.resolve("2024/701"));
            for (String f : new String[] {"index.html", StagedFixtures.PDF, "data.json", StagedFixtures.CSV, "datapackage.json"}) {
                Path staged = data.resolve("staging/2024/701").toFile().listFiles()[0].toPath().resolve("site").resolve(f);
                assertThat(v.resolve(f)).as(f).hasSameBinaryContentAs(staged);
            }
            assertThat(ftp.stores.get()).isEqualTo(5 + 1 + 1 + 2); // the dropped upload once more
        }
    }

    @Test
    void aConnectionThatKeepsDroppingLeavesTheDepartmentUnpublishedUntilTheNextRun() throws Exception {
        stage("701", NAME, "初版", LocalDateTime.now().minusHours(2));
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot).start();
             GongkaiService service = GongkaiService.start(settings(ftp.uri(FtpTestServer.PASSWORD)))) {
            ftp.dropFromStore = 3;

            PublicationReport broken = pass(service);

            assertThat(broken.failures()).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("上传过程中连接中断"));
            assertThat(ftpRoot.resolve("index.html")).doesNotExist();
            assertThat(ftpRoot.resolve("2024/701/index.html")).doesNotExist();

            ftp.dropFromStore = Integer.MAX_VALUE;
            int before = ftp.stores.get();
            PublicationReport next = pass(service);

            assertThat(next.failures()).isEmpty();
            assertThat(next.published()).hasSize(1);
            // the two files that made it before the break are not uploaded again: 3 files, the page, manifest, index
            assertThat(ftp.stores.get() - before).isEqualTo(3 + 1 + 2);
            Path v = onlyVersion(ftpRoot.resolve("2024/701"));
            for (String f : new String[] {"index.html", StagedFixtures.PDF, "data.json", StagedFixtures.CSV, "datapackage.json"}) {
                Path staged = data.resolve("staging/2024/701").toFile().listFiles()[0].toPath().resolve("site").resolve(f);
                assertThat(v.resolve(f)).as(f).hasSameBinaryContentAs(staged);
            }
            assertThat(ftpRoot.resolve("2024/701/index.html")).exists();
            assertThat(onlyVersion(ftpRoot.resolve("2024/701")).resolve(StagedFixtures.PDF)).exists();
            assertThat(partFiles(ftpRoot)).isZero();
        }
    }

    @Test
    void aCorrectedResubmissionReplacesThePublicationAndKeepsTheOldVersion() throws Exception {
        stage("701", NAME, "初版", LocalDateTime.now().minusHours(2));
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot).start();
             GongkaiService service = GongkaiService.start(settings(ftp.uri(FtpTestServer.PASSWORD)))) {
            String v1 = pass(service).published().get(0).folder();
            stage("701", NAME, "更正版", LocalDateTime.now().minusHours(1));

            PublicationReport corrected = pass(service);

            assertThat(corrected.failures()).isEmpty();
            assertThat(corrected.published()).singleElement().satisfies(p -> {
                assertThat(p.correction()).isTrue();
                assertThat(p.folder()).startsWith("2024/701/v2-");
            });
            String v2 = corrected.published().get(0).folder();
            assertThat(ftpRoot.resolve(v1).resolve("index.html")).content().contains("初版");
            assertThat(ftpRoot.resolve(v2).resolve("index.html")).content().contains("更正版");
            assertThat(ftpRoot.resolve("2024/701/index.html")).content().contains(v2.substring(9)).contains("历史版本（存档）");
            assertThat(ftpRoot.resolve("index.html")).content().contains("更正 " + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            await().atMost(Duration.ofSeconds(10)).until(() -> !PublishTestSupport.withSubject(data, "（更正）").isEmpty());
        }
    }
}
