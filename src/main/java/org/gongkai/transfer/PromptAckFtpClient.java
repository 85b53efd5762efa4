package org.gongkai.transfer;

import java.io.IOException;
import java.net.Socket;
import org.apache.commons.net.ftp.FTPClient;

/**
 * Commons Net's FTP client that acknowledges the server's {@code 150} reply at once when a data connection opens
 * ({@link PromptAck}), so that the {@code 226} after the transfer is not held back by the server's Nagle algorithm
 * against the client's delayed ACK.
 */
public class PromptAckFtpClient extends FTPClient {

    @Override
    protected Socket _openDataConnection_(String command, String arg) throws IOException {
        Socket data = super._openDataConnection_(command, arg);
        if (data != null) {
            PromptAck.now(_socket_);
        }
        return data;
    }
}
