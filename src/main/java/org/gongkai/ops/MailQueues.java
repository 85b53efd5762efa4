package org.gongkai.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The mail spool (mails waiting for delivery) and mail/failed (mails refused after every retry). */
public record MailQueues(Path spool, Path failed) {

    public long waiting() {
        return count(spool);
    }

    public long failedCount() {
        return count(failed);
    }

    /**
     * Moves every failed mail back into the spool, where the mail route delivers it again (the same as an operator
     * moving the files by hand). Returns how many were moved.
     */
    public int redriveFailed() throws IOException {
        if (!Files.isDirectory(failed)) {
            return 0;
        }
        Files.createDirectories(spool);
        List<Path> mails;
        try (Stream<Path> s = Files.list(failed)) {
            mails = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".eml")).sorted().toList();
        }
        int moved = 0;
        for (Path m : mails) {
            Path target = spool.resolve(m.getFileName().toString());
            if (Files.exists(target)) {
                continue; // the same mail is already waiting
            }
            // a temporary name first: the mail route only takes *.eml, so it never sees half a file
            Path tmp = spool.resolve(m.getFileName() + ".redrive");
            Files.move(m, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            moved++;
        }
        return moved;
    }

    private static long count(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".eml")).count();
        } catch (IOException e) {
            return -1;
        }
    }
}
