package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication to OpenSSH's sftp (Debian's openssh-server, a separate {@code sshd -f} on a free port with its own
 * host key in a temporary folder). The host key is recorded with {@code publish --trust-host-key}; the URI's path is
 * absolute. A full pass, a pass with nothing new and a 更正 pass, the manifest checked against the server's disk; a
 * host key that changed, and one never recorded, are refused before the password is sent, each with its own reason
 * and the fingerprints in the operators' alert.
 */
class OpenSshPublishTest {

    static final String NAME = "平顶山市人民政府经济技术协作办公室";

    @TempDir
    Path data;
    @TempDir
    Path work;
    String password;
    Path site;
    Path keys;
    Path knownHosts;

    @BeforeEach
    void user() throws Exception {
        LoopbackServers.assumeAvailable(LoopbackServers.SSHD, "openssh-server");
        password = LoopbackServers.userWithNewPassword();
        site = LoopbackServers.userFolder(work, "yusuan");
        keys = Files.createDirectories(work.resolve("sshd"));
        knownHosts = data.resolve("known_hosts");
    }

    Map<String, String> settings(int port) {
        Map<String, String> m = PublishTestSupport.settings(data);
        m.put("gongkai.publish.uri", "sftp://" + LoopbackServers.USER + "@127.0.0.1:" + port + site);
        m.put("gongkai.publish.password", password);
        m.put("gongkai.publish.sftp.known-hosts", knownHosts.toString());
        return m;
    }

