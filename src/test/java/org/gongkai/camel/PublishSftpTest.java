package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publication over SFTP to an in-process Apache MINA SSHD (password authentication, a virtual root on a temp folder). */
class PublishSftpTest {

    static final String NAME = "平顶山市人民政府经济技术协作办公室";

    @TempDir
    Path data;
    @TempDir
    Path sftpRoot;
    @TempDir
    Path keys;
    SftpTestServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new SftpTestServer(sftpRoot, keys);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    /**
     * As in production: strict host key checking (always on) against the known_hosts file of the settings, here the
     * test server's own, in a temporary folder; the user's ~/.ssh/known_hosts is never read or written.
     */
    Map<String, String> settings(String password) {
        return settings(password, server.knownHosts());
    }

    Map<String, String> settings(String password, Path knownHosts) {
        Map<String, String> m = PublishTestSupport.settings(data);
        m.put("gongkai.publish.uri", server.uri());
        m.put("gongkai.publish.sftp.known-hosts", knownHosts.toString());
        m.put("gongkai.publish.password", password);
        return m;
    }

    static final Path USER_KNOWN_HOSTS = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");

    static String userKnownHosts() throws Exception {
        return Files.exists(USER_KNOWN_HOSTS) ? Files.readString(USER_KNOWN_HOSTS) : "<absent>";
    }

    @Test
    void anUnknownHostKeyIsRefusedAndNoKnownHostsFileIsWritten() throws Exception {
        StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(3), null,
                LocalDateTime.now().minusHours(2), "初版");
        Path empty = keys.resolve("empty_known_hosts");
        Files.writeString(empty, "");
        String before = userKnownHosts();
        try (GongkaiService service = GongkaiService.start(settings(SftpTestServer.PASSWORD, empty))) {
            PublicationReport r = PublishFtpTest.pass(service);

            assertThat(r.failures()).isNotEmpty();
            assertThat(r.published()).isEmpty();
        }
        assertThat(empty).isEmptyFile();
        assertThat(userKnownHosts()).isEqualTo(before);
        try (var s = Files.list(sftpRoot)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void publishesChineseNamesOverSftpAndACorrectionReplacesThePages() throws Exception {
        String userKnownHostsBefore = userKnownHosts();
        StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(3), null,
                LocalDateTime.now().minusHours(2), "初版");
        try (GongkaiService service = GongkaiService.start(settings(SftpTestServer.PASSWORD))) {
            PublicationReport first = PublishFtpTest.pass(service);

            assertThat(first.failures()).isEmpty();
            String v1 = first.published().get(0).folder();
            assertThat(sftpRoot.resolve(v1).resolve(StagedFixtures.PDF)).exists().content().startsWith("%PDF-1.7 " + NAME);
            assertThat(sftpRoot.resolve(v1).resolve(StagedFixtures.CSV)).exists();
            assertThat(sftpRoot.resolve("index.html")).content().contains(NAME);

            StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(3), null,
                    LocalDateTime.now().minusHours(1), "更正版");
            PublicationReport second = PublishFtpTest.pass(service);

            assertThat(second.failures()).isEmpty();
            String v2 = second.published().get(0).folder();
            assertThat(sftpRoot.resolve("2024/701/index.html")).content().contains(v2.substring(9)).contains("更正");
            assertThat(sftpRoot.resolve(v1).resolve("index.html")).content().contains("初版");
            try (var s = Files.walk(sftpRoot)) {
                assertThat(s.filter(p -> p.toString().endsWith(".part"))).isEmpty();
            }
        }
        assertThat(userKnownHosts()).isEqualTo(userKnownHostsBefore);
    }

    @Test
    void aRefusedSftpLoginLeavesTheDisclosureStaged() throws Exception {
        StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(3), null,
                LocalDateTime.now().minusHours(2), "初版");
        try (GongkaiService service = GongkaiService.start(settings("wrong"))) {
            PublicationReport r = PublishFtpTest.pass(service);

            assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.reason()).startsWith("发布服务器拒绝登录"));
            try (var s = Files.list(sftpRoot)) {
                assertThat(s).isEmpty();
            }
        }
    }
}
