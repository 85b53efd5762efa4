package org.gongkai.camel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.SftpException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.component.file.remote.RemoteFileOperations;
import org.gongkai.publish.PublicationFailure;
import org.apache.camel.support.service.ServiceHelper;
import org.gongkai.publish.PublicationTarget;

/**
 * Publishes through camel-file or camel-ftp: each file is one exchange to the configured endpoint, with the
 * relative path as {@code CamelFileName}. One instance serves one pass. Each thread of the pass (up to
 * {@link #connections()}, {@code gongkai.publish.connections}) gets producers of its own, so with a remote server
 * each has its own connection, kept open for the pass; {@link #close()} disconnects them all. On a server a thread's
 * files and pages go over one producer (one login), plus one connection for the folders: {@code connections} + 1
 * logins in all (the {@code Override} producer connects only for a rename the server refused: on SFTP, or on FTP when
 * the rename failed again after deleting the file in the way, {@link RenameWithoutNoop}). Paths are put under the configured folder
 * ({@link PublishEndpoint#remotePath(String)}); a failure is thrown with its cause named ({@link TransferFailures}).
 */
public final class CamelPublicationTarget implements PublicationTarget, AutoCloseable {

    /** How camel-file's producer words a rename it could not do (GenericFileProducer, SftpOperations). */
    static final String RENAME_FAILED = "Cannot rename file";

    /** Write once: upload as .part, delete an existing target right before the rename (fileExist=Override). */
    private final Endpoint put;
    /** Replace: upload as .part and rename it over the existing target (fileExist=TryRename). */
    private final Endpoint renameOver;
    /**
     * On a server, files of a versioned folder go through this endpoint once their folder is made: upload and
     * rename only (null for the local folder, where checks cost nothing). The folders are made once per pass over a
     * connection of their own ({@link #ensureFolder}), instead of camel-ftp checking and changing into them per file.
     */
    private final Endpoint putFast;
    private final Set<String> madeFolders = ConcurrentHashMap.newKeySet();
    private final Object folderLock = new Object();
    private RemoteFileOperations<?> folderOps;
    private volatile boolean serverRenamesOverExisting = true;
    private volatile boolean folderChecked;
    private final String description;
    private final PublishEndpoint endpoint;
    private final TransferFailures failures;
    private final int connections;
    /** One pair of producers (one connection each to a remote server) per thread of the pass. */
    private final ThreadLocal<Lane> lanes = new ThreadLocal<>();
    private final List<Lane> opened = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private record Lane(Producer put, Producer renameOver, Producer putFast) {
    }

    public CamelPublicationTarget(CamelContext context, PublishEndpoint endpoint) {
        this(context, endpoint, 1);
    }

    public CamelPublicationTarget(CamelContext context, PublishEndpoint endpoint, int connections) {
        this.connections = Math.max(1, connections);
        this.put = context.getEndpoint(endpoint.putUri());
        this.renameOver = context.getEndpoint(endpoint.replaceUri());
        this.putFast = endpoint.scheme().equals("file") ? null : context.getEndpoint(endpoint.putIntoExistingFolderUri());
        this.description = endpoint.describe();
        this.endpoint = endpoint;
        this.failures = new TransferFailures(endpoint);
    }

    @Override
    public int connections() {
        return connections;
    }

    @Override
    public void put(String path, byte[] content) throws Exception {
        try {
            checkFolder();
            if (putFast == null) {
                send(put, path, content);
                return;
            }
            ensureFolder(endpoint.remoteFolderOf(path));
            try {
                send(putFast, path, content);
            } catch (Exception e) {
                if (!renameRefused(e)) {
                    throw e;
                }
                send(put, path, content); // a file of that name is there already (a pass that broke off)
            }
        } catch (Exception e) {
            throw failures.classify(e, endpoint.remotePath(path));
        }
    }

    /**
     * Renames the uploaded temporary file over the old one. Servers that refuse to rename onto an existing file
     * (Apache MINA FtpServer, IIS) get the old file deleted just before the rename instead ({@link #put}): for the
     * time of that one command the page is missing, but it is never half-written. Once the server refused, the
     * pass keeps using the fallback. Any other failure (a dropped connection, a timeout) is thrown as it is: the old
     * page stays where it was and the pass's retry policy tries again.
     */
    @Override
    public void replace(String path, byte[] content) throws Exception {
        try {
            checkFolder();
            replaceOrFallBack(path, content);
        } catch (Exception e) {
            throw failures.classify(e, endpoint.remotePath(path));
        }
    }

    private void replaceOrFallBack(String path, byte[] content) throws Exception {
        if (!serverRenamesOverExisting) {
            send(put, path, content);
            return;
        }
        // On a server, over the connection the version folders' files use (its folder exists: made with them, or
        // the publication folder itself): one login per thread of the pass, not one more for the pages.
        Endpoint via = renameOver;
        if (putFast != null) {
            ensureFolder(endpoint.remoteFolderOf(path));
            via = putFast;
        }
        try {
            send(via, path, content);
        } catch (Exception e) {
            if (!renameRefused(e)) {
                throw e;
            }
            send(put, path, content);
            serverRenamesOverExisting = false;
        }
    }