    void stage(String note, int hoursAgo) throws Exception {
        StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(5), "701@example.gov.cn",
                LocalDateTime.now().minusHours(hoursAgo), note);
    }

    /** Runs {@code publish --trust-host-key} with the given answer on stdin; returns exit status and output. */
    record Run(int status, String out) {
    }

    Run trustHostKey(int port, String answer, String... extra) {
        PrintStream out = System.out;
        java.io.InputStream in = System.in;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setIn(new java.io.ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
        try {
            List<String> args = new ArrayList<>(List.of("publish", "--trust-host-key"));
            args.addAll(List.of(extra));
            for (Map.Entry<String, String> e : settings(port).entrySet()) {
                args.add("-D" + e.getKey() + "=" + e.getValue());
            }
            return new Run(GongkaiCli.execute(args.toArray(String[]::new)), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setIn(in);
        }
    }

    @Test
    void theHostKeyIsRecordedOnConfirmationThenFullNothingNewAndCorrectionPasses() throws Exception {
        stage("初版", 3);
        try (LoopbackServers.Sshd sshd = LoopbackServers.Sshd.start(keys)) {
            Run declined = trustHostKey(sshd.port, "no\n");
            assertThat(declined.status()).isEqualTo(1);
            assertThat(declined.out()).contains(sshd.fingerprint()).contains("未确认");
            assertThat(knownHosts).doesNotExist();

            Run confirmed = trustHostKey(sshd.port, "yes\n");
            assertThat(confirmed.status()).as(confirmed.out()).isZero();
            assertThat(confirmed.out()).contains("ssh-ed25519 " + sshd.fingerprint()).contains("已登记");
            assertThat(knownHosts).content().isEqualToIgnoringNewLines(sshd.knownHostsLine());

            try (GongkaiService service = GongkaiService.start(settings(sshd.port))) {
                PublicationReport first = PublishFtpTest.pass(service);
                assertThat(first.failures()).isEmpty();
                String v1 = first.published().get(0).folder();
                assertThat(site.resolve(v1).resolve(StagedFixtures.PDF)).exists();
                LoopbackServers.assertManifestMatchesDisk(site);

                List<String> before = LoopbackServers.snapshot(site);
                PublicationReport nothingNew = PublishFtpTest.pass(service);
                assertThat(nothingNew.failures()).isEmpty();
                assertThat(nothingNew.published()).isEmpty();
                assertThat(LoopbackServers.snapshot(site)).isEqualTo(before);

                stage("更正版", 1);
                PublicationReport correction = PublishFtpTest.pass(service);
                assertThat(correction.failures()).isEmpty();
                String v2 = correction.published().get(0).folder();
                assertThat(site.resolve("2024/701/index.html")).content().contains(v2.substring(9)).contains("更正");
                assertThat(site.resolve(v1).resolve("index.html")).content().contains("初版");
                LoopbackServers.assertManifestMatchesDisk(site);
            }
        }
    }

    @Test
    void aChangedHostKeyIsRefusedWithBothFingerprintsInTheAlert() throws Exception {
        stage("初版", 3);
        String oldFingerprint;
        int port;
        try (LoopbackServers.Sshd sshd = LoopbackServers.Sshd.start(keys)) {
            assertThat(trustHostKey(sshd.port, "", "--yes").status()).isZero();
            oldFingerprint = sshd.fingerprint();
            port = sshd.port;
        }
        // the server is reinstalled (or impersonated): same address, another key
        try (var s = Files.list(keys)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("ssh_host_")).toList()) {
                Files.delete(p);
            }
        }
        String knownBefore = Files.readString(knownHosts);
        try (LoopbackServers.Sshd sshd = LoopbackServers.Sshd.start(keys)) {
            Map<String, String> s = settings(sshd.port);
            // the key was recorded for the old port: record it for this one as well, as if the server had kept its address
            Files.writeString(knownHosts, knownBefore.replace("[127.0.0.1]:" + port, "[127.0.0.1]:" + sshd.port));
            String newFingerprint = sshd.fingerprint();
            assertThat(newFingerprint).isNotEqualTo(oldFingerprint);
            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.published()).isEmpty();
                assertThat(r.failures()).first().satisfies(f -> assertThat(f.reason()).startsWith("发布服务器的 SSH 主机密钥已改变"));
                String alert = alert();
                assertThat(alert).contains("主机密钥已改变").contains("已登记 ssh-ed25519 " + oldFingerprint)
                        .contains("服务器出示 ssh-ed25519 " + newFingerprint);
                await().atMost(Duration.ofSeconds(10)).until(() -> !PublishTestSupport.withSubject(data, "预算公开发布日报").isEmpty());
                assertThat(PublishTestSupport.text(PublishTestSupport.withSubject(data, "预算公开发布日报").get(0)))
                        .contains("主机密钥已改变").contains(newFingerprint);
            }
            Run again = trustHostKey(sshd.port, "yes\n");
            assertThat(again.status()).isEqualTo(1);
            assertThat(again.out()).contains("警告").contains(oldFingerprint);
        }
        try (var files = Files.list(site)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnrecordedHostKeyIsRefusedWithItsFingerprint() throws Exception {
        stage("初版", 3);
        try (LoopbackServers.Sshd sshd = LoopbackServers.Sshd.start(keys);
             GongkaiService service = GongkaiService.start(settings(sshd.port))) {
            PublicationReport r = PublishFtpTest.pass(service);
            assertThat(r.published()).isEmpty();
            String alert = alert();
            assertThat(alert).contains("主机密钥尚未登记").contains(sshd.fingerprint()).contains("publish --trust-host-key")
                    .doesNotContain("已改变");
        }
        assertThat(knownHosts).doesNotExist();
        try (var files = Files.list(site)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMistypedAbsoluteFolderIsNotCreatedButNamed() throws Exception {
        stage("初版", 3);
        Path typo = site.resolve("yusaun"); // the login may write there: only the check keeps it from being created
        try (LoopbackServers.Sshd sshd = LoopbackServers.Sshd.start(keys)) {
            assertThat(trustHostKey(sshd.port, "", "--yes").status()).isZero();
            Map<String, String> s = settings(sshd.port);
            s.put("gongkai.publish.uri", "sftp://" + LoopbackServers.USER + "@127.0.0.1:" + sshd.port + typo);
            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.published()).isEmpty();
                assertThat(alert()).contains("发布服务器上没有配置的发布目录 " + typo);
            }
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void aFullDiskIsReportedAsALikelyFullDisk() throws Exception {
        stage("初版", 3);
        Path full = site.resolve("full");
        try (AutoCloseable disk = LoopbackServers.fullDisk(full);
             LoopbackServers.Sshd sshd = LoopbackServers.Sshd.start(keys)) {
            assertThat(trustHostKey(sshd.port, "", "--yes").status()).isZero();
            Map<String, String> s = settings(sshd.port);
            s.put("gongkai.publish.uri", s.get("gongkai.publish.uri") + "/full");
            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.published()).isEmpty();
                assertThat(alert()).contains("磁盘已满").doesNotContain("权限不足");
            }
        }
    }

    String alert() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> !PublishTestSupport.withSubject(data, "【告警】预算公开发布失败").isEmpty());
        return PublishTestSupport.text(PublishTestSupport.withSubject(data, "【告警】预算公开发布失败").get(0));
    }
}
