package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real server software on loopback for the publication tests: Debian's vsftpd (a process of its own with its own
 * config file, listen=YES on a free port) and OpenSSH's sshd (a separate {@code sshd -f} on a free port with host
 * keys in a temporary folder; the machine's own sshd is never touched). Both need root (vsftpd and sshd switch to
 * the login user) and a local user to log in as: {@value #USER}, created here when missing (a system account without
 * a home; its password is set anew, at random, for each server start). Tests skip when a binary is absent;
 * {@code .ci/run} installs them.
 */
final class LoopbackServers {

    static final String USER = "gongkai-pub";
    static final Path VSFTPD = Path.of("/usr/sbin/vsftpd");
    static final Path SSHD = Path.of("/usr/sbin/sshd");

    private LoopbackServers() {
    }

    static void assumeAvailable(Path binary, String debianPackage) {
        assumeTrue(Files.isExecutable(binary), binary + " is not installed (apt-get install " + debianPackage
                + "; .ci/run installs it): test skipped");
        assumeTrue(isRoot(), "the loopback " + binary.getFileName() + " needs root to switch to the login user: test skipped");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")) || Files.isExecutable(Path.of("/usr/bin/ssh-keygen")),
                "openssl/ssh-keygen missing: test skipped");
    }

    static boolean isRoot() {
        try {
            return "0".equals(run(List.of("id", "-u")).trim());
        } catch (Exception e) {
            return false;
        }
    }

    /** Makes sure the login user exists and gives it a new random password, returned. */
    static synchronized String userWithNewPassword() throws Exception {
        Process id = new ProcessBuilder("id", USER).redirectErrorStream(true).start();
        id.getInputStream().readAllBytes();
        if (id.waitFor() != 0) {
            // vsftpd refuses a login whose home folder does not exist (even with local_root): "/" always does
            run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/", "--shell", "/bin/sh", USER));
        }
        byte[] r = new byte[12];
        new SecureRandom().nextBytes(r);
        String password = "Gk-" + HexFormat.of().formatHex(r);
        Process p = new ProcessBuilder("chpasswd").redirectErrorStream(true).start();
        p.getOutputStream().write((USER + ":" + password + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("chpasswd: %s", out).isZero();
        return password;
    }

    /** A folder the login user owns, below a temp folder others may traverse. */
    static Path userFolder(Path tempDir, String name) throws Exception {
        Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dir = Files.createDirectories(tempDir.resolve(name));
        run(List.of("chown", USER, dir.toString()));
        return dir;
    }

    static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("%s: %s", cmd, out).isZero();
        return out;
    }

    /** A self-signed certificate (PEM files cert.pem, key.pem in dir) for the given subjectAltName. */
    static void selfSigned(Path dir, String prefix, String cn, String subjectAltName) throws Exception {
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-keyout", dir.resolve(prefix + "key.pem").toString(), "-out", dir.resolve(prefix + "cert.pem").toString(),
                "-subj", "/CN=" + cn, "-addext", "subjectAltName=" + subjectAltName));
    }

    /** A certificate authority (ca-cert.pem, ca-key.pem) and a server certificate it signed (cert.pem, key.pem). */
    static void caSigned(Path dir, String cn, String subjectAltName) throws Exception {
        selfSigned(dir, "ca-", "gongkai test CA", "DNS:ca.invalid");
        run(List.of("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("key.pem").toString(),
                "-out", dir.resolve("req.csr").toString(), "-subj", "/CN=" + cn));
        Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=" + subjectAltName + "\n");
        run(List.of("openssl", "x509", "-req", "-in", dir.resolve("req.csr").toString(), "-CA", dir.resolve("ca-cert.pem").toString(),
                "-CAkey", dir.resolve("ca-key.pem").toString(), "-CAcreateserial", "-days", "2", "-extfile",
                dir.resolve("ext.cnf").toString(), "-out", dir.resolve("cert.pem").toString()));
    }

    static int freePort() throws IOException {
        return FtpTestServer.freePort();
    }

    /** Waits until the port answers (a server that just started). */
    static void awaitListening(int port, Process process, Path log) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited: " + (Files.exists(log) ? Files.readString(log) : ""));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("server did not listen on " + port);
    }

    static void stop(Process p) throws InterruptedException {
        if (p == null) {
            return;
        }
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** vsftpd with FTPS (explicit or implicit) or plain FTP, serving the user's folder as its login folder. */
    static final class Vsftpd implements AutoCloseable {

        final int port;
        final Path log;
        private final Process process;

        private Vsftpd(int port, Path log, Process process) {
            this.port = port;
            this.log = log;
            this.process = process;
        }

        /**
         * @param tls "explicit", "implicit" or "none"
         * @param certDir holds cert.pem and key.pem (not used without TLS)
         */
        static Vsftpd start(Path dir, Path loginFolder, String tls, Path certDir) throws Exception {
            int port = freePort();
            int pasv = freePort();
            Path empty = Files.createDirectories(dir.resolve("empty"));
            Path log = dir.resolve("vsftpd.log");
            // The configuration docs/publication.md gives, with this machine's ports, folders and certificate.
            Map<String, String> c = new java.util.LinkedHashMap<>(docBlock(tls.equals("none") ? "vsftpd-ftp" : "vsftpd-ftps"));
            c.put("listen_address", "127.0.0.1");
            c.put("listen_port", String.valueOf(port));
            c.put("pasv_address", "127.0.0.1");
            c.put("pasv_min_port", String.valueOf(pasv));
            c.put("pasv_max_port", String.valueOf(pasv + 20));
            c.put("local_root", loginFolder.toString());
            c.put("secure_chroot_dir", empty.toString());
            if (!tls.equals("none")) {
                c.put("rsa_cert_file", certDir.resolve("cert.pem").toString());
                c.put("rsa_private_key_file", certDir.resolve("key.pem").toString());
                if (tls.equals("implicit")) {
                    c.put("implicit_ssl", "YES");
                }
            }
            // test only: in the foreground, no seccomp sandbox (containers), every command logged
            c.put("background", "NO");
            c.put("seccomp_sandbox", "NO");
            c.put("vsftpd_log_file", log.toString());
            c.put("xferlog_enable", "YES");
            c.put("log_ftp_protocol", "YES");
            StringBuilder text = new StringBuilder();
            c.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            Path conf = dir.resolve("vsftpd.conf");
            Files.writeString(conf, text);
            Process p = new ProcessBuilder(VSFTPD.toString(), conf.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("vsftpd.out").toFile()).start();
            awaitListening(port, p, dir.resolve("vsftpd.out"));
            return new Vsftpd(port, log, p);
        }

        String log() throws IOException {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        }

        @Override
        public void close() throws Exception {
            stop(process);
        }
    }

    /** OpenSSH's sshd with internal-sftp, password login for {@value #USER} only, host keys of its own. */
    static final class Sshd implements AutoCloseable {

        final int port;
        final Path hostKey;
        private final Process process;

        private Sshd(int port, Path hostKey, Process process) {
            this.port = port;
            this.hostKey = hostKey;
            this.process = process;
        }

        /** Creates the host key (ed25519) in dir unless it is there already (a restart keeps it). */
        static Sshd start(Path dir) throws Exception {
            Files.createDirectories(Path.of("/run/sshd"));
            Path key = dir.resolve("ssh_host_ed25519_key");
            if (!Files.exists(key)) {
                run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
            }
            int port = freePort();
            // test only: this port and host key, no PAM (the test user's password is checked against /etc/shadow),
            // nobody else may log in; then the block docs/publication.md gives for the main sshd_config.
            String conf = "Port " + port + "\nListenAddress 127.0.0.1\nHostKey " + key + "\nPidFile none\n"
                    + "Subsystem sftp internal-sftp\nUsePAM no\nPermitRootLogin no\nAllowUsers " + USER + "\nStrictModes no\nLogLevel VERBOSE\n"
                    + String.join("\n", docLines("sshd-sftp").stream()
                            .map(l -> l.replace("Match User gongkai", "Match User " + USER)).toList()) + "\n";
            Path cfg = dir.resolve("sshd_config");
            Files.writeString(cfg, conf);
            Path out = dir.resolve("sshd.out");
            Process p = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", cfg.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            awaitListening(port, p, out);
            return new Sshd(port, key, p);
        }

        /** The host key's fingerprint as OpenSSH prints it. */
        String fingerprint() throws Exception {
            return run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f", hostKey + ".pub")).split("\\s+")[1];
        }

        /** The known_hosts line for this server. */
        String knownHostsLine() throws IOException {
            return "[127.0.0.1]:" + port + " " + Files.readString(Path.of(hostKey + ".pub")).trim().replaceAll("\\s+\\S*$", "");
        }

        @Override
        public void close() throws Exception {
            stop(process);
        }
    }

    /**
     * A full disk: a small tmpfs mounted on dir (owned by the login user), filled to the last block by root. Skips the
     * test where mounting is not allowed (a container without CAP_SYS_ADMIN). Closing unmounts it.
     */
    static AutoCloseable fullDisk(Path dir) throws Exception {
        Files.createDirectories(dir);
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(m.waitFor() == 0, "cannot mount a small tmpfs for the full-disk test (" + out.trim() + "): test skipped");
        AutoCloseable unmount = () -> run(List.of("umount", dir.toString()));
        try {
            run(List.of("chown", USER, dir.toString()));
            try (java.io.OutputStream filler = Files.newOutputStream(dir.resolve(".filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    filler.write(block);
                    filler.flush();
                }
            } catch (IOException full) {
                // no space left: as intended
            }
            return unmount;
        } catch (Exception e) {
            unmount.close();
            throw e;
        }
    }

    static final Path PUBLICATION_DOC = Path.of("docs/publication.md");

    /** The lines of the fenced block that follows {@code <!-- tested: name -->} in docs/publication.md. */
    static List<String> docLines(String name) throws IOException {
        List<String> lines = Files.readAllLines(PUBLICATION_DOC, StandardCharsets.UTF_8);
        int i = lines.indexOf("<!-- tested: " + name + " -->");
        assertThat(i).as("docs/publication.md has a block marked %s", name).isNotNegative();
        while (!lines.get(++i).startsWith("```")) {
            // up to the opening fence
        }
        List<String> out = new ArrayList<>();
        while (!lines.get(++i).startsWith("```")) {
            String l = lines.get(i);
            String code = l.contains("#") ? l.substring(0, l.indexOf('#')) : l;
            if (!code.isBlank()) {
                out.add(code.stripTrailing());
            }
        }
        return out;
    }

    /** A tested block of key=value lines (vsftpd.conf). */
    static Map<String, String> docBlock(String name) throws IOException {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String l : docLines(name)) {
            m.put(l.substring(0, l.indexOf('=')).trim(), l.substring(l.indexOf('=') + 1).trim());
        }
        return m;
    }

    /** Every file the manifest lists is on the server's disk with that SHA-256, and nothing else is (no .part). */
    static void assertManifestMatchesDisk(Path root) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(root.resolve("manifest.json").toFile());
        Map<String, String> listed = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = manifest.get("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            listed.put(e.getKey(), e.getValue().asText());
        }
        Map<String, String> onDisk = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (!rel.equals("manifest.json")) {
                    onDisk.put(rel, sha256(f));
                }
            }
        }
        assertThat(onDisk.keySet()).noneMatch(n -> n.endsWith(".part"));
        assertThat(onDisk).isEqualTo(listed);
    }

    static String sha256(Path f) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(f)) {
            md.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Path and modification time of every file below root (to show that a pass changed nothing). */
    static List<String> snapshot(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                out.add(root.relativize(f) + " " + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return out;
    }
}
