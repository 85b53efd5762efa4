package org.gongkai.camel;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The camel endpoint URIs publication writes through, built from the one configured URI
 * ({@code gongkai.publish.uri}): {@code ftp://}, {@code ftps://} or {@code sftp://} through camel-ftp, or a local
 * folder ({@code file:...}, or the embedded default when the URI is empty). Every file is written under a temporary
 * name ({@code .part}) and renamed; files of a versioned folder are written once ({@link #putUri()}), the pages
 * readers follow replace the old copy in a single rename ({@link #replaceUri()}, {@code fileExist=TryRename}).
 * Credentials come from the environment and are added as RAW values, never logged.
 */
public final class PublishEndpoint {

    /** The temporary name of a file being uploaded, beside its final name. */
    public static final String TEMP_SUFFIX = ".part";

    private final String base;
    private final String common;

    public PublishEndpoint(String uri, Path localDir, String username, String password, String controlEncoding,
                           boolean passiveMode, boolean stepwise, int connectTimeout, int soTimeout, int dataTimeout) {
        String u = uri == null ? "" : uri.trim();
        if (u.isEmpty()) {
            u = "file:" + localDir.toAbsolutePath().toString().replace('\\', '/');
        }
        this.base = u;
        String scheme = u.substring(0, Math.max(0, u.indexOf(':'))).toLowerCase(Locale.ROOT);
        StringBuilder o = new StringBuilder();
        o.append("tempFileName=${file:onlyname}").append(TEMP_SUFFIX).append("&autoCreate=true");
        switch (scheme) {
            case "ftp", "ftps" -> o.append("&binary=true&passiveMode=").append(passiveMode)
                    .append("&stepwise=").append(stepwise)
                    .append("&ftpClient.controlEncoding=").append(controlEncoding)
                    .append("&connectTimeout=").append(connectTimeout)
                    .append("&soTimeout=").append(soTimeout)
                    .append("&timeout=").append(dataTimeout)
                    .append("&maximumReconnectAttempts=0&reconnectDelay=100");
            case "sftp" -> o.append("&stepwise=").append(stepwise)
                    .append("&connectTimeout=").append(connectTimeout)
                    .append("&serverAliveInterval=").append(Math.max(1000, soTimeout / 4))
                    .append("&maximumReconnectAttempts=0&reconnectDelay=100");
            case "file" -> { }
            default -> throw new IllegalArgumentException("gongkai.publish.uri must be ftp://, ftps://, sftp:// or file: but is " + scheme + ":");
        }
        if (!scheme.equals("file") && username != null && !username.isBlank()) {
            o.append("&username=").append(UriValues.raw(username));
        }
        if (!scheme.equals("file") && password != null && !password.isBlank()) {
            o.append("&password=").append(UriValues.raw(password));
        }
        this.common = o.toString();
    }

    /** For files written once (a versioned folder): an existing file (left by a broken-off pass) is overwritten. */
    public String putUri() {
        return join("fileExist=Override&eagerDeleteTargetFile=false");
    }

    /** For index pages and the manifest: the temporary file is renamed over the old one, which never disappears. */
    public String replaceUri() {
        return join("fileExist=TryRename");
    }

    private String join(String extra) {
        return base + (base.contains("?") ? "&" : "?") + common + "&" + extra;
    }

    /** The target without options or secrets (for logs and mails). */
    public String describe() {
        String s = base.contains("?") ? base.substring(0, base.indexOf('?')) : base;
        return s.replaceAll("//([^:@/]+):[^@/]*@", "//$1@");
    }

    @Override
    public String toString() {
        return describe();
    }
}
