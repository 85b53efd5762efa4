package org.gongkai.camel;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * An in-process Apache MINA FtpServer on a temporary folder (UTF-8 names), user gongkai/secret. It counts uploads
 * (STOR) and can drop the connection on chosen uploads or slow every upload down.
 */
final class FtpTestServer implements AutoCloseable {

    static final String USER = "gongkai";
    static final String PASSWORD = "secret";

    final Path root;
    final int port;
    final AtomicInteger stores = new AtomicInteger();
    final AtomicInteger renames = new AtomicInteger();
    /** Drop the connection on the STOR with this number (1-based), once. */
    volatile int dropOnStore = -1;
    /** Drop the connection on every STOR from this number on. */
    volatile int dropFromStore = Integer.MAX_VALUE;
    /** Drop the connection on the rename (RNTO) with this number (1-based), once. */
    volatile int dropOnRename = -1;
    final AtomicInteger renameStarts = new AtomicInteger();
    /** Milliseconds every upload is held before it starts. */
    volatile long uploadDelay;
    /** Explicit FTPS (AUTH TLS) with this server key store (PKCS12, password {@link #PASSWORD}), or plain FTP when null. */
    Path tlsKeyStore;
    private FtpServer server;

    FtpTestServer(Path root) throws IOException {
        this(root, freePort());
    }

    FtpTestServer(Path root, int port) {
        this.root = root;
        this.port = port;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    FtpTestServer start() throws FtpException {
        // Without a passive port range MINA logs a WARN ("Releasing unreserved passive port") at the end of every
        // transfer: a third of the server's CPU in the benchmark, and a log line per uploaded file in every test.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.ftpserver.impl.PassivePorts"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setPort(port);
        listener.setServerAddress("127.0.0.1");
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveExternalAddress("127.0.0.1");
        if (tlsKeyStore != null) {
            org.apache.ftpserver.ssl.SslConfigurationFactory tls = new org.apache.ftpserver.ssl.SslConfigurationFactory();
            tls.setKeystoreFile(tlsKeyStore.toFile());
            tls.setKeystoreType("PKCS12");
            tls.setKeystorePassword(PASSWORD);
            tls.setKeyPassword(PASSWORD);
            listener.setSslConfiguration(tls.createSslConfiguration());
            listener.setImplicitSsl(false);
            data.setSslConfiguration(tls.createSslConfiguration());
        }
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        UserManager um = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName(USER);
        user.setPassword(PASSWORD);
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.of(new WritePermission()));
        um.save(user);
        factory.setUserManager(um);
        Map<String, org.apache.ftpserver.ftplet.Ftplet> ftplets = new java.util.HashMap<>();
        ftplets.put("probe", new DefaultFtplet() {
            @Override
            public FtpletResult onUploadStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
                int n = stores.incrementAndGet();
                if (n == dropOnStore || n >= dropFromStore) {
                    return FtpletResult.DISCONNECT;
                }
                if (uploadDelay > 0) {
                    try {
                        Thread.sleep(uploadDelay);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return FtpletResult.DEFAULT;
            }

            @Override
            public FtpletResult onRenameStart(FtpSession session, FtpRequest request) {
                return renameStarts.incrementAndGet() == dropOnRename ? FtpletResult.DISCONNECT : FtpletResult.DEFAULT;
            }

            @Override
            public FtpletResult onRenameEnd(FtpSession session, FtpRequest request) {
                renames.incrementAndGet();
                return FtpletResult.DEFAULT;
            }
        });
        factory.setFtplets(ftplets);
        server = factory.createServer();
        server.start();
        return this;
    }

    /** The URI gongkai publishes to, with the user and the password given. */
    String uri(String password) {
        return "ftp://" + USER + "@127.0.0.1:" + port + "/?password=RAW(" + password + ")";
    }

    @Override
    public void close() {
        if (server != null && !server.isStopped()) {
            server.stop();
        }
    }
}
