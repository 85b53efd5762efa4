package org.gongkai.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A real publication target on a local folder for the domain tests (temporary name, then rename); it records every
 * upload and can be told to fail from the Nth upload on, as a server that goes away.
 */
final class FolderTarget implements PublicationTarget {

    final Path root;
    final List<String> uploads = new ArrayList<>();
    int failFrom = Integer.MAX_VALUE;
    int attempts;

    FolderTarget(Path root) {
        this.root = root;
    }

    @Override
    public void put(String path, byte[] content) throws Exception {
        write(path, content);
    }

    @Override
    public void replace(String path, byte[] content) throws Exception {
        write(path, content);
    }

    private void write(String path, byte[] content) throws Exception {
        attempts++;
        if (attempts >= failFrom) {
            throw new java.net.ConnectException("Connection refused");
        }
        Path target = root.resolve(path);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        uploads.add(path);
    }

    @Override
    public String describe() {
        return "file:" + root;
    }
}