    /**
     * Once per pass, before the first upload: the configured folder must exist on the server. camel-ftp would create
     * it (autoCreate, needed for the year and department folders below it), so a mistyped path would quietly become a
     * new site nobody serves; instead the pass fails and says which folder is missing. The login folder itself
     * ({@code /~}) and the root are not checked.
     */
    private void checkFolder() throws Exception {
        String folder = endpoint.folder();
        if (folderChecked || endpoint.scheme().equals("file") || folder.isEmpty() || folder.equals("/")) {
            return;
        }
        synchronized (this) {
            if (folderChecked) {
                return;
            }
            RemoteFileEndpoint<?> remote = (RemoteFileEndpoint<?>) put;
            RemoteFileOperations<?> ops = remote.createRemoteFileOperations();
            try {
                ops.connect(remote.getConfiguration(), null);
                try {
                    ops.changeCurrentDirectory(folder);
                } catch (GenericFileOperationFailedException e) {
                    throw new PublicationFailure(PublicationFailure.Kind.PATH_MISSING, "发布服务器上没有配置的发布目录 " + folder
                            + "（gongkai.publish.uri；该目录不会自动创建：/开头是绝对路径，/~/ 开头才是登录目录下的相对路径）", e);
                }
            } finally {
                try {
                    ops.disconnect();
                } catch (RuntimeException e) {
                    // the connection was not (fully) open: nothing to close
                }
            }
            folderChecked = true;
        }
    }

    /**
     * Makes a folder on the server once per pass (with its parents), over a connection used for nothing else; a
     * failure drops that connection and is thrown (the upload's retry tries again).
     */
    private void ensureFolder(String folder) throws Exception {
        if (folder.isEmpty() || folder.equals("/") || folder.equals(endpoint.folder()) || madeFolders.contains(folder)) {
            return; // the publication folder exists (checkFolder)
        }
        synchronized (folderLock) {
            if (madeFolders.contains(folder)) {
                return;
            }
            try {
                if (folderOps == null) {
                    RemoteFileEndpoint<?> remote = (RemoteFileEndpoint<?>) put;
                    RemoteFileOperations<?> ops = remote.createRemoteFileOperations();
                    ops.connect(remote.getConfiguration(), null);
                    folderOps = ops;
                }
                if (!folderOps.buildDirectory(folder, folder.startsWith("/"))) {
                    throw new GenericFileOperationFailedException("Cannot build directory: " + folder);
                }
                // and its parents with it (a department page's folder is the version folder's parent)
                for (String f = folder; !f.isEmpty() && !f.equals("/") && madeFolders.add(f); ) {
                    int slash = f.lastIndexOf('/');
                    f = slash <= 0 ? "" : f.substring(0, slash);
                }
            } catch (Exception e) {
                disconnectFolderOps();
                throw e;
            }
        }
    }

    private void disconnectFolderOps() {
        if (folderOps != null) {
            try {
                folderOps.disconnect();
            } catch (RuntimeException e) {
                // the connection was not (fully) open: nothing to close
            }
            folderOps = null;
        }
    }

    /**
     * True when the server answered the rename with a refusal (an FTP error reply, an SFTP status), as opposed to
     * the connection breaking (an I/O error anywhere in the cause chain, an SSH session or channel that is gone).
     */
    static boolean renameRefused(Throwable e) {
        if (!(e instanceof GenericFileOperationFailedException) || e.getMessage() == null
                || !e.getMessage().startsWith(RENAME_FAILED)) {
            return false;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof JSchException) {
                return false;
            }
            if (t instanceof SftpException s && (s.id == ChannelSftp.SSH_FX_NO_CONNECTION
                    || s.id == ChannelSftp.SSH_FX_CONNECTION_LOST)) {
                return false;
            }
        }
        return true;
    }

    private void send(Endpoint target, String path, byte[] content) throws Exception {
        Lane lane = lane();
        Producer producer = target == put ? lane.put() : target == putFast ? lane.putFast() : lane.renameOver();
        Exchange ex = target.createExchange();
        ex.getIn().setBody(content);
        ex.getIn().setHeader(Exchange.FILE_NAME, this.endpoint.remotePath(path));
        producer.process(ex);
        if (ex.getException() != null) {
            throw ex.getException();
        }
    }

    private Lane lane() throws Exception {
        Lane lane = lanes.get();
        if (lane == null) {
            if (closed) {
                throw new IllegalStateException("publication target closed: " + description);
            }
            Producer p = put.createProducer();
            Producer r = renameOver.createProducer();
            ServiceHelper.startService(put, renameOver, p, r);
            Producer f = null;
            if (putFast != null) {
                f = putFast.createProducer();
                ServiceHelper.startService(putFast, f); // connects at its first file, as the others do
            }
            lane = new Lane(p, r, f);
            opened.add(lane);
            lanes.set(lane);
        }
        return lane;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() throws Exception {
        closed = true;
        for (Lane lane : opened) {
            ServiceHelper.stopAndShutdownServices(lane.put(), lane.renameOver(), lane.putFast());
        }
        opened.clear();
        synchronized (folderLock) {
            disconnectFolderOps();
        }
    }
}
