package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.publish.PublicationReport;
import org.gongkai.publish.StagedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publication over explicit FTPS (AUTH TLS, protected data channel) to an in-process Apache MINA FtpServer with a
 * certificate made for the test by the JDK's keytool; the client trusts it through the trust store of the settings
 * (gongkai.publish.tls.trust-store), and a trust option in the URI is refused.
 */
class PublishFtpsTest {

    static final String NAME = "平顶山市人民政府经济技术协作办公室";

    @TempDir
    Path data;
    @TempDir
    Path ftpRoot;
    @TempDir
    Path keys;

    @Test
    void aNightOverFtpsPublishesChineseNamesIntact() throws Exception {
        Path keyStore = keys.resolve("server.p12");
        Path cert = keys.resolve("server.cer");
        Path trustStore = keys.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "ftp", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", FtpTestServer.PASSWORD, "-keypass", FtpTestServer.PASSWORD);
        keytool("-exportcert", "-alias", "ftp", "-keystore", keyStore.toString(), "-storepass", FtpTestServer.PASSWORD,
                "-file", cert.toString());
        keytool("-importcert", "-noprompt", "-alias", "ftp", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", trustStore.toString(), "-storepass", "trustpass");

        StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(5), "701@example.gov.cn",
                LocalDateTime.now().minusHours(1), "初版");
        FtpTestServer ftp = new FtpTestServer(ftpRoot);
        ftp.tlsKeyStore = keyStore;
        try (FtpTestServer server = ftp.start()) {
            String uri = "ftps://" + FtpTestServer.USER + "@127.0.0.1:" + server.port + "/?password=RAW(" + FtpTestServer.PASSWORD + ")";
            Map<String, String> settings = PublishTestSupport.settings(data);
            settings.put("gongkai.publish.uri", uri);
            settings.put("gongkai.publish.tls.trust-store", trustStore.toString());
            settings.put("gongkai.publish.tls.trust-store-password", "trustpass");
            try (GongkaiService service = GongkaiService.start(settings)) {
                PublicationReport night = service.context().createProducerTemplate()
                        .requestBody("direct:publish", "", PublicationReport.class);
                assertThat(night.failures()).isEmpty();
                assertThat(night.published()).hasSize(1);
            }
        }
        try (Stream<Path> s = Files.walk(ftpRoot.resolve("2024/701"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertThat(names).contains(StagedFixtures.PDF, "index.html").noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aTrustOptionInTheUriIsRefused() throws Exception {
        Map<String, String> settings = PublishTestSupport.settings(data);
        settings.put("gongkai.publish.uri", "ftps://u@127.0.0.1:" + FtpTestServer.freePort()
                + "/?ftpClient.trustStore.file=/tmp/x.p12");
        StagedFixtures.stage(data.resolve("staging"), "701", NAME, LocalDate.now().minusDays(5), null,
                LocalDateTime.now().minusHours(1), "初版");
        try (GongkaiService service = GongkaiService.start(settings)) {
            org.apache.camel.Exchange done = service.context().createProducerTemplate().request("direct:publish", ex -> { });
            Exception e = done.getException() != null ? done.getException()
                    : done.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class);
            assertThat(e).isNotNull();
            assertThat(org.apache.camel.util.ObjectHelper.getException(IllegalArgumentException.class, e))
                    .hasMessageContaining("gongkai.publish.tls");
        }
    }

    static void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("keytool %s: %s", args[0], out).isZero();
    }
}
