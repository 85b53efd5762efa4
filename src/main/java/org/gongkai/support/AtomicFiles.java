package org.gongkai.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Whole-file writes that a reader (a polling route, a web server, a second writer) never sees half done: the
 * content goes to a uniquely named temporary file in the target's own folder (so the rename never crosses file
 * systems), which is then renamed over the target in one atomic step.
 */
public final class AtomicFiles {

    /** Longest file-name prefix kept in the temporary name (UTF-8 bytes), so long names stay under the 255-byte limit. */
    private static final int MAX_PREFIX_BYTES = 100;

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing an existing file atomically; creates missing parent
     * folders. The temporary file is hidden (leading dot) and ends in {@code .tmp}, so consumers that only pick up
     * their own extension never see it; it is removed when the write fails.
     *
     * @throws java.nio.file.AtomicMoveNotSupportedException when the file system cannot rename atomically
     */
    public static Path write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String name = absolute.getFileName().toString();
        String prefix = "." + BoundedNames.capUtf8(name, MAX_PREFIX_BYTES) + ".";
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return target;
    }
}
