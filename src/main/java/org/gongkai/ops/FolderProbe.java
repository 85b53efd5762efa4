package org.gongkai.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder can really be written: creates, writes and deletes a small hidden .tmp file in it (a name the inbox never takes). Permission bits are not
 * enough (root ignores them, a read-only mount or a full disk does not show in them), so the probe does the real thing.
 */
public final class FolderProbe {

    private FolderProbe() {
    }

    /** Empty when writable, otherwise why not (English, for operators). */
    public static java.util.Optional<String> problem(Path dir) {
        if (!Files.exists(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                return java.util.Optional.of("cannot be created: " + e);
            }
        }
        if (!Files.isDirectory(dir)) {
            return java.util.Optional.of("is not a folder");
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(dir, ".gongkai-health-", ".tmp");
            Files.writeString(probe, "ok");
            return java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.of("not writable: " + e);
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // the probe file is hidden and tiny; the next probe tries again
                }
            }
        }
    }
}
