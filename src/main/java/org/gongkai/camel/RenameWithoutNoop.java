package org.gongkai.camel;

import java.io.IOException;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.remote.FtpOperations;
import org.apache.camel.component.file.remote.FtpsOperations;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPClientConfig;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * camel-ftp's operations without the NOOP it sends before every rename. camel-ftp 4 checks the connection with a
 * NOOP (and reconnects) before each {@code RNFR}/{@code RNTO}, whatever {@code sendNoop} says: one round trip more
 * per published file, on a connection that has just carried the file's {@code STOR}. Here the rename is sent as it
 * is; a connection that dropped fails it with an I/O error (not a refusal), the upload is retried by the pass's
 * retry policy, and the producer reconnects for the retry as after any failed write. A rename the server refuses
 * is done again after deleting the file in the way, on the same connection.
 */
final class RenameWithoutNoop {

    private RenameWithoutNoop() {
    }

    static boolean rename(FTPClient client, String from, String to) {
        try {
            if (client.rename(from, to)) {
                return true;
            }
            // Refused by a reply (a dropped connection throws above and leaves everything in place): a file of that
            // name is in the way, on a server that does not rename over files (Apache MINA FtpServer, IIS) or left
            // by a pass that broke off. It is deleted just before the rename, on this connection: camel-ftp's
            // fileExist=Override would do the same on a connection of its own (one login more per thread).
            return client.deleteFile(to) && client.rename(from, to);
        } catch (IOException e) {
            throw new GenericFileOperationFailedException(client.getReplyCode(), client.getReplyString(), e.getMessage(), e);
        }
    }

    /** For {@code ftp://}. */
    static final class Ftp extends FtpOperations {

        Ftp(FTPClient client, FTPClientConfig config) {
            super(client, config);
        }

        @Override
        public boolean renameFile(String from, String to) {
            log.debug("Renaming file: {} to: {}", from, to);
            return rename(client, from, to);
        }
    }

    /** For {@code ftps://}. */
    static final class Ftps extends FtpsOperations {

        Ftps(FTPSClient client, FTPClientConfig config) {
            super(client, config);
        }

        @Override
        public boolean renameFile(String from, String to) {
            log.debug("Renaming file: {} to: {}", from, to);
            return rename(client, from, to);
        }
    }
}
