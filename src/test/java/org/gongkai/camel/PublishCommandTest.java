package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar gongkai.jar publish [--dry-run]}: one pass now, exit status 1 when anything failed. */
class PublishCommandTest {
    /** Deadlines are counted in the publication time zone (gongkai.publish.time-zone), not the JVM's. */
    private static final java.time.ZoneId PUBLICATION_ZONE = java.time.ZoneId.of("Asia/Shanghai");


    @TempDir
    Path data;

    private record Run(int status, String out) {
    }

    private Run cli(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return new Run(GongkaiCli.execute(args), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(before);
        }
    }

    @Test
    void aDryRunListsWhatWouldBePublishedAndPublishesNothingThenARealRunPublishes() throws Exception {
        LocalDate approval = LocalDate.now(PUBLICATION_ZONE).minusDays(25);
        StagedFixtures.stage(data.resolve("staging"), "701", "平顶山市人民政府经济技术协作办公室", approval, null,
                LocalDateTime.now(PUBLICATION_ZONE).minusHours(1), "初版");

        Run dry = cli("publish", "--dry-run", "-Dgongkai.data.dir=" + data);

        assertThat(dry.status()).isZero();
        assertThat(dry.out()).contains("试运行").contains("将发布 1 个部门")
                .contains("2024 701 平顶山市人民政府经济技术协作办公室 -> 2024/701/v1-")
                .contains("公开期限 " + approval.plusDays(20))
                .contains("期限提醒：2024 701").contains("已逾期 5 天");
        assertThat(data.resolve("public")).doesNotExist();
        assertThat(data.resolve("mail/spool")).doesNotExist();

        Run real = cli("publish", "-Dgongkai.data.dir=" + data, "-Dgongkai.mail.poll-delay=100");

        assertThat(real.status()).isZero();
        assertThat(real.out()).contains("已发布 1 个部门");
        assertThat(data.resolve("public/index.html")).content().contains("平顶山市人民政府经济技术协作办公室");
        assertThat(PublishTestSupport.withSubject(data, "预算公开发布日报")).hasSize(1);

        Run again = cli("publish", "--dry-run", "-Dgongkai.data.dir=" + data);
        assertThat(again.out()).contains("将发布 0 个部门");
    }

    @Test
    void aRunAgainstAServerThatIsDownExitsWithStatusOne() throws Exception {
        StagedFixtures.stage(data.resolve("staging"), "701", "平顶山市人民政府经济技术协作办公室", LocalDate.now(PUBLICATION_ZONE).minusDays(2),
                null, LocalDateTime.now(PUBLICATION_ZONE).minusHours(1), "初版");

        Run down = cli("publish", "-Dgongkai.data.dir=" + data,
                "-Dgongkai.publish.uri=ftp://gongkai@127.0.0.1:" + FtpTestServer.freePort() + "/",
                "-Dgongkai.publish.retry.attempts=2", "-Dgongkai.publish.retry.delay=10", "-Dgongkai.mail.poll-delay=100");

        assertThat(down.status()).isEqualTo(1);
        assertThat(down.out()).contains("失败：2024 701").contains("无法连接发布服务器");
    }
}
