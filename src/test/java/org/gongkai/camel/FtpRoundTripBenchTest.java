package org.gongkai.camel;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.net.ProtocolCommandEvent;
import org.apache.commons.net.ProtocolCommandListener;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.gongkai.transfer.PromptAckFtpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the time of one FTP upload goes, command by command (docs/performance.md, "FTP: where the time per file
 * went"): 100 files of 30 KB, each PASV, STOR as .part, RNFR, RNTO on one connection, with Commons Net's plain client
 * and with gongkai's {@link PromptAckFtpClient}, against the in-process Apache MINA FtpServer and (as root, when
 * installed) Debian's vsftpd on loopback. Prints the mean time from each command to its reply and from {@code 150}
 * to {@code 226} (the transfer and the wait for the server's final reply). {@code mvn -o -B -Pbench test
 * -Dtest=FtpRoundTripBenchTest}.
 */
@Tag("bench")
class FtpRoundTripBenchTest {

    static final int FILES = Integer.getInteger("bench.roundtrip.files", 100);

    @TempDir
    Path tmp;

    @Test
    void roundTripsPerFile() throws Exception {
        try (FtpTestServer mina = new FtpTestServer(Files.createDirectories(tmp.resolve("mina"))).start()) {
            for (int round = 0; round < 2; round++) {
                upload("MINA", new FTPClient(), mina.port, FtpTestServer.USER, FtpTestServer.PASSWORD, "plain" + round);
                upload("MINA", new PromptAckFtpClient(), mina.port, FtpTestServer.USER, FtpTestServer.PASSWORD, "ack" + round);
            }
        }
        if (LoopbackServers.isRoot() && Files.isExecutable(LoopbackServers.VSFTPD)) {
            String password = LoopbackServers.userWithNewPassword();
            Path home = LoopbackServers.userFolder(tmp, "home");
            try (LoopbackServers.Vsftpd vsftpd = LoopbackServers.Vsftpd.start(tmp, home, "none", null)) {
                for (int round = 0; round < 2; round++) {
                    upload("vsftpd", new FTPClient(), vsftpd.port, LoopbackServers.USER, password, "plain" + round);
                    upload("vsftpd", new PromptAckFtpClient(), vsftpd.port, LoopbackServers.USER, password, "ack" + round);
                }
            }
        } else {
            System.out.println("BENCH vsftpd: not measured (needs root and /usr/sbin/vsftpd)");
        }
    }

    void upload(String server, FTPClient client, int port, String user, String password, String folder) throws Exception {
        Map<String, double[]> replies = new TreeMap<>();
        long[] last = {0};
        String[] command = {""};
        client.addProtocolCommandListener(new ProtocolCommandListener() {
            @Override
            public void protocolCommandSent(ProtocolCommandEvent e) {
                last[0] = System.nanoTime();
                command[0] = e.getCommand();
            }

            @Override
            public void protocolReplyReceived(ProtocolCommandEvent e) {
                long now = System.nanoTime();
                double[] r = replies.computeIfAbsent(command[0] + " → " + e.getReplyCode(), k -> new double[2]);
                r[0]++;
                r[1] += (now - last[0]) / 1e6;
                last[0] = now;
                command[0] = e.getReplyCode() + "";
            }
        });
        client.connect("127.0.0.1", port);
        if (!client.login(user, password)) {
            throw new IllegalStateException("login refused: " + client.getReplyString());
        }
        client.setFileType(FTP.BINARY_FILE_TYPE);
        client.enterLocalPassiveMode();
        client.makeDirectory(folder);
        replies.clear();
        byte[] body = new byte[30_000];
        long t0 = System.nanoTime();
        for (int i = 0; i < FILES; i++) {
            String path = folder + "/f" + i;
            if (!client.storeFile(path + ".part", new ByteArrayInputStream(body)) || !client.rename(path + ".part", path)) {
                throw new IllegalStateException(client.getReplyString());
            }
        }
        double perFile = (System.nanoTime() - t0) / 1e6 / FILES;
        client.logout();
        client.disconnect();
        StringBuilder line = new StringBuilder();
        replies.forEach((k, v) -> line.append(String.format(Locale.ROOT, "; %s %.2f ms", k, v[1] / v[0])));
        System.out.printf(Locale.ROOT, "BENCH FTP round trips, %s, %s: %.2f ms per file (PASV, STOR, RNFR, RNTO)%s%n", server,
                client instanceof PromptAckFtpClient ? "gongkai's client (150 acknowledged at once)" : "Commons Net's client",
                perFile, line);
    }
}
