package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import org.apache.camel.component.file.remote.FtpOperations;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.gongkai.transfer.PromptAck;
import org.gongkai.transfer.PromptAckFtpClient;
import org.gongkai.transfer.SessionReuseFtpsClient;
import org.gongkai.transfer.TlsTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ftp:// and ftps:// connection publication opens goes through gongkai's clients: the 150 reply acknowledged at
 * once ({@link PromptAck}) and renames without camel-ftp's NOOP first ({@link RenameWithoutNoop}); both in the
 * endpoints {@link PublishEndpoint} builds, with the options they carry. The round trips themselves are checked
 * against vsftpd's protocol log ({@code VsftpdPublishTest}), the upload behaviour against MINA ({@code PublishFtpTest}).
 */
class PromptAckFtpComponentTest {

    @TempDir
    Path local;

    @Test
    void ftpAndFtpsEndpointsUseThePromptAckClientsAndRenameWithoutNoop() throws Exception {
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("ftp", new PromptAckFtpComponent());
            camel.addComponent("ftps", new TlsFtpsComponent(() -> TlsTrust.of(null, null, null), new String[]{"TLSv1.2"}));
            camel.start();
            for (String uri : new String[]{"ftp://u@127.0.0.1:2121/srv/www", "ftps://u@127.0.0.1:2121/srv/www"}) {
                PublishEndpoint endpoint = new PublishEndpoint(uri, local, "u", "p", "UTF-8", true, false, 1000, 1000, 1000);
                for (String camelUri : new String[]{endpoint.putUri(), endpoint.putIntoExistingFolderUri(), endpoint.replaceUri()}) {
                    RemoteFileEndpoint<?> e = (RemoteFileEndpoint<?>) camel.getEndpoint(camelUri);
                    FtpOperations ops = (FtpOperations) e.createRemoteFileOperations();
                    if (uri.startsWith("ftps")) {
                        assertThat(ops).isInstanceOf(RenameWithoutNoop.Ftps.class);
                        assertThat(ops.getClient()).isInstanceOf(SessionReuseFtpsClient.class);
                    } else {
                        assertThat(ops).isInstanceOf(RenameWithoutNoop.Ftp.class);
                        assertThat(ops.getClient()).isInstanceOf(PromptAckFtpClient.class);
                    }
                    // the URI's options reach the client as with camel-ftp's own endpoint
                    assertThat(ops.getClient().getControlEncoding()).isEqualTo("UTF-8");
                    assertThat(ops.getClient().getConnectTimeout()).isEqualTo(1000);
                }
            }
        }
    }

    /**
     * One login per thread of the pass (plus the folder connection): the version folders' files and the pages go over
     * the same connection on a server that renames over files. Apache MINA FtpServer allows 10 logins; with 8 of them
     * taken by other clients, a pass with connections=1 needs exactly the 2 left (before, each thread held one
     * connection for the files, another for the pages and a third for replacing a page on a server that refuses to
     * rename over it, and 421 came back).
     */
    @Test
    void aPassOnOneConnectionLogsInOnceForFilesAndPages() throws Exception {
        Path root = java.nio.file.Files.createDirectories(local.resolve("ftp"));
        try (FtpTestServer ftp = new FtpTestServer(root).start(); DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("ftp", new PromptAckFtpComponent());
            camel.start();
            java.util.List<org.apache.commons.net.ftp.FTPClient> others = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    org.apache.commons.net.ftp.FTPClient c = new org.apache.commons.net.ftp.FTPClient();
                    c.connect("127.0.0.1", ftp.port);
                    assertThat(c.login(FtpTestServer.USER, FtpTestServer.PASSWORD)).isTrue();
                    others.add(c);
                }
                PublishEndpoint endpoint = new PublishEndpoint(ftp.uri(FtpTestServer.PASSWORD), local, "", "", "UTF-8",
                        true, false, 2000, 5000, 5000);
                try (CamelPublicationTarget target = new CamelPublicationTarget(camel, endpoint, 1)) {
                    target.put("2024/701/v1-00000000/index.html", "页".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    target.put("2024/701/v1-00000000/csv/01.csv", "a,b".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    target.replace("2024/701/index.html", "部门页".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    target.replace("index.html", "首页".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    // MINA refuses to rename onto the old page: it is deleted and the rename done again on the same
                    // connection (a connection of its own, as camel-ftp's Override fallback used, would get 421 here)
                    target.replace("2024/701/index.html", "新部门页".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            } finally {
                for (org.apache.commons.net.ftp.FTPClient c : others) {
                    c.disconnect();
                }
            }
            assertThat(root.resolve("2024/701/v1-00000000/csv/01.csv")).hasContent("a,b");
            assertThat(root.resolve("2024/701/index.html")).hasContent("新部门页");
            assertThat(root.resolve("2024/701/index.html.part")).doesNotExist();
            assertThat(root.resolve("index.html")).hasContent("首页");
        }
    }

    @Test
    void theQuickAckIsBestEffortOnAnySocket() throws Exception {
        PromptAck.now(null);
        PromptAck.now(new Socket()); // not connected
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            accepted.getOutputStream().write("150 ok\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            client.getInputStream().readNBytes(8);
            PromptAck.now(client);
            if (client.supportedOptions().contains(jdk.net.ExtendedSocketOptions.TCP_QUICKACK)) {
                assertThat(client.getOption(jdk.net.ExtendedSocketOptions.TCP_QUICKACK)).isTrue();
            }
            client.close();
            PromptAck.now(client); // closed: nothing thrown
        }
    }
}
