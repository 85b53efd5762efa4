package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PublishEndpointTest {

    @Test
    void anEmptyUriPublishesToTheLocalFolderUnderTemporaryNames() {
        PublishEndpoint e = new PublishEndpoint("", Path.of("/srv/data/public"), "", "", "UTF-8", true, true, 1, 2, 3);

        assertThat(e.putUri()).startsWith("file:/srv/data/public?tempFileName=${file:onlyname}.part")
                .contains("fileExist=Override").doesNotContain("ftpClient");
        assertThat(e.replaceUri()).contains("fileExist=TryRename");
    }

    @Test
    void ftpGetsUtf8NamesPassiveBinaryTimeoutsAndTheSecretNeverShows() {
        PublishEndpoint e = new PublishEndpoint("ftp://gk@www.example.gov.cn:21/yusuan", Path.of("x"), "", "p&ss)w",
                "UTF-8", true, true, 1000, 2000, 3000);

        assertThat(e.putUri()).contains("ftpClient.controlEncoding=UTF-8", "passiveMode=true", "binary=true",
                "connectTimeout=1000", "soTimeout=2000", "timeout=3000", "password=RAW{p&ss)w}");
        assertThat(e.describe()).isEqualTo("ftp://gk@www.example.gov.cn:21/yusuan").doesNotContain("p&ss");
        assertThat(e.remotePath("index.html")).isEqualTo("/yusuan/index.html");
    }

    @Test
    void sftpAlwaysChecksHostKeysAgainstTheConfiguredFileAndOtherSchemesAreRefused() {
        PublishEndpoint e = new PublishEndpoint("sftp://gk@host:2222/srv/www", Path.of("x"), "", "",
                "UTF-8", true, true, 1000, 2000, 3000, Path.of("/etc/gongkai/known_hosts"));

        assertThat(e.putUri()).startsWith("sftp://gk@host:2222?tempFileName=")
                .contains("strictHostKeyChecking=yes", "useUserKnownHostsFile=false",
                        "knownHostsFile=RAW(/etc/gongkai/known_hosts)", "jailStartingDirectory=false")
                .doesNotContain("passiveMode").doesNotContain("ftpClient");
        assertThat(e.describe()).isEqualTo("sftp://gk@host:2222/srv/www");
        assertThat(e.host()).isEqualTo("host");
        assertThat(e.port()).isEqualTo(2222);
        assertThatThrownBy(() -> new PublishEndpoint("sftp://gk@host/www?strictHostKeyChecking=no", Path.of("x"), "", "",
                "UTF-8", true, true, 1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gongkai.publish.sftp.known-hosts");
        assertThatThrownBy(() -> new PublishEndpoint("http://x/", Path.of("x"), "", "", "UTF-8", true, true, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePathMeansWhatItSays() {
        PublishEndpoint absolute = new PublishEndpoint("sftp://gk@host/home/gk/site", Path.of("x"), "", "", "UTF-8",
                true, true, 1, 2, 3);
        assertThat(absolute.folder()).isEqualTo("/home/gk/site");
        assertThat(absolute.remotePath("2024/701/index.html")).isEqualTo("/home/gk/site/2024/701/index.html");
        assertThat(absolute.port()).isEqualTo(22);

        PublishEndpoint login = new PublishEndpoint("ftp://gk@host/~", Path.of("x"), "", "", "UTF-8", true, true, 1, 2, 3);
        assertThat(login.remotePath("index.html")).isEqualTo("index.html");
        PublishEndpoint inLogin = new PublishEndpoint("ftps://gk@host:990/~/yusuan/?implicit=true", Path.of("x"), "", "",
                "UTF-8", true, true, 1, 2, 3);
        assertThat(inLogin.remotePath("index.html")).isEqualTo("yusuan/index.html");
        assertThat(inLogin.putUri()).startsWith("ftps://gk@host:990?implicit=true&");
        PublishEndpoint root = new PublishEndpoint("ftp://gk@host:21/", Path.of("x"), "", "", "UTF-8", true, true, 1, 2, 3);
        assertThat(root.remotePath("index.html")).isEqualTo("/index.html");

        assertThatThrownBy(() -> new PublishEndpoint("ftp://gk@host/srv/../etc", Path.of("x"), "", "", "UTF-8", true, true, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublishEndpoint("ftp://gk@host/~gk/site", Path.of("x"), "", "", "UTF-8", true, true, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/~/");
    }
}
