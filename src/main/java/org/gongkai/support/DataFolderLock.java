package org.gongkai.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One instance per data folder: an operating-system lock on {@code state/instance.lock}, held while the service
 * runs. The operating system releases it when the process ends in any way (kill -9 included), so a stale lock file
 * never blocks a restart. The file holds who holds the lock, for the message the second instance prints.
 */
public final class DataFolderLock implements AutoCloseable {

    public static final String FILE = "instance.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another process (or another service in this JVM) holds the lock. */
    public static final class HeldElsewhereException extends IllegalStateException {
        public HeldElsewhereException(String message) {
            super(message);
        }
    }

    /**
     * Takes the lock in {@code stateDir} or throws {@link HeldElsewhereException} naming the holder.
     *
     * @param dataDir the data folder, named in the message
     */
    public static DataFolderLock acquire(Path stateDir, Path dataDir) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder;
            try {
                holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                holder = "unknown";
            }
            channel.close();
            throw new HeldElsewhereException("Another gongkai instance is already running on the data folder "
                    + dataDir.toAbsolutePath().normalize() + " (" + (holder.isEmpty() ? "holder unknown" : holder)
                    + "; lock " + file.toAbsolutePath().normalize() + "). Two instances would process every file twice: "
                    + "stop the other instance first, or give this one its own gongkai.data.dir. "
                    + "A clustered setup sharing one data folder is not supported.");
        }
        String who = "pid " + ProcessHandle.current().pid() + " on " + host() + " since " + Instant.now()
                + " (" + ManagementFactory.getRuntimeMXBean().getName() + ")";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((who + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new DataFolderLock(channel, lock);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
