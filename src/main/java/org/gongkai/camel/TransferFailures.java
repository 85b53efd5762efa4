package org.gongkai.camel;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.SftpException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.gongkai.publish.PublicationFailure;
import org.gongkai.publish.PublicationFailure.Kind;
import org.gongkai.transfer.HostKeys;
import org.gongkai.transfer.ServerCertificateException;
import org.gongkai.transfer.SessionReuseFtpsClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the real cause of a failed transfer in Chinese ({@link PublicationFailure}): a changed or unknown SSH host
 * key (with the fingerprints), a refused TLS certificate (untrusted, for another name, expired; with subject and
 * validity), a refused TLS session reuse, a refused login, a refused write, a full disk, a missing folder. The
 * technical chain of exceptions is logged. Causes it cannot name (a connection refused, a timeout) are returned as
 * they are, for {@link org.gongkai.publish.FailureReason}'s general wording.
 */
final class TransferFailures {

    private static final Logger LOG = LoggerFactory.getLogger(TransferFailures.class);

    private final PublishEndpoint endpoint;

    TransferFailures(PublishEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The failure as a {@link PublicationFailure} when its cause is known, else the exception itself. */
    Exception classify(Exception failure, String remotePath) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        LOG.warn("Transfer of {} to {} failed: {}", remotePath, endpoint.describe(), chain.stream()
                .map(t -> t.getClass().getName() + ": " + t.getMessage()).collect(Collectors.joining(" <- ")));
        PublicationFailure known = known(chain, remotePath, failure);
        return known == null ? failure : known;
    }

    private PublicationFailure known(List<Throwable> chain, String remotePath, Exception failure) {
        for (Throwable t : chain) {
            if (t instanceof PublicationFailure p) {
                return p;
            }
            if (t instanceof ServerCertificateException c) {
                return certificate(c, failure);
            }
            if (t instanceof JSchChangedHostKeyException) {
                return new PublicationFailure(Kind.HOST_KEY_CHANGED, hostKeyChanged(), failure);
            }
            if (t instanceof JSchUnknownHostKeyException) {
                return new PublicationFailure(Kind.HOST_KEY_UNKNOWN, hostKeyUnknown(), failure);
            }
            if (t instanceof JSchException && t.getMessage() != null
                    && (t.getMessage().startsWith("Auth fail") || t.getMessage().startsWith("Auth cancel"))) {
                return new PublicationFailure(Kind.LOGIN_REFUSED, "发布服务器拒绝登录（用户名或密码错误，或账户被禁用）", failure);
            }
            if (t instanceof SftpException s) {
                PublicationFailure f = sftp(s, remotePath, failure);
                if (f != null) {
                    return f;
                }
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SessionReuseFtpsClient.DataChannelTlsException d
                    && !chain.stream().anyMatch(c -> c instanceof ServerCertificateException)) {
                return new PublicationFailure(Kind.TLS_SESSION_REUSE_REFUSED,
                        "发布服务器拒绝了数据连接的 TLS 握手（控制连接正常）：服务器多半要求数据连接复用控制连接的 TLS 会话而复用未成功（"
                                + d.getCause().getMessage() + "）；请检查 gongkai.publish.tls.protocols（应为 TLSv1.2）", failure);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof GenericFileOperationFailedException g) {
                PublicationFailure f = ftp(g, remotePath, failure);
                if (f != null) {
                    return f;
                }
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SSLException s) {
                return new PublicationFailure(Kind.TLS_FAILED, "与发布服务器建立 TLS 加密连接失败：" + s.getMessage(), failure);
            }
        }
        return null;
    }

    private PublicationFailure certificate(ServerCertificateException c, Exception failure) {
        String about = "证书主体 " + c.subject() + "，签发者 " + c.issuer()
                + (c.names().isEmpty() ? "" : "，证书所列名称 " + String.join("、", c.names()))
                + "，有效期至 " + c.notAfter() + "，SHA-256 指纹 " + c.fingerprint();
        return switch (c.kind()) {
            case UNTRUSTED -> new PublicationFailure(Kind.CERTIFICATE_UNTRUSTED,
                    "发布服务器的 TLS 证书不受信任（不是受信任机构签发的，也不是配置的固定证书），未发送密码：" + about
                            + "。如确为该服务器的证书，请与服务器管理员核对指纹后配置 gongkai.publish.tls.pinned-certificate", failure);
            case WRONG_NAME -> new PublicationFailure(Kind.CERTIFICATE_WRONG_NAME,
                    "发布服务器的 TLS 证书不属于主机名 " + endpoint.host() + "（可能连到了别的服务器），未发送密码：" + about, failure);
            case EXPIRED -> new PublicationFailure(Kind.CERTIFICATE_EXPIRED,
                    "发布服务器的 TLS 证书已过期或尚未生效，未发送密码：" + about, failure);
        };
    }

    private String hostKeyChanged() {
        String recorded;
        String offered;
        String type = null;
        try {
            List<HostKeys.Key> keys = HostKeys.recorded(endpoint.knownHosts(), endpoint.host(), endpoint.port());
            recorded = keys.isEmpty() ? "（无）" : keys.stream().map(k -> k.type() + " " + k.fingerprint()).collect(Collectors.joining("、"));
            type = keys.isEmpty() ? null : keys.get(0).type();
        } catch (JSchException e) {
            recorded = "（无法读取 " + endpoint.knownHosts() + "）";
        }
        try {
            HostKeys.Key k = HostKeys.offered(endpoint.host(), endpoint.port(), endpoint.connectTimeout(), type);
            offered = k.type() + " " + k.fingerprint();
        } catch (JSchException e) {
            offered = "（无法获取：" + e.getMessage() + "）";
        }
        return "发布服务器的 SSH 主机密钥已改变，与登记的不符（可能有人冒充服务器，也可能服务器重装过），已拒绝连接、未发送密码："
                + "已登记 " + recorded + "，服务器出示 " + offered + "（" + endpoint.knownHosts() + "）。"
                + "请与服务器管理员核对；确认是新密钥后，删除旧记录并运行 publish --trust-host-key 重新登记";
    }

