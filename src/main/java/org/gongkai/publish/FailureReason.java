package org.gongkai.publish;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Explains in Chinese why a transfer failed, for the digest and the operators' alert: the reason of a
 * {@link PublicationFailure} in the cause chain (the transfer layer classified it), else a guess from the
 * exception types and messages.
 */
public final class FailureReason {

    private FailureReason() {
    }

    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PublicationFailure known) {
                return known.reason();
            }
        }
        String kind = "上传失败";
        String detail = failure.getMessage();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
                kind = "无法连接发布服务器";
                break;
            }
            if (msg.contains("login") || msg.contains("auth") || msg.contains("password")) {
                kind = "发布服务器拒绝登录（用户名或密码错误，或账户被禁用）";
                break;
            }
            if (t instanceof SocketTimeoutException || msg.contains("timed out")) {
                kind = "连接发布服务器超时";
                break;
            }
            if (t instanceof SocketException || t instanceof EOFException || msg.contains("connection closed")
                    || msg.contains("connection reset") || msg.contains("broken pipe") || msg.contains("ftpconnectionclosed")
                    || t.getClass().getSimpleName().contains("ConnectionClosed")) {
                kind = "上传过程中连接中断";
                break;
            }
            if (msg.contains("cannot connect")) {
                kind = "无法连接发布服务器";
            }
        }
        return detail == null || detail.isBlank() ? kind : kind + "：" + detail;
    }
}
