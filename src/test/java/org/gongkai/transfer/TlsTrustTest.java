package org.gongkai.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which certificates {@link TlsTrust} accepts, and how it says why it refuses one (certificates made by keytool). */
class TlsTrustTest {

    @TempDir
    Path dir;

    X509Certificate cert(String alias, String... validity) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        Path pem = dir.resolve(alias + ".pem");
        List<String> gen = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=" + alias, "-ext", "SAN=dns:" + alias, "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit"));
        gen.addAll(List.of(validity));
        keytool(gen);
        KeyStore ks = KeyStore.getInstance(store.toFile(), "changeit".toCharArray());
        X509Certificate c = (X509Certificate) ks.getCertificate(alias);
        java.nio.file.Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return c;
    }

    static void keytool(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void thePinnedCertificateIsTrustedAndNoOtherIsWithTheReasonAndDetails() throws Exception {
        X509Certificate pinned = cert("ftp.example.gov.cn", "-validity", "30");
        X509Certificate other = cert("evil.example.com", "-validity", "30");
        TlsTrust trust = TlsTrust.of(dir.resolve("ftp.example.gov.cn.pem"), null, null);

        trust.trustManager().checkServerTrusted(new X509Certificate[] {pinned}, "RSA");
        assertThatThrownBy(() -> trust.trustManager().checkServerTrusted(new X509Certificate[] {other}, "RSA"))
                .isInstanceOfSatisfying(ServerCertificateException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ServerCertificateException.Kind.UNTRUSTED);
                    assertThat(e.subject()).isEqualTo("CN=evil.example.com");
                    assertThat(e.names()).containsExactly("evil.example.com");
                    assertThat(e.fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
                    assertThat(e.notAfter()).matches("\\d{4}-\\d{2}-\\d{2}");
                });
    }

    @Test
    void anExpiredCertificateIsRefusedAsExpiredEvenWhenPinned() throws Exception {
        X509Certificate expired = cert("old.example.gov.cn", "-startdate", "-30d", "-validity", "2");
        TlsTrust trust = TlsTrust.of(dir.resolve("old.example.gov.cn.pem"), null, null);

        assertThatThrownBy(() -> trust.trustManager().checkServerTrusted(new X509Certificate[] {expired}, "RSA"))
                .isInstanceOfSatisfying(ServerCertificateException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServerCertificateException.Kind.EXPIRED));
    }

    @Test
    void theJvmTrustStoreDoesNotTrustASelfSignedCertificate() throws Exception {
        X509Certificate self = cert("self.example.gov.cn", "-validity", "30");
        TlsTrust trust = TlsTrust.of(null, null, null);

        assertThat(trust.describe()).isEqualTo("JVM trust store");
        assertThatThrownBy(() -> trust.trustManager().checkServerTrusted(new X509Certificate[] {self}, "RSA"))
                .isInstanceOfSatisfying(ServerCertificateException.class,
                        e -> assertThat(e.kind()).isEqualTo(ServerCertificateException.Kind.UNTRUSTED));
    }

    @Test
    void anUnreadableTrustSettingStopsWithItsPath() {
        assertThatThrownBy(() -> TlsTrust.of(dir.resolve("missing.pem"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.pem");
    }
}
