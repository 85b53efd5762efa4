package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication to Debian's vsftpd on loopback, configured as bureaus run it: explicit FTPS with vsftpd's own default
 * {@code require_ssl_reuse=YES} (every data connection must resume the control connection's TLS session), implicit
 * FTPS, and plain FTP. A full pass, a pass with nothing new and a 更正 pass; the manifest is checked against the files
 * on the server's disk. A certificate nobody trusts and a certificate for another name are refused before the
 * password is sent, each with its own reason in the operators' alert.
 */
class VsftpdPublishTest {

    static final String NAME = "平顶山市人民政府经济技术协作办公室";

    @TempDir
    Path data;
    @TempDir
    Path work;
    String password;
    Path site;

    @BeforeEach
    void user() throws Exception {
        LoopbackServers.assumeAvailable(LoopbackServers.VSFTPD, "vsftpd");
        password = LoopbackServers.userWithNewPassword();
        Path home = LoopbackServers.userFolder(work, "home");
        site = Files.createDirectories(home.resolve("yusuan"));
        LoopbackServers.run(List.of("chown", LoopbackServers.USER, site.toString()));
    }

    Map<String, String> settings(String uri) {
        Map<String, String> m = PublishTestSupport.settings(data);
        m.put("gongkai.publish.uri", uri);
        m.put("gongkai.publish.username", LoopbackServers.USER);
        m.put("gongkai.publish.password", password);
        return m;
    }

    void stage(String note, int hoursAgo) throws Exception {
        StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(5), "701@example.gov.cn",
                LocalDateTime.now().minusHours(hoursAgo), note);
    }

    @Test
    void explicitFtpsWithRequiredSessionReuseFullNothingNewAndCorrectionPasses() throws Exception {
        Path certs = Files.createDirectories(work.resolve("certs"));
        LoopbackServers.selfSigned(certs, "", "127.0.0.1", "IP:127.0.0.1");
        stage("初版", 3);
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "explicit", certs)) {
            Map<String, String> s = settings("ftps://127.0.0.1:" + ftp.port + "/~/yusuan");
            s.put("gongkai.publish.tls.pinned-certificate", certs.resolve("cert.pem").toString());
            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport first = PublishFtpTest.pass(service);
                assertThat(first.failures()).isEmpty();
                assertThat(first.published()).hasSize(1);
                String v1 = first.published().get(0).folder();
                assertThat(site.resolve(v1).resolve(StagedFixtures.PDF)).exists();
                LoopbackServers.assertManifestMatchesDisk(site);
                // vsftpd refused nothing: every data connection resumed the control session (the 522 reply, not any
                // "522": the temporary folder's name in the log is random digits)
                assertThat(ftp.log()).doesNotContain(", \"522 ").contains("OK UPLOAD");

                List<String> before = LoopbackServers.snapshot(site);
                PublicationReport nothingNew = PublishFtpTest.pass(service);
                assertThat(nothingNew.failures()).isEmpty();
                assertThat(nothingNew.published()).isEmpty();
                assertThat(LoopbackServers.snapshot(site)).isEqualTo(before);

                stage("更正版", 1);
                PublicationReport correction = PublishFtpTest.pass(service);
                assertThat(correction.failures()).isEmpty();
                assertThat(correction.published()).singleElement().satisfies(p -> assertThat(p.correction()).isTrue());
                String v2 = correction.published().get(0).folder();
                assertThat(site.resolve("2024/701/index.html")).content().contains(v2.substring(9)).contains("更正");
                assertThat(site.resolve(v1).resolve("index.html")).content().contains("初版");
                LoopbackServers.assertManifestMatchesDisk(site);
            }
        }
    }

    @Test
    void publishTrustCertificatePinsTheServersCertificateOnConfirmation() throws Exception {
        Path certs = Files.createDirectories(work.resolve("certs"));
        LoopbackServers.selfSigned(certs, "", "127.0.0.1", "IP:127.0.0.1");
        String fingerprint = LoopbackServers.run(List.of("openssl", "x509", "-in", certs.resolve("cert.pem").toString(),
                "-noout", "-fingerprint", "-sha256")).trim().replaceAll(".*=", "");
        Path pinned = data.resolve("pinned/ftp.pem");
        stage("初版", 3);
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "explicit", certs)) {
            Map<String, String> s = settings("ftps://127.0.0.1:" + ftp.port + "/~/yusuan");
            s.put("gongkai.publish.tls.pinned-certificate", pinned.toString());

            String[] declined = cli(s, "no\n");
            assertThat(declined[0]).isEqualTo("1");
            assertThat(declined[1]).contains("SHA-256 指纹 " + fingerprint).contains("CN=127.0.0.1").contains("未确认");
            assertThat(pinned).doesNotExist();

            String[] confirmed = cli(s, "yes\n");
            assertThat(confirmed[0]).as(confirmed[1]).isEqualTo("0");
            assertThat(pinned).content().isEqualTo(Files.readString(certs.resolve("cert.pem")));

            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.failures()).isEmpty();
                assertThat(r.published()).hasSize(1);
            }
            assertThat(ftp.log()).doesNotContain("FAIL LOGIN");
        }
    }

    /** {@code publish --trust-certificate} with the settings and an answer on stdin: {status, output}. */
    static String[] cli(Map<String, String> settings, String answer) {
        java.io.PrintStream out = System.out;
        java.io.InputStream in = System.in;
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
        System.setIn(new java.io.ByteArrayInputStream(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            List<String> args = new java.util.ArrayList<>(List.of("publish", "--trust-certificate"));
            settings.forEach((k, v) -> args.add("-D" + k + "=" + v));
            int status = org.gongkai.cli.GongkaiCli.execute(args.toArray(String[]::new));
            return new String[] {String.valueOf(status), buf.toString(java.nio.charset.StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setIn(in);
        }
    }

    @Test
    void implicitFtpsPublishes() throws Exception {
        Path certs = Files.createDirectories(work.resolve("certs"));
        LoopbackServers.selfSigned(certs, "", "127.0.0.1", "IP:127.0.0.1");
        stage("初版", 3);
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "implicit", certs)) {
            Map<String, String> s = settings("ftps://127.0.0.1:" + ftp.port + "/~/yusuan?implicit=true");
            s.put("gongkai.publish.tls.pinned-certificate", certs.resolve("cert.pem").toString());
            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.failures()).isEmpty();
                assertThat(r.published()).hasSize(1);
                LoopbackServers.assertManifestMatchesDisk(site);
            }
        }
    }

    @Test
    void plainFtpWithAnAbsolutePathPublishesThere() throws Exception {
        stage("初版", 3);
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "none", null)) {
            try (GongkaiService service = GongkaiService.start(settings("ftp://127.0.0.1:" + ftp.port + site))) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.failures()).isEmpty();
                LoopbackServers.assertManifestMatchesDisk(site);
                assertThat(work.resolve("home").resolve(site.toString().substring(1))).doesNotExist();
                assertFourCommandsPerVersionedFile(ftp.log(), r.published().get(0).files());
            }
        }
    }

    /**
     * Round trips per file, read from vsftpd's protocol log: each file of the version folder costs PASV, STOR of its
     * {@code .part}, RNFR, RNTO on one connection, nothing between them (camel-ftp alone sends a NOOP before each
     * rename); no listing, existence or size check, NOOP or delete anywhere in the pass.
     */
    static void assertFourCommandsPerVersionedFile(String log, List<String> files) {
        Map<String, List<String>> bySession = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[pid (\\d+)\\].*FTP command: Client \"[^\"]*\", \"([^\"]*)\"")
                .matcher(log);
        while (m.find()) {
            bySession.computeIfAbsent(m.group(1), k -> new java.util.ArrayList<>()).add(m.group(2));
        }
        assertThat(bySession).as("vsftpd's protocol log:%n%s", log).isNotEmpty();
        int stores = 0;
        Map<String, Integer> verbs = new java.util.TreeMap<>();
        for (List<String> commands : bySession.values()) {
            for (int i = 0; i < commands.size(); i++) {
                String c = commands.get(i);
                verbs.merge(c.split(" ", 2)[0], 1, Integer::sum);
                for (String name : files) {
                    // vsftpd logs each byte outside ASCII as '?': a Chinese character is three of them
                    String f = new String(name.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("[^\\x00-\\x7f]", "?");
                    if (c.startsWith("STOR ") && c.endsWith("/" + f + ".part")) {
                        String remote = c.substring("STOR ".length(), c.length() - ".part".length());
                        assertThat(commands.subList(i - 1, Math.min(commands.size(), i + 3))).as("commands around %s", c)
                                .containsExactly("PASV", c, "RNFR " + remote + ".part", "RNTO " + remote);
                        stores++;
                    }
                }
            }
        }
        assertThat(stores).as("uploads of the version folder's files %s in %s", files, bySession).isEqualTo(files.size());
        // every upload (the version's files, the department page, manifest and index) is PASV, STOR, RNFR, RNTO, once each
        assertThat(verbs).as("commands of the pass").doesNotContainKeys("LIST", "NLST", "MLSD", "SIZE", "MDTM", "NOOP", "DELE")
                .containsEntry("PASV", verbs.get("STOR")).containsEntry("RNFR", verbs.get("STOR"))
                .containsEntry("RNTO", verbs.get("STOR"));
    }

    @Test
    void aCertificateNobodyTrustsIsRefusedBeforeThePasswordIsSent() throws Exception {
        Path certs = Files.createDirectories(work.resolve("certs"));
        LoopbackServers.selfSigned(certs, "", "127.0.0.1", "IP:127.0.0.1");
        stage("初版", 3);
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "explicit", certs)) {
            // no pinned certificate, no trust store: the JVM's authorities, which never signed this one
            try (GongkaiService service = GongkaiService.start(settings("ftps://127.0.0.1:" + ftp.port + "/~/yusuan"))) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.published()).isEmpty();
                assertThat(r.failures()).first().satisfies(f -> assertThat(f.reason())
                        .startsWith("发布服务器的 TLS 证书不受信任").contains("CN=127.0.0.1").contains("有效期至 "));
                String alert = alert();
                assertThat(alert).contains("发布服务器的 TLS 证书不受信任").contains("CN=127.0.0.1")
                        .contains("gongkai.publish.tls.pinned-certificate");
                assertThat(digest()).contains("发布服务器的 TLS 证书不受信任");
            }
            assertThat(ftp.log()).doesNotContain("PASS").doesNotContain("OK LOGIN");
        }
        assertThat(site).isEmptyDirectory();
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefused() throws Exception {
        Path certs = Files.createDirectories(work.resolve("certs"));
        LoopbackServers.caSigned(certs, "www.example.gov.cn", "DNS:www.example.gov.cn");
        Path trustStore = work.resolve("trust.p12");
        PublishFtpsTest.keytool("-importcert", "-noprompt", "-alias", "ca", "-file", certs.resolve("ca-cert.pem").toString(),
                "-storetype", "PKCS12", "-keystore", trustStore.toString(), "-storepass", "trustpass");
        stage("初版", 3);
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "explicit", certs)) {
            Map<String, String> s = settings("ftps://127.0.0.1:" + ftp.port + "/~/yusuan");
            s.put("gongkai.publish.tls.trust-store", trustStore.toString());
            s.put("gongkai.publish.tls.trust-store-password", "trustpass");
            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.published()).isEmpty();
                String alert = alert();
                assertThat(alert).contains("发布服务器的 TLS 证书不属于主机名 127.0.0.1").contains("www.example.gov.cn")
                        .contains("有效期至 ").doesNotContain("不受信任");
            }
            assertThat(ftp.log()).doesNotContain("PASS").doesNotContain("OK LOGIN");
        }
        assertThat(site).isEmptyDirectory();
    }

    @Test
    void aWrongPasswordIsOneRefusedLoginNotFour() throws Exception {
        Path certs = Files.createDirectories(work.resolve("certs"));
        LoopbackServers.selfSigned(certs, "", "127.0.0.1", "IP:127.0.0.1");
        stage("初版", 3);
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "explicit", certs)) {
            Map<String, String> s = settings("ftps://127.0.0.1:" + ftp.port + "/~/yusuan");
            s.put("gongkai.publish.tls.pinned-certificate", certs.resolve("cert.pem").toString());
            s.put("gongkai.publish.password", "wrong");
            try (GongkaiService service = GongkaiService.start(s)) {
                PublicationReport r = PublishFtpTest.pass(service);
                assertThat(r.failures()).first().satisfies(f -> assertThat(f.reason()).startsWith("发布服务器拒绝登录"));
                assertThat(alert()).contains("发布服务器拒绝登录");
            }
            assertThat(ftp.log().split("FAIL LOGIN", -1)).hasSize(2);
        }
    }

    @Test
    void aMistypedFolderIsNotCreatedButNamedInTheAlert() throws Exception {
        stage("初版", 3);
        Path typo = work.resolve("home").resolve("yusaun");
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "none", null);
             GongkaiService service = GongkaiService.start(settings("ftp://127.0.0.1:" + ftp.port + typo))) {
            PublicationReport r = PublishFtpTest.pass(service);
            assertThat(r.published()).isEmpty();
            assertThat(alert()).contains("发布服务器上没有配置的发布目录 " + typo);
        }
        assertThat(typo).doesNotExist();
    }

    @Test
    void aFolderTheLoginMayNotWriteIsReportedAsSuch() throws Exception {
        stage("初版", 3);
        Path readOnly = Files.createDirectories(work.resolve("home").resolve("readonly"));
        try (LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "none", null);
             GongkaiService service = GongkaiService.start(settings("ftp://127.0.0.1:" + ftp.port + "/~/readonly"))) {
            PublicationReport r = PublishFtpTest.pass(service);
            assertThat(r.published()).isEmpty();
            assertThat(alert()).contains("发布服务器拒绝写入（权限不足");
        }
    }

    @Test
    void aFullDiskIsReportedAsSuch() throws Exception {
        stage("初版", 3);
        Path full = work.resolve("home").resolve("full");
        try (AutoCloseable disk = LoopbackServers.fullDisk(full);
             LoopbackServers.Vsftpd ftp = LoopbackServers.Vsftpd.start(work, work.resolve("home"), "none", null);
             GongkaiService service = GongkaiService.start(settings("ftp://127.0.0.1:" + ftp.port + "/~/full"))) {
            PublicationReport r = PublishFtpTest.pass(service);
            assertThat(r.published()).isEmpty();
            assertThat(alert()).contains("磁盘已满").doesNotContain("权限不足");
        }
    }

    String digest() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> !PublishTestSupport.withSubject(data, "预算公开发布日报").isEmpty());
        return PublishTestSupport.text(PublishTestSupport.withSubject(data, "预算公开发布日报").get(0));
    }

    String alert() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> !PublishTestSupport.withSubject(data, "【告警】预算公开发布失败").isEmpty());
        MimeMessage m = PublishTestSupport.withSubject(data, "【告警】预算公开发布失败").get(0);
        return PublishTestSupport.text(m);
    }
}
