package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing a page on Apache MINA FtpServer, which refuses to rename onto an existing file: the refusal makes the
 * target delete the old page just before the rename; a connection dropped during the rename does not (the old page
 * stays, the error goes to the pass's retries, and the retry on the same connection's producer reconnects).
 */
class PublishTargetRenameTest {

    @TempDir
    Path ftpRoot;
    @TempDir
    Path local;

    private static PublishEndpoint endpoint(String uri, Path local) {
        return new PublishEndpoint(uri, local, "", "", "UTF-8", true, true, 2000, 5000, 5000);
    }

    @Test
    void aRefusedRenameFallsBackToDeleteThenRenameButADroppedConnectionDoesNot() throws Exception {
        try (FtpTestServer ftp = new FtpTestServer(ftpRoot).start();
             DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("ftp", new PromptAckFtpComponent()); // as the service binds it (rename without NOOP)
            camel.start();
            Path page = ftpRoot.resolve("2024/701/index.html");
            try (CamelPublicationTarget target = new CamelPublicationTarget(camel,
                    endpoint(ftp.uri(FtpTestServer.PASSWORD), local))) {
                target.put("2024/701/index.html", bytes("旧页面"));
                int renamesBefore = ftp.renameStarts.get();
                ftp.dropOnRename = renamesBefore + 1;

                assertThatThrownBy(() -> target.replace("2024/701/index.html", bytes("新页面")))
                        .satisfies(e -> assertThat(CamelPublicationTarget.renameRefused(e)).isFalse());

                assertThat(page).hasContent("旧页面");

                // the pass's retry on the same target (same producer): it reconnects and renames
                target.replace("2024/701/index.html", bytes("新页面"));
                assertThat(page).hasContent("新页面");
                target.replace("2024/701/index.html", bytes("旧页面"));
            }
            try (CamelPublicationTarget target = new CamelPublicationTarget(camel,
                    endpoint(ftp.uri(FtpTestServer.PASSWORD), local))) {
                target.replace("2024/701/index.html", bytes("新页面"));

                assertThat(page).hasContent("新页面");
                assertThat(ftpRoot.resolve("2024/701/index.html.part")).doesNotExist();
            }
        }
    }

    @Test
    void aLocalFolderRenamesOverTheOldPage() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.start();
            try (CamelPublicationTarget target = new CamelPublicationTarget(camel, endpoint("", local))) {
                target.put("index.html", bytes("旧"));
                target.replace("index.html", bytes("新"));
            }
            assertThat(local.resolve("index.html")).hasContent("新");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
