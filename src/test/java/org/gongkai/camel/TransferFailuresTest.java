package org.gongkai.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpException;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.gongkai.publish.FailureReason;
import org.gongkai.publish.PublicationFailure;
import org.gongkai.publish.PublicationFailure.Kind;
import org.junit.jupiter.api.Test;

/**
 * The causes no loopback server can be made to produce on demand (a full disk, a server that refuses TLS session
 * reuse outright), as camel-ftp reports them: each gets its own kind and wording; what is not known stays as it was.
 */
class TransferFailuresTest {

    final PublishEndpoint ftp = new PublishEndpoint("ftps://gk@ftp.example.gov.cn:21/srv/www", Path.of("x"), "", "",
            "UTF-8", true, true, 1000, 2000, 3000, Path.of("known_hosts"));
    final TransferFailures failures = new TransferFailures(ftp);

    PublicationFailure classify(Exception e) {
        Exception c = failures.classify(e, "/srv/www/2024/701/index.html");
        assertThat(c).isInstanceOf(PublicationFailure.class);
        return (PublicationFailure) c;
    }

    static GenericFileOperationFailedException reply(int code, String reply) {
        return new GenericFileOperationFailedException(code, reply, "Error writing file [/srv/www/2024/701/index.html]");
    }

    @Test
    void ftpRepliesNameTheirCause() {
        assertThat(classify(reply(522, "522 SSL connection failed: session reuse required")).kind())
                .isEqualTo(Kind.TLS_SESSION_REUSE_REFUSED);
        assertThat(classify(reply(530, "530 Login incorrect.")).kind()).isEqualTo(Kind.LOGIN_REFUSED);
        assertThat(classify(reply(452, "452 Insufficient storage space")).kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(classify(reply(552, "552 Exceeded storage allocation")).kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(classify(reply(451, "451 Failure writing to local file.")).kind()).isEqualTo(Kind.DISK_FULL);
        assertThat(classify(reply(553, "553 Could not create file.")).kind()).isEqualTo(Kind.PERMISSION_DENIED);
        assertThat(classify(reply(550, "550 No such file or directory.")).kind()).isEqualTo(Kind.PATH_MISSING);

        // the server's limit of simultaneous logins, as MINA and vsftpd (max_clients, max_per_ip) word it: not the
        // password, and retried
        for (String limit : new String[]{"421 Maximum login limit has been reached.",
                "421 There are too many connected users, please try later.",
                "421 There are too many connections from your internet address."}) {
            PublicationFailure f = classify(reply(421, limit));
            assertThat(f.kind()).as(limit).isEqualTo(Kind.CANNOT_CONNECT);
            assertThat(f.permanent()).isFalse();
            assertThat(f.reason()).startsWith("发布服务器的同时连接数已达上限").contains("gongkai.publish.connections");
        }

        PublicationFailure full = classify(reply(452, "452 Insufficient storage space"));
        assertThat(full.reason()).startsWith("发布服务器磁盘已满").contains("/srv/www/2024/701/index.html").contains("452");
        assertThat(FailureReason.describe(new RuntimeException("wrapped", full))).isEqualTo(full.reason());
    }

    @Test
    void sftpStatusesAndSshErrorsNameTheirCause() {
        assertThat(classify(new GenericFileOperationFailedException("Cannot store",
                new SftpException(ChannelSftp.SSH_FX_PERMISSION_DENIED, "Permission denied"))).kind()).isEqualTo(Kind.PERMISSION_DENIED);
        assertThat(classify(new GenericFileOperationFailedException("Cannot store",
                new SftpException(ChannelSftp.SSH_FX_NO_SUCH_FILE, "No such file"))).kind()).isEqualTo(Kind.PATH_MISSING);
        assertThat(classify(new GenericFileOperationFailedException("Cannot connect",
                new JSchException("Auth fail for methods 'password'"))).kind()).isEqualTo(Kind.LOGIN_REFUSED);
    }

    @Test
    void permanentCausesAreNotRetriedButOutagesAre() {
        assertThat(classify(reply(530, "530 Login incorrect.")).permanent()).isTrue();
        assertThat(classify(reply(452, "452 Insufficient storage space")).permanent()).isFalse();
    }

    @Test
    void anUnknownCauseIsLeftForTheGeneralWording() {
        Exception down = new GenericFileOperationFailedException("Cannot connect to ftps://ftp.example.gov.cn:21",
                new ConnectException("Connection refused"));
        assertThat(failures.classify(down, "x")).isSameAs(down);
        assertThat(FailureReason.describe(down)).startsWith("无法连接发布服务器");
        IOException other = new IOException("odd");
        assertThat(failures.classify(other, "x")).isSameAs(other);
    }
}
