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
 *
 * <p>The path of a remote URI means what it says: {@code /srv/www/yusuan} is that absolute folder on the server,
 * {@code /~/yusuan} (or {@code /~}) is relative to the folder the login starts in. camel-ftp itself would take any
 * path as relative, so the endpoint URIs carry no folder; the folder is put in front of each file name instead
 * ({@link #remotePath(String)}), with {@code jailStartingDirectory=false}. SFTP always checks the server's host key
 * strictly against gongkai's own known-hosts file ({@code gongkai.publish.sftp.known-hosts}).
 */
public final class PublishEndpoint {

    /** The temporary name of a file being uploaded, beside its final name. */
    public static final String TEMP_SUFFIX = ".part";

    private final String base;
    private final String common;
    private final String scheme;
    private final String described;
    private final String host;
    private final int port;
    /** The publication folder on the server: absolute ("/srv/www"), relative to the login folder ("yusuan"), or "". */
    private final String folder;
    private final Path knownHosts;
    private final int connectTimeout;

    public PublishEndpoint(String uri, Path localDir, String username, String password, String controlEncoding,
                           boolean passiveMode, boolean stepwise, int connectTimeout, int soTimeout, int dataTimeout) {
        this(uri, localDir, username, password, controlEncoding, passiveMode, stepwise, connectTimeout, soTimeout,
                dataTimeout, null);
    }

    /**
     * @param knownHosts the SFTP known-hosts file the server's host key must be in (null: {@code known_hosts} in the
     *                   working directory)
     */
    public PublishEndpoint(String uri, Path localDir, String username, String password, String controlEncoding,
                           boolean passiveMode, boolean stepwise, int connectTimeout, int soTimeout, int dataTimeout,
                           Path knownHosts) {
        String u = uri == null ? "" : uri.trim();
        if (u.isEmpty()) {
            u = "file:" + localDir.toAbsolutePath().toString().replace('\\', '/');
        }
        this.scheme = u.substring(0, Math.max(0, u.indexOf(':'))).toLowerCase(Locale.ROOT);
        this.connectTimeout = connectTimeout;
        this.knownHosts = knownHosts == null ? Path.of("known_hosts") : knownHosts;
        String query = u.contains("?") ? u.substring(u.indexOf('?') + 1) : "";
        String withoutQuery = u.contains("?") ? u.substring(0, u.indexOf('?')) : u;
        this.described = withoutQuery.replaceAll("//([^:@/]+):[^@/]*@", "//$1@");
        boolean remote = !scheme.equals("file");
        if (remote) {
            if (!u.startsWith(scheme + "://")) {
                throw new IllegalArgumentException("gongkai.publish.uri must look like " + scheme + "://host:port/folder but is " + described);
            }
            String rest = withoutQuery.substring(scheme.length() + 3);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "" : rest.substring(slash);
            String hostPort = authority.contains("@") ? authority.substring(authority.lastIndexOf('@') + 1) : authority;
            if (hostPort.startsWith("[")) {
                this.host = hostPort.substring(1, hostPort.indexOf(']'));
                String p = hostPort.substring(hostPort.indexOf(']') + 1);
                this.port = p.startsWith(":") ? Integer.parseInt(p.substring(1)) : defaultPort(scheme);
            } else {
                this.host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
                this.port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : defaultPort(scheme);
            }
            this.folder = folder(path, described);
            this.base = scheme + "://" + authority + (query.isEmpty() ? "" : "?" + query);
            refuseUriTrustOptions(query);
        } else {
            this.host = "";
            this.port = -1;
            this.folder = "";
            this.base = u;
        }
        StringBuilder o = new StringBuilder();
        o.append("tempFileName=${file:onlyname}").append(TEMP_SUFFIX);
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
                    .append("&maximumReconnectAttempts=0&reconnectDelay=100")
                    .append("&strictHostKeyChecking=yes&useUserKnownHostsFile=false&knownHostsFile=")
                    .append(UriValues.raw(this.knownHosts.toAbsolutePath().toString()));
            case "file" -> { }
            default -> throw new IllegalArgumentException("gongkai.publish.uri must be ftp://, ftps://, sftp:// or file: but is " + scheme + ":");
        }
        if (remote) {
            // no NOOP before every file: a connection that dropped fails the upload, and the retry reconnects
            o.append("&jailStartingDirectory=false&sendNoop=false");
        }
        if (remote && username != null && !username.isBlank()) {
            o.append("&username=").append(UriValues.raw(username));
        }
        if (remote && password != null && !password.isBlank()) {
            o.append("&password=").append(UriValues.raw(password));
        }
        this.common = o.toString();
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("sftp") ? 22 : 21;
    }

    /** "/srv/www" stays absolute; "/~" and "/~/x" are the login folder and "x" in it; ".." is refused. */
    static String folder(String path, String described) {
        String p = path.replace('\\', '/');
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("gongkai.publish.uri: the folder may not contain '.' or '..' segments: " + described);
            }
        }
        if (p.isEmpty()) {
            return "/";
        }
        if (p.equals("/~")) {
            return "";
        }
        if (p.startsWith("/~/")) {
            return p.substring(3);
        }
        if (p.contains("~")) {
            throw new IllegalArgumentException("gongkai.publish.uri: write /~/folder for a folder in the login folder: " + described);
        }
        return p;
    }

    private static void refuseUriTrustOptions(String query) {
        for (String option : query.split("&")) {
            String key = option.contains("=") ? option.substring(0, option.indexOf('=')) : option;
            if (key.equals("strictHostKeyChecking") || key.equals("knownHostsFile") || key.equals("knownHostsUri")
                    || key.equals("useUserKnownHostsFile") || key.equals("knownHosts")) {
                throw new IllegalArgumentException("gongkai.publish.uri may not carry " + key
                        + ": SFTP host keys are always checked against gongkai.publish.sftp.known-hosts (docs/publication.md)");
            }
        }
    }

    /** For files written once (a versioned folder): an existing file (left by a broken-off pass) is overwritten. */
    public String putUri() {
        return join("autoCreate=true&fileExist=Override&eagerDeleteTargetFile=false");
    }

    /**
     * For files written once into a folder that exists already, on a server: upload and rename, nothing else (no
     * existence check, which costs a directory listing on FTP, no folder check). A rename the server refuses (a
     * file left there by a broken-off pass) falls back to {@link #putUri()}.
     */
    public String putIntoExistingFolderUri() {
        return join("autoCreate=false&fileExist=TryRename");
    }

    /** For index pages and the manifest: the temporary file is renamed over the old one, which never disappears. */
    public String replaceUri() {
        return join("autoCreate=true&fileExist=TryRename");
    }

    /** The folder on the server a file goes into (its path as sent, without the file name), or "" for the root. */
    public String remoteFolderOf(String relative) {
        String remote = remotePath(relative);
        int slash = remote.lastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : "") : remote.substring(0, slash);
    }

    private String join(String extra) {
        return base + (base.contains("?") ? "&" : "?") + common + "&" + extra;
    }

    /** The file name to send for a path relative to the publication root ({@code 2024/701/index.html}). */
    public String remotePath(String relative) {
        if (folder.isEmpty()) {
            return relative;
        }
        return folder.endsWith("/") ? folder + relative : folder + "/" + relative;
    }

    /** The publication folder on the server: absolute, or relative to the login folder ("" = the login folder). */
    public String folder() {
        return folder;
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** FTPS with implicit TLS ({@code implicit=true} in the URI). */
    public boolean implicitTls() {
        return base.matches(".*[?&]implicit=true(&.*)?");
    }

    public Path knownHosts() {
        return knownHosts;
    }

    public int connectTimeout() {
        return connectTimeout;
    }

    /** The target without options or secrets (for logs and mails). */
    public String describe() {
        return described;
    }

    @Override
    public String toString() {
        return describe();
    }
}
