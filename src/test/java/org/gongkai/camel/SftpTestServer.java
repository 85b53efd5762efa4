package org.gongkai.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An Apache MINA SSHD server with SFTP on loopback, rooted at a folder, for the SFTP publication tests and the
 * benchmark; its host key is written to a known-hosts file of its own ({@code known_hosts} in the keys folder), which the
 * publisher checks strictly, as in production (the user's ~/.ssh/known_hosts is never read or written).
 */
final class SftpTestServer implements AutoCloseable {

    static final String USER = "gongkai";
    static final String PASSWORD = "secret";

    private final SshServer sshd;
    private final Path knownHosts;

    SftpTestServer(Path root, Path keys) throws IOException, GeneralSecurityException {
        Files.createDirectories(keys);
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(keys.resolve("host.ser")));
        sshd.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setSubsystemFactories(java.util.List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sshd.start();
        StringBuilder lines = new StringBuilder();
        for (KeyPair k : sshd.getKeyPairProvider().loadKeys(null)) {
            lines.append("[127.0.0.1]:").append(sshd.getPort()).append(' ')
                    .append(PublicKeyEntry.toString(k.getPublic())).append('\n');
        }
        knownHosts = keys.resolve("known_hosts");
        Files.writeString(knownHosts, lines);
    }

    String uri() {
        return "sftp://" + USER + "@127.0.0.1:" + sshd.getPort() + "/";
    }

    Path knownHosts() {
        return knownHosts;
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }
}
