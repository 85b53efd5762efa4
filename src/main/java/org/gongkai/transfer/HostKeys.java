package org.gongkai.transfer;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * SSH host keys of the publication server: what the server offers (fetched without logging in), what gongkai's
 * known-hosts file records for it, and recording a key there. Fingerprints are written as OpenSSH prints them
 * ({@code ssh-keygen -lf}): {@code SHA256:} and the unpadded Base64 of the key's SHA-256.
 */
public final class HostKeys {

    /** A host key: its type ({@code ssh-ed25519}, …) and the Base64 of its public key blob. */
    public record Key(String type, String base64) {

        public String fingerprint() {
            return HostKeys.fingerprint(base64);
        }
    }

    private HostKeys() {
    }

    /** The name of a host in known_hosts: {@code host} on port 22, else {@code [host]:port}. */
    public static String knownHostsName(String host, int port) {
        return port == 22 || port <= 0 ? host : "[" + host + "]:" + port;
    }

    public static String fingerprint(String base64Key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64Key.trim()));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException | IllegalArgumentException e) {
            return "?";
        }
    }

    /**
     * The host key the server offers, fetched by starting an SSH session and stopping at the key check (nothing is
     * sent but the key exchange).
     *
     * @param type the key type to ask for (for instance the type of a recorded key), or null for JSch's choice
     */
    public static Key offered(String host, int port, int timeoutMillis, String type) throws JSchException {
        List<Key> seen = new ArrayList<>();
        JSch jsch = new JSch();
        jsch.setHostKeyRepository(new Capture(seen));
        Session s = jsch.getSession("gongkai-host-key-probe", host, port <= 0 ? 22 : port);
        s.setConfig("StrictHostKeyChecking", "yes");
        if (type != null) {
            s.setConfig("server_host_key", type);
        }
        try {
            s.connect(timeoutMillis);
        } catch (JSchException refused) {
            if (seen.isEmpty()) {
                throw refused;
            }
        } finally {
            s.disconnect();
        }
        if (seen.isEmpty()) {
            throw new JSchException("The server at " + host + ":" + port + " offered no host key");
        }
        return seen.get(0);
    }

    /** The keys recorded for the host in a known_hosts file (hashed names included); none when the file is absent. */
    public static List<Key> recorded(Path knownHosts, String host, int port) throws JSchException {
        List<Key> out = new ArrayList<>();
        if (knownHosts == null || !Files.isRegularFile(knownHosts)) {
            return out;
        }
        JSch jsch = new JSch();
        jsch.setKnownHosts(knownHosts.toString());
        HostKey[] keys = jsch.getHostKeyRepository().getHostKey(knownHostsName(host, port), null);
        if (keys != null) {
            for (HostKey k : keys) {
                out.add(new Key(k.getType(), k.getKey()));
            }
        }
        return out;
    }

    /** Appends the key as a known_hosts line (the file and its folder are created if needed). */
    public static void record(Path knownHosts, String host, int port, Key key) throws IOException {
        Path parent = knownHosts.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String existing = Files.isRegularFile(knownHosts) ? Files.readString(knownHosts, StandardCharsets.UTF_8) : "";
        String line = knownHostsName(host, port) + " " + key.type() + " " + key.base64() + "\n";
        String prefix = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        Files.writeString(knownHosts, prefix + line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A host key repository that knows nothing and remembers what it was asked about. */
    private static final class Capture implements HostKeyRepository {

        private final List<Key> seen;

        Capture(List<Key> seen) {
            this.seen = seen;
        }

        @Override
        public int check(String host, byte[] key) {
            try {
                HostKey k = new HostKey(host, key);
                seen.add(new Key(k.getType(), k.getKey()));
            } catch (JSchException e) {
                // an unknown key type: nothing to record
            }
            return NOT_INCLUDED;
        }

        @Override
        public void add(HostKey hostkey, UserInfo ui) {
        }

        @Override
        public void remove(String host, String type) {
        }

        @Override
        public void remove(String host, String type, byte[] key) {
        }

        @Override
        public String getKnownHostsRepositoryID() {
            return "gongkai-probe";
        }

        @Override
        public HostKey[] getHostKey() {
            return new HostKey[0];
        }

        @Override
        public HostKey[] getHostKey(String host, String type) {
            return new HostKey[0];
        }
    }
}