    private String hostKeyUnknown() {
        String offered;
        try {
            HostKeys.Key k = HostKeys.offered(endpoint.host(), endpoint.port(), endpoint.connectTimeout(), null);
            offered = k.type() + " " + k.fingerprint();
        } catch (JSchException e) {
            offered = "（无法获取：" + e.getMessage() + "）";
        }
        return "发布服务器的 SSH 主机密钥尚未登记（" + endpoint.knownHosts() + " 中没有 "
                + HostKeys.knownHostsName(endpoint.host(), endpoint.port()) + "），已拒绝连接：服务器出示 " + offered
                + "。请与服务器管理员核对指纹后运行 publish --trust-host-key 登记";
    }

    private static PublicationFailure sftp(SftpException s, String remotePath, Exception failure) {
        String msg = s.getMessage() == null ? "" : s.getMessage().toLowerCase(Locale.ROOT);
        return switch (s.id) {
            case ChannelSftp.SSH_FX_PERMISSION_DENIED -> new PublicationFailure(Kind.PERMISSION_DENIED,
                    "发布服务器拒绝写入（权限不足）：" + remotePath, failure);
            case ChannelSftp.SSH_FX_NO_SUCH_FILE -> new PublicationFailure(Kind.PATH_MISSING,
                    "发布服务器上的路径不存在：" + remotePath, failure);
            case ChannelSftp.SSH_FX_FAILURE -> msg.contains("space") || msg.contains("quota")
                    ? new PublicationFailure(Kind.DISK_FULL, "发布服务器磁盘已满（存储空间不足），未能写入：" + remotePath, failure)
                    // SFTP version 3 (OpenSSH) has no status for a full disk: a write fails with the general FAILURE.
                    : new PublicationFailure(Kind.DISK_FULL, "发布服务器写入失败，服务器未说明原因（SFTP 下最常见的是磁盘已满或配额用尽）："
                            + remotePath, failure);
            default -> null;
        };
    }

    private static PublicationFailure ftp(GenericFileOperationFailedException g, String remotePath, Exception failure) {
        int code = g.getCode();
        String reply = (g.getReason() == null ? "" : g.getReason()).trim();
        String text = (reply + " " + g.getMessage()).toLowerCase(Locale.ROOT);
        String server = reply.isEmpty() ? "" : "（服务器答复：" + reply + "）";
        if (code == 522 || text.contains("session reuse")) {
            return new PublicationFailure(Kind.TLS_SESSION_REUSE_REFUSED,
                    "发布服务器要求数据连接复用控制连接的 TLS 会话，但复用被拒绝" + server
                            + "；请检查 gongkai.publish.tls.protocols（TLS 1.3 下 Java 不能可靠地复用会话，应为 TLSv1.2）", failure);
        }
        if ((code == 421 || text.contains("421 ")) && (text.contains("too many") || text.contains("maximum")
                || text.contains("limit"))) {
            // the server's limit of simultaneous logins (vsftpd max_clients/max_per_ip, MINA's 10 logins):
            // not the password; retried, as another connection of the pass may have closed meanwhile
            return new PublicationFailure(Kind.CANNOT_CONNECT, "发布服务器的同时连接数已达上限" + server
                    + "；每次发布同时登录 gongkai.publish.connections + 1 个连接，请调低该设置或请服务器管理员提高上限", failure);
        }
        if (code == 530 || text.contains("cannot login")) {
            return new PublicationFailure(Kind.LOGIN_REFUSED, "发布服务器拒绝登录（用户名或密码错误，或账户被禁用）" + server, failure);
        }
        if (code == 452 || code == 552 || text.contains("quota") || text.contains("no space")
                || text.contains("insufficient storage") || text.contains("storage allocation")) {
            return new PublicationFailure(Kind.DISK_FULL, "发布服务器磁盘已满（存储空间不足），未能写入：" + remotePath + server, failure);
        }
        if (code == 451 && text.contains("writing")) {
            return new PublicationFailure(Kind.DISK_FULL, "发布服务器写入文件失败（通常是磁盘已满）：" + remotePath + server, failure);
        }
        if (code == 500 && text.contains("oops")) {
            // vsftpd's "500 OOPS": the server could not set up the session (its own configuration)
            return new PublicationFailure(Kind.OTHER, "发布服务器无法为该账户建立会话（服务器配置问题，请联系服务器管理员）" + server, failure);
        }
        if (text.contains("failed to change directory") || text.contains("cannot change directory")) {
            // The publication folder exists (checked before the first upload) and the folders below it are created
            // as needed: a folder that cannot be entered is one the server did not let us create.
            return new PublicationFailure(Kind.PERMISSION_DENIED, "发布服务器拒绝写入（权限不足，无法在发布目录下创建子目录）："
                    + remotePath + server, failure);
        }
        if (text.contains("no such file") || text.contains("not found")) {
            return new PublicationFailure(Kind.PATH_MISSING, "发布服务器上的路径不存在：" + remotePath + server, failure);
        }
        if (code == 550 || code == 553 || code == 532 || text.contains("permission denied")
                || text.contains("could not create") || text.contains("create directory operation failed")
                || text.contains("cannot build directory")) {
            return new PublicationFailure(Kind.PERMISSION_DENIED, "发布服务器拒绝写入（权限不足或文件名不被接受）：" + remotePath + server, failure);
        }
        return null;
    }
}
