package org.gongkai.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.channels.SocketChannel;

/**
 * A connected data socket that names the control connection's port as its peer port. The JDK's TLS client looks
 * up the session to resume by peer host and peer port; layered over this socket, a data connection finds the
 * control connection's session and resumes it, as servers with {@code require_ssl_reuse} (vsftpd's default)
 * demand. Everything else is the data socket's own (streams, timeouts, closing, addresses).
 */
final class ControlPortSocket extends Socket {

    private final Socket data;
    private final int controlPort;

    ControlPortSocket(Socket data, int controlPort) {
        this.data = data;
        this.controlPort = controlPort;
    }

    @Override
    public int getPort() {
        return controlPort;
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return new InetSocketAddress(data.getInetAddress(), controlPort);
    }

    @Override
    public void connect(SocketAddress endpoint) throws IOException {
        throw new SocketException("already connected");
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
        throw new SocketException("already connected");
    }

    @Override
    public void bind(SocketAddress bindpoint) throws IOException {
        throw new SocketException("already bound");
    }

    @Override
    public InetAddress getInetAddress() {
        return data.getInetAddress();
    }

    @Override
    public InetAddress getLocalAddress() {
        return data.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return data.getLocalPort();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return data.getLocalSocketAddress();
    }

    @Override
    public SocketChannel getChannel() {
        return null;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return data.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return data.getOutputStream();
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
        data.setTcpNoDelay(on);
    }

    @Override
    public boolean getTcpNoDelay() throws SocketException {
        return data.getTcpNoDelay();
    }

    @Override
    public void setSoLinger(boolean on, int linger) throws SocketException {
        data.setSoLinger(on, linger);
    }

    @Override
    public int getSoLinger() throws SocketException {
        return data.getSoLinger();
    }

    @Override
    public void sendUrgentData(int value) throws IOException {
        data.sendUrgentData(value);
    }

    @Override
    public void setOOBInline(boolean on) throws SocketException {
        data.setOOBInline(on);
    }

    @Override
    public boolean getOOBInline() throws SocketException {
        return data.getOOBInline();
    }

    @Override
    public synchronized void setSoTimeout(int timeout) throws SocketException {
        data.setSoTimeout(timeout);
    }

    @Override
    public synchronized int getSoTimeout() throws SocketException {
        return data.getSoTimeout();
    }

    @Override
    public synchronized void setSendBufferSize(int size) throws SocketException {
        data.setSendBufferSize(size);
    }

    @Override
    public synchronized int getSendBufferSize() throws SocketException {
        return data.getSendBufferSize();
    }

    @Override
    public synchronized void setReceiveBufferSize(int size) throws SocketException {
        data.setReceiveBufferSize(size);
    }

    @Override
    public synchronized int getReceiveBufferSize() throws SocketException {
        return data.getReceiveBufferSize();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
        data.setKeepAlive(on);
    }

    @Override
    public boolean getKeepAlive() throws SocketException {
        return data.getKeepAlive();
    }

    @Override
    public void setTrafficClass(int tc) throws SocketException {
        data.setTrafficClass(tc);
    }

    @Override
    public int getTrafficClass() throws SocketException {
        return data.getTrafficClass();
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        data.setReuseAddress(on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return data.getReuseAddress();
    }

    @Override
    public synchronized void close() throws IOException {
        data.close();
    }

    @Override
    public void shutdownInput() throws IOException {
        data.shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        data.shutdownOutput();
    }

    @Override
    public boolean isConnected() {
        return data.isConnected();
    }

    @Override
    public boolean isBound() {
        return data.isBound();
    }

    @Override
    public boolean isClosed() {
        return data.isClosed();
    }

    @Override
    public boolean isInputShutdown() {
        return data.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
        return data.isOutputShutdown();
    }

    @Override
    public String toString() {
        return "data " + data + " (TLS session of control port " + controlPort + ")";
    }
}
