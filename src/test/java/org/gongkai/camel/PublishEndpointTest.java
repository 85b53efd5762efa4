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
    }

    @Test
    void sftpGetsNoFtpOnlyOptionsAndOtherSchemesAreRefused() {
        PublishEndpoint e = new PublishEndpoint("sftp://gk@host:22/www?strictHostKeyChecking=yes", Path.of("x"), "", "",
                "UTF-8", true, true, 1000, 2000, 3000);

        assertThat(e.putUri()).startsWith("sftp://gk@host:22/www?strictHostKeyChecking=yes&tempFileName=")
                .doesNotContain("passiveMode").doesNotContain("ftpClient");
        assertThat(e.describe()).isEqualTo("sftp://gk@host:22/www");
        assertThatThrownBy(() -> new PublishEndpoint("http://x/", Path.of("x"), "", "", "UTF-8", true, true, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
