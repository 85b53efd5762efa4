package org.gongkai.support;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Free space of the data folder's file system. The intake takes a file only when the space left after it would
 * still be above a reserve (so the reports, mails and logs that follow can be written), and recognises a full disk
 * in any I/O error it meets (ENOSPC, quota exceeded), so a full disk pauses the work instead of failing every file.
 */
public final class DiskSpace {

    /** How free space is measured; tests replace it. */
    @FunctionalInterface
    public interface Probe {
        long usableBytes(Path dir) throws IOException;
    }

    /** The real probe: the usable space of the file system holding the folder. */
    public static final Probe FILE_STORE = dir -> Files.getFileStore(existing(dir)).getUsableSpace();

    /** A file needs about this many times its size while processed (staged copy, rendered outputs, kept original). */
    public static final int WORKING_SPACE_FACTOR = 4;

    /** The disk is (about to be) full: nothing was written half, the work waits until space returns. */
    public static final class DiskFullException extends IOException {
        public DiskFullException(String message) {
            super(message);
        }
    }

    private final Path dir;
    private final long reserveBytes;
    private final Probe probe;

    public DiskSpace(Path dir, long reserveBytes, Probe probe) {
        this.dir = dir;
        this.reserveBytes = reserveBytes;
        this.probe = probe;
    }

    public long usableBytes() {
        try {
            return probe.usableBytes(dir);
        } catch (IOException e) {
            return Long.MAX_VALUE; // an unmeasurable file system is not reported full; real writes still detect ENOSPC
        }
    }

    public long reserveBytes() {
        return reserveBytes;
    }

    /** Whether a file of {@code bytes} can be processed leaving the reserve free. */
    public boolean roomFor(long bytes) {
        long need = reserveBytes + Math.max(0, bytes) * WORKING_SPACE_FACTOR;
        return usableBytes() >= need;
    }

    /** Throws {@link DiskFullException} unless {@link #roomFor} the file. */
    public void requireRoomFor(String what, long bytes) throws DiskFullException {
        if (!roomFor(bytes)) {
            throw new DiskFullException("Not enough free space under " + dir + " to process " + what + " (" + bytes
                    + " bytes): " + usableBytes() + " bytes usable, " + reserveBytes + " bytes kept in reserve");
        }
    }

    /** Whether an error (or one of its causes) says the disk or the quota is full. */
    public static boolean isDiskFull(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DiskFullException) {
                return true;
            }
            String text = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
            if (text != null) {
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")
                        || lower.contains("not enough space on the disk")) {
                    return true;
                }
            }
            for (Throwable s : t.getSuppressed()) {
                if (isDiskFull(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path existing(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir.toAbsolutePath().getRoot() : p;
    }
}
